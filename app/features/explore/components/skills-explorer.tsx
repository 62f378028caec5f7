import { useEffect, useRef, useState, type FormEvent } from "react";
import { PeriodSelect } from "~/features/periods/components/period-select";
import { Form, Link, useLocation, useNavigate } from "react-router";
import { SourceList } from "~/features/sources/components/source-list";
import { ProfileSourcesProvider, SourceRef } from "~/features/sources/components/sources-context";
import { periodLabel } from "~/features/periods/periods";
import { FilterSelect } from "~/ui/filter-select";
import { CardLabel } from "~/ui/card-label";
import { formatCount, formatPercentChange } from "~/lib/format";
import { OccupationRowHeader, OutlookCells, OutlookHeaderCells } from "~/features/occupations/components/outlook-cells";
import { NotAStartingSalary } from "~/features/pay/components/pay-spread";
import { medianSpread } from "~/features/pay/pay";
import type { OccupationFit, RoleFit, SkillsExplorerView } from "~/features/explore/skills-explorer.server";
import type { PickedSkill } from "~/features/explore/skill-fit";
import {
  alreadyPicked,
  explorerHref,
  MAX_PICKED_SKILLS,
  MISSING_SHOWN,
  namesWithSuggestions,
  skillsChangeText,
  type SkillsShown,
} from "~/features/explore/explorer-address";
import { useHydrated } from "~/lib/use-hydrated";
import { indexAfterRemoval } from "~/lib/list-focus";
import { PRINTED_ROWS, PrintedRolesNote, ShownCount } from "~/features/explore/components/shown-count";
import { FitExplained } from "~/features/explore/components/fit-explained";
import { ExplorerShare } from "~/features/explore/components/explorer-share";
import { ExploreNav } from "~/features/explore/components/explore-nav";
import { DataPinBanner } from "~/features/data-pin/components/data-pin-banner";

/** The names a list shows for a fit's matched picks, strong ones marked. */
function MatchedSkills({
  picks,
  matched,
  strong,
  strongLabel,
}: {
  picks: PickedSkill[];
  matched: number[];
  strong: number[];
  strongLabel: string;
}) {
  return (
    <ul className="explore-skills">
      {matched.map((i) => (
        <li key={i}>
          {picks[i]!.name}
          {strong.includes(i) ? <span className="explore-strong"> ({strongLabel})</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** "Django", "Django and Express", "C, Django and Express". */
function namesText(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** `presentHref`: the address of this list as slides (the presenter is a feature above this one: the route builds it). */
export function SkillsExplorer({ explorer, presentHref }: { explorer: SkillsExplorerView; presentHref: string | null }) {
  const {
    scope,
    period,
    periods,
    readings,
    picks,
    choices,
    roles,
    occupations,
    occupationMatches,
    learn,
    allOccupations,
    sources,
    origin,
    dataVersion,
    dataTag,
    dataPinBanner,
    picksWithoutRole,
  } = explorer;
  const vintage = periodLabel(period);
  const state = { have: picks.map((p) => p.name), scope, vintage: period.vintage, data: dataTag };
  const href = (change: Partial<typeof state>) => explorerHref({ ...state, ...change }, periods.latest);
  const notices = readings.flatMap((reading, at) => (reading.status === "exact" ? [] : [{ reading, at }]));
  // Two typos of one name ("pyhton", "pyton") suggest it once.
  const suggestions = [...new Set(readings.flatMap((r) => (r.status === "unknown" && r.suggestion ? [r.suggestion] : [])))];
  const full = picks.length >= MAX_PICKED_SKILLS;
  const navigate = useNavigate();
  const location = useLocation();
  const box = useRef<HTMLInputElement>(null);
  // The form was sent with a name typed in the box: once the page has moved on, the box has the focus, for the next name.
  const sentFromBox = useRef(false);
  const picksKey = picks.map((p) => p.name).join("\n");
  const typed = readings.map((r) => r.input);
  const addressKey = `${picksKey}|${typed.join("\n")}`;
  // The list and the address the box's text was typed against.
  const boxFor = useRef({ picks: picksKey, address: addressKey });
  // A Remove link followed: which skill, from which list. Its link leaves with it, so the focus goes to the next one's.
  const removing = useRef<{ at: number; from: string } | null>(null);
  const pickedList = useRef<HTMLUListElement>(null);
  useEffect(() => {
    const input = box.current;
    if (!input) return;
    const sent = sentFromBox.current;
    sentFromBox.current = false;
    const picksChanged = boxFor.current.picks !== picksKey;
    const addressChanged = boxFor.current.address !== addressKey;
    boxFor.current = { picks: picksKey, address: addressKey };
    // The box is one element for every list, emptied here, so the focus stays in it: it was a new element per list (a
    // key), and the focus fell to the page's body after every name added with Enter (a student's pass). It empties when
    // skills were added or removed, or when a link changed the address (a "did you mean" taken); sent from the box with
    // nothing added, it holds a name not read, which stays typed, to be corrected.
    if (picksChanged || (addressChanged && !sent)) input.value = "";
    if (sent && !input.disabled) input.focus();
    // After a Remove link: the next skill's Remove link (the previous one's after the last), or the box when none is
    // left. The link removed took the focus with it to the page's body (a keyboard pass, 2026-12-06).
    const removed = removing.current;
    removing.current = null;
    if (removed && removed.from !== picksKey) {
      const links = [...(pickedList.current?.querySelectorAll<HTMLAnchorElement>("a.explore-remove") ?? [])];
      const next = indexAfterRemoval(removed.at, links.length);
      (next === null ? input : links[next])?.focus();
    }
  }, [location.key, picksKey, addressKey]);
  // What changed since the list shown before, said in the status line below the box (skillsChangeText); nothing on the
  // first render, which is a page load. Kept in state and adjusted while rendering when the list changes (React's way
  // to follow a prop), so it is said once per change.
  const now: SkillsShown = { picked: picks.map((p) => p.name), typed };
  const [shown, setShown] = useState({ key: addressKey, list: now, change: "" });
  if (shown.key !== addressKey) {
    const unknown = readings.flatMap((r) => (r.status === "unknown" ? [{ input: r.input, suggestion: r.suggestion }] : []));
    setShown({ key: addressKey, list: now, change: skillsChangeText(shown.list, { ...now, unknown }) });
  }
  // Without JavaScript the browser sends every field (the loader reads them all the same); with it, the form goes
  // straight to the view's one address, the one "Link to this list" gives.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const have = form.getAll("have").flatMap((v) => (typeof v === "string" && v.trim() !== "" ? [v.trim()] : []));
    sentFromBox.current = (box.current?.value.trim() ?? "") !== "";
    const chosenScope = form.get("scope") === "all" ? "all" : "tech";
    const chosenVintage = form.get("vintage");
    void navigate(
      explorerHref(
        {
          have,
          scope: chosenScope,
          vintage: typeof chosenVintage === "string" && chosenVintage ? chosenVintage : period.vintage,
          data: dataTag,
        },
        periods.latest,
      ),
    );
  };

  // Every source is cited by its number in the page's list, and named for a screen reader (SourceRef).
  return (
    <ProfileSourcesProvider sources={sources}>
      <div className="explore-page">
        <ExploreNav current="skills" />
        <h1>Start from your skills</h1>
        {dataPinBanner ? <DataPinBanner banner={dataPinBanner} /> : null}
        <p className="lede">
          Pick what you know or have tried: a skill from our catalogue or any technology O*NET 30.1 lists for an occupation (Python, SQL,
          Excel, AWS, Figma, Linux…). You get the tech roles and occupations that ask for them, best fit first, what each still asks for,
          its outlook for {vintage}, and the few skills that would widen your list the most.
        </p>

        <Form method="get" action="/explore/skills" className="filters explore-form" aria-label="Your skills" onSubmit={submit}>
          {picks.map((p) => (
            <input key={p.name} type="hidden" name="have" value={p.name} />
          ))}
          {dataTag ? <input type="hidden" name="data" value={dataTag} /> : null}
          <label>
            Add a skill
            <input
              // One element for every list (emptied when the list changes, above), so the focus stays in it.
              ref={box}
              type="text"
              name="have"
              list="skill-choices"
              autoComplete="off"
              maxLength={100}
              disabled={full}
              placeholder={full ? `At most ${MAX_PICKED_SKILLS} skills` : "Python, SQL, Excel…"}
            />
          </label>
          <ListChange change={shown.change} />
          <datalist id="skill-choices">
            {choices.map((c) => (
              <option key={`${c.kind}:${c.name}`} value={c.name} />
            ))}
          </datalist>
          <FilterSelect
            name="scope"
            label="Careers"
            value={scope === "tech" ? undefined : scope}
            any="Tech careers"
            options={[["all", "Every occupation"]]}
          />
          {periods.options.length > 1 ? <PeriodSelect periods={periods} vintage={period.vintage} /> : null}
          <div className="filters__actions">
            <button type="submit">Add and show careers</button>
            {picks.length > 0 ? <Link to="/explore/skills">Start again</Link> : null}
          </div>
        </Form>

        {notices.length > 0 ? (
          // The live region wraps the list: a role on the <ul> itself would take away its list semantics (axe:
          // aria-allowed-role, and each <li> outside a list).
          <div role="status">
            <ul className="explore-notices">
              {notices.map(({ reading: r, at }) =>
                r.status === "contained" ? (
                  <li key={`${at}:${r.input}`}>
                    “{r.input}” is read as <strong>{r.pick.name}</strong>.
                  </li>
                ) : r.status === "unknown" ? (
                  <li key={`${at}:${r.input}`}>
                    We know no skill called “{r.input}”
                    {/* The link keeps every other name as typed: another typo keeps its own "did you mean". */}
                    {r.suggestion ? (
                      <>
                        . Did you mean <Link to={href({ have: namesWithSuggestions(readings, at) })}>{r.suggestion}</Link>
                        {/* The link then drops the typo and adds nothing (namesWithSuggestions): each skill once. */}
                        {alreadyPicked(picks, r.suggestion) ? ", already on your list" : null}?
                      </>
                    ) : (
                      "; try a shorter or more common name."
                    )}
                  </li>
                ) : null,
              )}
              {suggestions.length > 1 ? (
                <li>
                  <Link to={href({ have: namesWithSuggestions(readings, "all") })}>Use all {suggestions.length} suggestions</Link> (
                  {suggestions.join(", ")}).
                </li>
              ) : null}
            </ul>
          </div>
        ) : null}

        {picks.length === 0 ? (
          <section aria-labelledby="explore-start">
            <h2 id="explore-start">Not sure where to begin?</h2>
            <p>
              Try <Link to={href({ have: ["Python", "SQL", "Microsoft Excel"] })}>Python, SQL and Excel</Link>,{" "}
              <Link to={href({ have: ["JavaScript", "HTML", "Figma"] })}>JavaScript, HTML and Figma</Link> or{" "}
              <Link to={href({ have: ["Linux", "Networking", "Microsoft Windows"] })}>Linux, networking and Windows</Link>.
            </p>
          </section>
        ) : (
          <>
            <section aria-labelledby="explore-picked">
              <h2 id="explore-picked">Your skills</h2>
              <ul className="explore-picked" ref={pickedList}>
                {picks.map((p, i) => (
                  <li key={p.name}>
                    {p.kind === "skill" && p.skillSlug ? (
                      <Link to={`/skills/${p.skillSlug}`}>{p.name}</Link>
                    ) : p.technologySlug ? (
                      <Link to={`/technologies/${p.technologySlug}`}>{p.name}</Link>
                    ) : (
                      p.name
                    )}
                    <span className="muted">
                      {p.kind === "skill" ? " · our skill catalogue" : " · O*NET 30.1 technology"}
                      {picksWithoutRole.includes(i) ? " · no curated role lists it yet" : null}
                    </span>{" "}
                    <Link
                      to={href({ have: state.have.filter((n) => n !== p.name) })}
                      aria-label={`Remove ${p.name}`}
                      className="explore-remove"
                      onClick={(event) => {
                        // A link opened elsewhere (a new tab) changes nothing here.
                        if (event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey)
                          removing.current = { at: i, from: picksKey };
                      }}
                    >
                      Remove
                    </Link>
                  </li>
                ))}
              </ul>
              <ExplorerShare
                listHref={href({})}
                linkNote="it keeps your skills and choices"
                presentHref={presentHref}
                pinned={
                  !dataTag && dataVersion ? { href: href({ data: dataVersion.tag }), tag: dataVersion.tag, keeps: "outlook figures" } : null
                }
                origin={origin}
              />
            </section>

            <LearnNext learn={learn} allOccupations={allOccupations} vintage={vintage} />

            <RoleFits roles={roles} picks={picks} withoutRole={picksWithoutRole.map((i) => picks[i]!.name)} vintage={vintage} />

            <OccupationFits
              occupations={occupations}
              total={occupationMatches}
              picks={picks}
              vintage={vintage}
              scope={scope}
              withoutOnetName={picks.filter((p) => p.examples.length === 0).map((p) => p.name)}
              allHref={href({ scope: "all" })}
            />

            <FitExplained picks={picks} topOccupation={occupations[0]} topRole={roles[0]} firstToLearn={learn[0]} />
          </>
        )}
        <SourceList sources={sources} />
      </div>
    </ProfileSourcesProvider>
  );
}

function LearnNext({
  learn,
  allOccupations,
  vintage,
}: {
  learn: SkillsExplorerView["learn"];
  allOccupations: SkillsExplorerView["allOccupations"];
  vintage: string;
}) {
  return (
    <section aria-labelledby="explore-learn">
      <h2 id="explore-learn">Learn next</h2>
      {learn.length === 0 ? (
        <p>
          None of the careers your skills match is projected to grow at least as fast as all occupations, so there is no suggestion yet.
        </p>
      ) : (
        <>
          <p>
            The skills that would widen your list most: each is asked for by growing careers on your list (projected growth {vintage} at or
            above all occupations&rsquo;{" "}
            {allOccupations ? (
              <>
                {formatPercentChange(allOccupations.changePercent)} <SourceRef id={allOccupations.sourceId} />
              </>
            ) : null}
            ), each career once, counting double where a career marks it in demand, hot or core.
          </p>
          <ol className="explore-learn">
            {learn.map((l) => (
              <li key={l.skillSlug}>
                <Link to={`/skills/${l.skillSlug}`}>{l.name}</Link>: {l.points} points from {l.careers.length} growing career
                {l.careers.length === 1 ? "" : "s"}
                <span className="muted">
                  {" "}
                  —{" "}
                  {l.careers
                    .slice(0, 5)
                    .map((c) => c.title + (c.strong ? " (strong)" : ""))
                    .join(", ")}
                  {l.careers.length > 5 ? ` and ${l.careers.length - 5} more` : ""}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function RoleFits({
  roles,
  picks,
  withoutRole,
  vintage,
}: {
  roles: RoleFit[];
  picks: PickedSkill[];
  /** Names of the picks no curated role lists. */
  withoutRole: string[];
  vintage: string;
}) {
  return (
    <section aria-labelledby="explore-roles">
      <h2 id="explore-roles">
        Tech roles that use your skills
        <PrintedRolesNote total={roles.length} />
      </h2>
      {/* Said plainly, by name: a student who picked Django expected Back-End Developer, and "these skills" hid which one
          dead-ended. */}
      {withoutRole.length > 0 ? <p>No curated tech role lists {namesText(withoutRole)} yet.</p> : null}
      {roles.length === 0 ? null : (
        <p className="screen-only">
          Fit: 2 points for each of your skills a role counts as core, 1 for each other one it needs, out of {2 * picks.length}.{" "}
          <a href="#explore-formula">How the fit is worked out</a>
        </p>
      )}
      {roles.length === 0 ? null : (
        <div className="table-scroll">
          <table className="data-table explore-table card-rows">
            <caption>Curated tech roles, best fit first; growth {vintage} and pay are those of the occupation each role belongs to</caption>
            <thead className="card-rows__hidden-head">
              <tr>
                <th scope="col">Role</th>
                <th scope="col" className="num">
                  Fit
                </th>
                <th scope="col">Your skills it needs</th>
                <th scope="col" className="explore-to-learn">
                  Core skills still to learn
                </th>
                <OutlookHeaderCells vintage={vintage} />
              </tr>
            </thead>
            <tbody>
              {roles.map((role) => (
                <tr key={role.slug}>
                  <th scope="row">
                    <Link to={`/roles/${role.slug}`} className="role-title">
                      {role.title}
                    </Link>
                    <span className="role-summary">{role.occupationTitle}</span>
                  </th>
                  <td className="num">
                    <CardLabel>Fit</CardLabel>
                    {role.fit.points} of {role.fit.maxPoints}
                  </td>
                  <td className="card-rows__wide">
                    <CardLabel>Your skills it needs</CardLabel>
                    <MatchedSkills picks={picks} matched={role.fit.matched} strong={role.fit.strong} strongLabel="core" />
                  </td>
                  <td className="explore-to-learn card-rows__wide">
                    <CardLabel>Core skills still to learn</CardLabel>
                    {role.missingCore.length === 0
                      ? "none"
                      : role.missingCore.slice(0, MISSING_SHOWN).map((s, i) => (
                          <span key={s.slug}>
                            {i > 0 ? ", " : null}
                            <Link to={`/skills/${s.slug}`}>{s.name}</Link>
                          </span>
                        ))}
                    {role.missingCore.length > MISSING_SHOWN ? ` and ${role.missingCore.length - MISSING_SHOWN} more` : null}
                    <span className="figure-year">needs {role.skillCount} skills in all</span>
                  </td>
                  <OutlookCells figures={role} cardLabels={{ vintage }} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {roles.some((role) => medianSpread(role.median, role.pay)) ? (
        <NotAStartingSalary quarter={false} className="muted explore-spread-note" />
      ) : null}
    </section>
  );
}

function OccupationFits({
  occupations,
  total,
  picks,
  vintage,
  scope,
  withoutOnetName,
  allHref,
}: {
  occupations: OccupationFit[];
  total: number;
  picks: PickedSkill[];
  vintage: string;
  scope: "tech" | "all";
  /** Names of the picks that stand for no O*NET technology, so match no occupation (Express, soft skills). */
  withoutOnetName: string[];
  allHref: string;
}) {
  const what = scope === "tech" ? "tech occupations" : "occupations";
  return (
    <section aria-labelledby="explore-occupations" className="defer-layout">
      <h2 id="explore-occupations">{scope === "tech" ? "Tech occupations" : "Occupations"} that use your skills</h2>
      <p>
        {total === 0 ? (
          // Nothing to list when no pick stands for an O*NET technology: the sentence below says why.
          withoutOnetName.length === picks.length ? null : (
            `No ${what} list these technologies in O*NET 30.1.`
          )
        ) : (
          <>
            {formatCount(total)} {what} list at least one of your skills in O*NET 30.1
            <ShownCount total={total} shown={occupations.length} printed={PRINTED_ROWS.techOccupations} />.
          </>
        )}{" "}
        {withoutOnetName.length > 0
          ? `${namesText(withoutOnetName)} ${withoutOnetName.length === 1 ? "stands" : "stand"} for no O*NET technology, so no occupation is matched on ${withoutOnetName.length === 1 ? "it" : "them"}. `
          : null}
        {scope === "tech" ? (
          <Link to={allHref} className="screen-only">
            Include every occupation
          </Link>
        ) : null}
      </p>
      {occupations.length > 0 ? (
        <p className="screen-only">
          Fit: 2 points for each of your skills O*NET 30.1 flags In Demand for the occupation, 1 for each other one it lists, out of{" "}
          {2 * picks.length}. <a href="#explore-formula">How the fit is worked out</a>
        </p>
      ) : null}
      {occupations.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table explore-table card-rows">
            <caption>
              BLS occupations, best fit first, with the technologies their O*NET 30.1 occupations list; BLS projections {vintage}
            </caption>
            <thead className="card-rows__hidden-head">
              <tr>
                <th scope="col">Occupation</th>
                <th scope="col" className="num">
                  Fit
                </th>
                <th scope="col">Your skills it lists</th>
                <th scope="col" className="explore-to-learn">
                  In demand or hot, still to learn
                </th>
                <OutlookHeaderCells vintage={vintage} />
              </tr>
            </thead>
            <tbody>
              {occupations.map((o) => (
                <tr key={o.socCode}>
                  <OccupationRowHeader occupation={o} />
                  <td className="num">
                    <CardLabel>Fit</CardLabel>
                    {o.fit.points} of {o.fit.maxPoints}
                  </td>
                  <td className="card-rows__wide">
                    <CardLabel>Your skills it lists</CardLabel>
                    <MatchedSkills picks={picks} matched={o.fit.matched} strong={o.fit.strong} strongLabel="in demand" />
                  </td>
                  <td className="explore-to-learn card-rows__wide">
                    <CardLabel>In demand or hot, still to learn</CardLabel>
                    {o.missing.length === 0
                      ? "none marked"
                      : o.missing.map((m, i) => (
                          <span key={m.example}>
                            {i > 0 ? ", " : null}
                            <Link to={m.skillSlug ? `/skills/${m.skillSlug}` : `/technologies/${m.technologySlug}`}>{m.example}</Link>
                            <span className="muted"> ({m.inDemand ? "in demand" : "hot"})</span>
                          </span>
                        ))}
                    <span className="figure-year">
                      lists {formatCount(o.technologyCount)} technologies <SourceRef id={o.technologySourceId} />
                    </span>
                  </td>
                  <OutlookCells figures={o} cardLabels={{ vintage }} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {occupations.some((o) => medianSpread(o.median, o.pay)) ? (
        <NotAStartingSalary quarter={false} className="muted explore-spread-note" />
      ) : null}
    </section>
  );
}

/**
 * What changed in the list, read out politely; only once the page runs its script (lists change without a page load
 * then). A component of its own: `useHydrated` re-renders the component that calls it once hydration is done, and
 * synchronously (a store's update). Called by the whole explorer, that re-render was every row again in one task, about
 * 80 ms on Lighthouse's slowed-down phone (docs/PERFORMANCE.md, "Total blocking time").
 */
function ListChange({ change }: { change: string }) {
  return useHydrated() ? (
    <p role="status" className="visually-hidden">
      {change}
    </p>
  ) : null;
}
