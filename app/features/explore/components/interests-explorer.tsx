import { Fragment, useEffect, useRef, useState, type ChangeEvent, type ReactNode } from "react";
import { PeriodSelect } from "~/features/periods/components/period-select";
import { Form, Link } from "react-router";
import { SourceList } from "~/features/sources/components/source-list";
import { ProfileSourcesProvider, SourceRef } from "~/features/sources/components/sources-context";
import { periodLabel } from "~/features/periods/periods";
import { formatCount } from "~/lib/format";
import { listTitles } from "~/lib/list-titles";
import { OutlookCells, OutlookHeaderCells } from "~/features/occupations/components/outlook-cells";
import { NotAStartingSalary } from "~/features/pay/components/pay-spread";
import { medianSpread } from "~/features/pay/pay";
import { CardLabel } from "~/ui/card-label";
import { ExplorerShare } from "~/features/explore/components/explorer-share";
import { ExploreNav } from "~/features/explore/components/explore-nav";
import {
  INTEREST_AREAS,
  INTEREST_PROFILER_URL,
  interestSumText,
  interestsCountText,
  leftOutAreasText,
  MAX_PICKED_INTERESTS,
  blsLineLabel,
  onetAndBlsTitles,
  type InterestAreaId,
  type InterestAreaName,
} from "~/features/explore/interests";
import { useHydrated } from "~/lib/use-hydrated";
import { interestsHref } from "~/features/explore/explorer-address";
import type { InterestOccupation, InterestsExplorerView } from "~/features/explore/interests-explorer.server";
import type { InterestAreaGuide, InterestExampleOccupation } from "~/features/explore/queries.server";
import { DataPinBanner } from "~/features/data-pin/components/data-pin-banner";
import { PRINTED_ROWS, PrintedRolesNote, ShownCount } from "~/features/explore/components/shown-count";

/**
 * Where the interest scores come from: O*NET's release ("O*NET 30.1 (December 2025)") and its number in the page's
 * sources. Every score in a row carries it, as each growth figure and median beside it carries its own (a student's
 * pass found "Artistic 7.00" the one figure of its row with no source and no year).
 */
interface ScoreSource {
  release: string;
  ref: ReactNode;
}

function Matched({
  occupation,
  picked,
  scoreSource,
}: {
  occupation: InterestOccupation;
  picked: readonly InterestAreaName[];
  scoreSource: ScoreSource | null;
}) {
  const sum = interestSumText(occupation.fit, occupation.scores, picked);
  return (
    <>
      <ul className="explore-skills interest-matched">
        {occupation.fit.matched.map((name) => (
          <li key={name}>
            {name} <span className="explore-strong">{occupation.scores[name].toFixed(2)}</span>
          </li>
        ))}
        {sum ? <li className="muted explore-sum">{sum}</li> : null}
      </ul>
      {scoreSource ? (
        <span className="figure-year interest-source">
          <span className="interest-source__release">{scoreSource.release}</span> {scoreSource.ref}
        </span>
      ) : null}
    </>
  );
}

function OccupationTable({
  caption,
  rows,
  vintage,
  picked,
  scoreSource,
}: {
  caption: string;
  rows: { key: string; title: ReactNode; occupation: InterestOccupation }[];
  vintage: string;
  picked: readonly InterestAreaName[];
  scoreSource: ScoreSource | null;
}) {
  return (
    <div className="table-scroll">
      <table className="data-table explore-table card-rows">
        <caption>{caption}</caption>
        <thead className="card-rows__hidden-head">
          <tr>
            <th scope="col">Career</th>
            <th scope="col">O*NET interest code</th>
            <th scope="col">Your interests in its code (score, 1–7)</th>
            <OutlookHeaderCells vintage={vintage} />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.title}</th>
              <td className="card-rows__wide">
                <CardLabel>O*NET interest code</CardLabel>
                {row.occupation.code}
              </td>
              <td className="card-rows__wide">
                <CardLabel>Your interests in its code</CardLabel>
                <Matched occupation={row.occupation} picked={picked} scoreSource={scoreSource} />
              </td>
              <OutlookCells figures={row.occupation} cardLabels={{ vintage }} />
            </tr>
          ))}
        </tbody>
      </table>
      {rows.some((row) => medianSpread(row.occupation.median, row.occupation.pay)) ? (
        <NotAStartingSalary quarter={false} className="muted explore-spread-note" />
      ) : null}
    </div>
  );
}

function OccupationTitle({ o }: { o: InterestOccupation }) {
  const bls = blsLineLabel(o);
  return (
    <>
      <Link to={`/occupations/${o.socCode}`} className="role-title">
        {o.title}
      </Link>
      <span className="role-summary">
        O*NET {o.onetCode}
        {bls ? ` · ${bls}` : null}
      </span>
    </>
  );
}

/** O*NET's example occupations, each linked to the BLS line it is filed under (military ones have none). */
function ExampleOccupations({ occupations }: { occupations: readonly InterestExampleOccupation[] }) {
  return occupations.map((o, i) => (
    <Fragment key={o.onetCode}>
      {i > 0 ? ", " : null}
      {o.socCode ? <Link to={`/occupations/${o.socCode}#onet-${o.onetCode}`}>{o.title}</Link> : o.title}
    </Fragment>
  ));
}

/** One area in O*NET's words: its description, examples, and the basic interest areas under it with theirs. */
function OnetInterestArea({ name, guide, sourceRef }: { name: string; guide: InterestAreaGuide; sourceRef: ReactNode }) {
  return (
    <details className="interest-onet">
      <summary>
        {name} in O*NET&rsquo;s words, with its {guide.basic.length} basic interest areas
      </summary>
      <p>
        &ldquo;{guide.description}&rdquo; {sourceRef}
      </p>
      <p>
        For example: {guide.activities.join(" ")} Occupations: <ExampleOccupations occupations={guide.occupations} />.
      </p>
      <dl className="interest-basic">
        {guide.basic.map((b) => (
          <div key={b.elementId}>
            <dt>
              {b.name}
              {b.alsoUnder.length > 0 ? <span className="muted"> (also under {b.alsoUnder.join(" and ")})</span> : null}
            </dt>
            <dd>
              {b.description} For example: {b.activities.join(" ")}
              {b.occupations.length > 0 ? (
                <>
                  {" "}
                  Occupations: <ExampleOccupations occupations={b.occupations} />.
                </>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

/** "Social 3.32" or "Social 3.32, Artistic 2.10": a career's scores on the picked areas, as published. */
function pickedScores(occupation: InterestOccupation, picked: readonly InterestAreaName[]): string {
  return picked.map((name) => `${name} ${occupation.scores[name].toFixed(2)}`).join(", ");
}

/** "Social", "Social or Artistic": no match on any of the picked areas. */
function anyOf(picked: readonly InterestAreaName[]): string {
  return picked.length <= 1 ? (picked[0] ?? "") : `${picked.slice(0, -1).join(", ")} or ${picked.at(-1)}`;
}

/** "Social" or "Social and Artistic together": what the nearest careers are ranked on. */
function rankedOn(picked: readonly InterestAreaName[]): string {
  return picked.length === 1 ? picked[0]! : `${listTitles(picked)} together`;
}

/**
 * No curated role matching the areas: say so, then name the occupations our roles are filed under that come nearest
 * by score, each with its roles, its scores and its O*NET code, as not matches. An empty answer contradicted the area's
 * own description (a student's pass: Social says "In tech: supporting users, training and teaching", and found no
 * tech role, while IT Support Specialist's occupation is among the tech occupations scoring highest on it).
 */
function ClosestRoles({
  groups,
  picked,
  scoreSource,
}: {
  groups: InterestsExplorerView["closestRoles"];
  picked: readonly InterestAreaName[];
  scoreSource: ScoreSource | null;
}) {
  return (
    <>
      <p>
        None of our curated tech roles has {anyOf(picked)} in its O*NET interest code.
        {groups.length > 0 ? (
          <>
            {" "}
            <strong>Closest, though not matches:</strong> the occupations our roles are filed under that score highest on {rankedOn(picked)}{" "}
            (
            {scoreSource ? (
              <>
                {scoreSource.release} {scoreSource.ref}
              </>
            ) : (
              "O*NET"
            )}
            ).
          </>
        ) : null}
      </p>
      {groups.length > 0 ? (
        <ul className="interest-closest">
          {groups.map((g) => (
            <li key={g.occupation.onetCode}>
              {g.roles.map((r, i) => (
                <Fragment key={r.slug}>
                  {i > 0 ? ", " : null}
                  <Link to={`/roles/${r.slug}`}>{r.title}</Link>
                </Fragment>
              ))}{" "}
              <span className="muted">({onetAndBlsTitles(g.occupation)})</span>: {pickedScores(g.occupation, picked)}; its O*NET code{" "}
              {g.occupation.code}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** No tech occupation matching the areas: the tech occupations that come nearest by score, as not matches. */
function ClosestTech({
  occupations,
  picked,
  scoreSource,
}: {
  occupations: InterestOccupation[];
  picked: readonly InterestAreaName[];
  scoreSource: ScoreSource | null;
}) {
  if (occupations.length === 0) return null;
  return (
    <>
      <p>
        <strong>Closest, though not matches:</strong> the tech occupations that score highest on {rankedOn(picked)} (
        {scoreSource ? (
          <>
            {scoreSource.release} {scoreSource.ref}
          </>
        ) : (
          "O*NET"
        )}
        ).
      </p>
      <ul className="interest-closest">
        {occupations.map((o) => (
          <li key={o.onetCode}>
            <Link to={`/occupations/${o.socCode}`}>{o.title}</Link>
            {blsLineLabel(o) ? <span className="muted"> ({blsLineLabel(o)})</span> : null}: {pickedScores(o, picked)}; its O*NET code{" "}
            {o.code}
          </li>
        ))}
      </ul>
    </>
  );
}

/** "O*NET 30.1 (December 2025)": the release the scores are from, named with its source's vintage (its data year). */
function onetRelease(vintage: string | null): string {
  return vintage ? `O*NET ${vintage}` : "O*NET";
}

const LIMIT_NOTE_ID = "interest-limit";

/**
 * The six boxes, at most MAX_PICKED_INTERESTS ticked. With JavaScript a fourth cannot be ticked: once three are, the
 * others are marked aria-disabled (still focusable, so a screen reader reaches them and hears why, from the note they are
 * described by), a click on one leaves it unticked, and the note (a live region) says which was not ticked and what to do.
 * Without JavaScript nothing stops a fourth, and the list names the areas it left out (leftOutAreasText). The boxes stay
 * uncontrolled, and the count is read from the form itself, so a box ticked before the page's script ran is counted.
 */
function InterestBoxes({ picked }: { picked: readonly InterestAreaId[] }) {
  const hydrated = useHydrated();
  const [ticked, setTicked] = useState<readonly string[]>(picked);
  const boxes = useRef<HTMLFieldSetElement>(null);
  // Boxes ticked before the page's script ran count too: read them from the form once it runs.
  useEffect(() => {
    const now = [...(boxes.current?.querySelectorAll<HTMLInputElement>('input[name="like"]:checked') ?? [])].map((b) => b.value);
    setTicked(now);
  }, []);
  const [refused, setRefused] = useState<InterestAreaName | null>(null);
  const full = ticked.length >= MAX_PICKED_INTERESTS;
  // In the server's HTML too (three ticked: true without JavaScript as well), so the form does not move at hydration.
  const note = refused
    ? `${refused} is not ticked: ${MAX_PICKED_INTERESTS} areas is the most. Untick one of them first.`
    : full
      ? `${MAX_PICKED_INTERESTS} areas ticked, the most. To pick another, untick one first.`
      : "";
  const change = (event: ChangeEvent<HTMLInputElement>, name: InterestAreaName) => {
    const box = event.currentTarget;
    const now = [...(box.form?.querySelectorAll<HTMLInputElement>('input[name="like"]:checked') ?? [])].map((b) => b.value);
    if (box.checked && now.length > MAX_PICKED_INTERESTS) {
      box.checked = false;
      setRefused(name);
      return;
    }
    setTicked(now);
    setRefused(null);
  };
  return (
    <fieldset ref={boxes}>
      <legend>What you like (up to {MAX_PICKED_INTERESTS})</legend>
      {INTEREST_AREAS.map((a) => {
        const blocked = hydrated && full && !ticked.includes(a.id);
        return (
          <label key={a.id}>
            <input
              type="checkbox"
              name="like"
              value={a.id}
              defaultChecked={picked.includes(a.id)}
              aria-disabled={blocked ? true : undefined}
              aria-describedby={blocked ? LIMIT_NOTE_ID : undefined}
              onChange={(event) => change(event, a.name)}
            />{" "}
            {a.name}: {a.short.toLowerCase()}
          </label>
        );
      })}
      <p id={LIMIT_NOTE_ID} className="filters__hint interest-limit" aria-live="polite">
        {note}
      </p>
    </fieldset>
  );
}

/** `presentHref`: the address of this list as slides (the presenter is a feature above this one: the route builds it). */
export function InterestsExplorer({ explorer, presentHref }: { explorer: InterestsExplorerView; presentHref: string | null }) {
  const {
    picked,
    pickedNames,
    leftOutNames,
    period,
    periods,
    roles,
    tech,
    techTotal,
    closestRoles,
    closestTech,
    other,
    otherTotal,
    examples,
    areaGuide,
    interestSourceId,
    sources,
    origin,
    dataVersion,
    dataTag,
    dataPinBanner,
  } = explorer;
  const vintage = periodLabel(period);
  const listHref = interestsHref(picked, period.vintage, periods.latest, dataTag);
  const interestRef = interestSourceId ? <SourceRef id={interestSourceId} /> : null;
  const interestSource = sources.find((s) => s.id === interestSourceId);
  // Pinned to a version that kept no interest scores (loaded before migration 0018): the scores are today's, and each says so.
  const currentScores = dataPinBanner?.interestScoresKept === false;
  const release = `${onetRelease(interestSource?.vintage ?? null)}${currentScores ? ", current scores" : ""}`;
  const scoreSource = interestRef ? { release, ref: interestRef } : null;

  // Every source is cited by its number in the page's list, and named for a screen reader (SourceRef).
  return (
    <ProfileSourcesProvider sources={sources}>
      <div className="explore-page">
        <ExploreNav current="interests" />
        <h1>
          Start from what you like
          {/* On paper, the areas chosen (on screen the form shows them): in the heading, so the page gains no line. */}
          {picked.length > 0 ? (
            <span className="explore-print-inline">
              :{" "}
              {INTEREST_AREAS.filter((a) => picked.includes(a.id))
                .map((a) => a.name)
                .join(", ")}
            </span>
          ) : null}
        </h1>
        {dataPinBanner ? <DataPinBanner banner={dataPinBanner} /> : null}
        <p className="lede">
          Career researchers sort interests into six areas. O*NET scores every occupation on each of them, from 1 (low) to 7 (high){" "}
          {interestRef}. Pick one to three areas that sound like you, and see the tech careers whose strongest areas include them.
        </p>
        <p className="explore-profiler">
          Not sure which areas fit you? O*NET&rsquo;s free <a href={INTEREST_PROFILER_URL}>Interest Profiler at My Next Move</a> asks 30
          questions and gives you your own scores; come back with your top areas.
        </p>

        <Form method="get" action="/explore/interests" className="filters explore-form" aria-label="Your interests">
          {/* A new list starts the boxes again ("Start again", or the form sent with JavaScript). */}
          <InterestBoxes key={picked.join(",")} picked={picked} />
          {periods.options.length > 1 ? <PeriodSelect periods={periods} vintage={period.vintage} /> : null}
          {dataTag ? <input type="hidden" name="data" value={dataTag} /> : null}
          <div className="filters__actions">
            <button type="submit">Show careers</button>
            {picked.length > 0 ? <Link to="/explore/interests">Start again</Link> : null}
          </div>
        </Form>

        {/* After "Show careers" the list changes without a page load: said politely, always in the page so a change is
          heard, as /occupations says its count. */}
        <p role="status" className="visually-hidden">
          {interestsCountText(pickedNames, { roles: roles.length, techOccupations: techTotal, otherOccupations: otherTotal })}
        </p>
        {leftOutNames.length > 0 ? (
          <p className="explore-notices" role="status">
            {leftOutAreasText(pickedNames, leftOutNames)}
          </p>
        ) : null}

        {picked.length === 0 ? (
          <section aria-labelledby="interest-areas">
            <h2 id="interest-areas">The six interest areas</h2>
            {areaGuide ? (
              <p>
                O*NET divides the six into {new Set(Object.values(areaGuide).flatMap((g) => g.basic.map((b) => b.elementId))).size} basic
                interest areas, such as Mechanics/Electronics or Mathematics/Statistics (some belong to two), each with example activities
                and occupations: open an area to read them. They explain the six; O*NET scores occupations on the six only, so careers are
                matched on those.
              </p>
            ) : null}
            <dl className="interest-areas">
              {INTEREST_AREAS.map((a) => (
                <div key={a.id}>
                  <dt>
                    <Link to={interestsHref([a.id], period.vintage, periods.latest, dataTag)}>
                      {a.name}: {a.short.toLowerCase()}
                    </Link>
                  </dt>
                  <dd>
                    {a.explanation} {a.tech}
                    <span className="figure-year">
                      Tech occupations scoring highest, {scoreSource ? scoreSource.release : "O*NET"}
                      {interestRef ? <> {interestRef}</> : null}:{" "}
                      {(examples[a.id] ?? []).map((e, i) => (
                        <span key={e.onetCode}>
                          {i > 0 ? ", " : null}
                          <Link to={`/occupations/${e.socCode}`}>{e.title}</Link> ({e.score.toFixed(2)})
                        </span>
                      ))}
                    </span>
                    {areaGuide?.[a.name] ? (
                      <OnetInterestArea
                        name={a.name}
                        guide={areaGuide[a.name]!}
                        sourceRef={<SourceRef id={areaGuide[a.name]!.sourceId} />}
                      />
                    ) : null}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ) : (
          <>
            <p className="explore-rule">
              A career matches when one of your areas is in its O*NET interest code: the one to three areas O*NET itself names as most
              characteristic of the occupation, highest first {interestRef}. Careers are listed by how many of your areas they match, then
              by their summed score on your areas.
              {/* On screen only: the printed list keeps to one page. */}
              <span className="screen-only">
                {" "}
                O*NET names a second or third area only where its score stands out enough for that occupation, so a career&rsquo;s
                third-highest score is not a match unless O*NET counts it. Where nothing matches, the careers that come closest are named as
                such, with their scores.
              </span>
            </p>
            <section aria-labelledby="interest-roles">
              <h2 id="interest-roles">
                Tech roles
                <PrintedRolesNote total={roles.length} />
              </h2>
              {roles.length === 0 ? (
                <ClosestRoles groups={closestRoles} picked={pickedNames} scoreSource={scoreSource} />
              ) : (
                <OccupationTable
                  caption={`Curated tech roles, by the O*NET occupation each is filed under; BLS projections ${vintage}`}
                  rows={roles.map((r) => ({
                    key: r.slug,
                    title: (
                      <>
                        <Link to={`/roles/${r.slug}`} className="role-title">
                          {r.title}
                        </Link>
                        <span className="role-summary">{onetAndBlsTitles(r.occupation)}</span>
                      </>
                    ),
                    occupation: r.occupation,
                  }))}
                  vintage={vintage}
                  picked={pickedNames}
                  scoreSource={scoreSource}
                />
              )}
            </section>
            <section aria-labelledby="interest-tech" className="defer-layout">
              <h2 id="interest-tech">Tech occupations</h2>
              <p>
                {formatCount(techTotal)} tech occupation{techTotal === 1 ? "" : "s"} match{techTotal === 1 ? "es" : ""}
                <ShownCount total={techTotal} shown={tech.length} printed={PRINTED_ROWS.techOccupations} />.
              </p>
              {tech.length === 0 ? <ClosestTech occupations={closestTech} picked={pickedNames} scoreSource={scoreSource} /> : null}
              {tech.length > 0 ? (
                <OccupationTable
                  caption={`Tech occupations (O*NET 30.1), best match first; BLS projections ${vintage} of the line each is filed under`}
                  rows={tech.map((o) => ({ key: o.onetCode, title: <OccupationTitle o={o} />, occupation: o }))}
                  vintage={vintage}
                  picked={pickedNames}
                  scoreSource={scoreSource}
                />
              ) : null}
            </section>
            <section aria-labelledby="interest-other" className="defer-layout">
              <h2 id="interest-other">Other occupations</h2>
              <p>
                {formatCount(otherTotal)} other occupation{otherTotal === 1 ? "" : "s"} match{otherTotal === 1 ? "es" : ""}
                <ShownCount total={otherTotal} shown={other.length} printed={PRINTED_ROWS.otherOccupations} />.
              </p>
              {other.length > 0 ? (
                <OccupationTable
                  caption={`Other occupations (O*NET 30.1), best match first; BLS projections ${vintage}`}
                  rows={other.map((o) => ({ key: o.onetCode, title: <OccupationTitle o={o} />, occupation: o }))}
                  vintage={vintage}
                  picked={pickedNames}
                  scoreSource={scoreSource}
                />
              ) : null}
            </section>
            <ExplorerShare
              listHref={listHref}
              presentHref={presentHref}
              pinned={
                !dataTag && dataVersion
                  ? {
                      href: interestsHref(picked, period.vintage, periods.latest, dataVersion.tag),
                      tag: dataVersion.tag,
                      keeps: "interest scores and outlook figures",
                    }
                  : null
              }
              origin={origin}
            />
          </>
        )}
        <SourceList sources={sources} />
      </div>
    </ProfileSourcesProvider>
  );
}
