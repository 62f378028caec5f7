import { Fragment, useEffect, useRef, type FormEvent, type KeyboardEvent } from "react";
import { Form, Link, useNavigate } from "react-router";
import { DataPinBanner } from "~/features/data-pin/components/data-pin-banner";
import { withDataPin } from "~/features/data-pin/data-pin";
import { ENTRY_EDUCATION } from "~db/schema/enums";
import { PeriodSelect } from "~/features/periods/components/period-select";
import { GrowthBandSelect } from "~/features/periods/components/growth-band-select";
import { CardLabel } from "~/ui/card-label";
import { FilterSelect } from "~/ui/filter-select";
import { SourceList } from "~/features/sources/components/source-list";
import { ProfileSourcesProvider, SourceRef } from "~/features/sources/components/sources-context";
import type { RoleSort } from "~/features/outlook/queries.server";
import type { RoleFinderView } from "~/features/outlook/finder.server";
import { formatCount, formatCountChange, formatDollars, formatPercentChange, formatWageYear } from "~/lib/format";
import { CLUSTER_LABELS, LEVEL_LABELS } from "~/features/roles/labels";
import {
  activeRoleFilters,
  DEFAULT_DIRECTION,
  ROLE_FILTER_KEYS,
  ROLE_FILTER_LABELS,
  roleCountText,
  roleQueryString,
  type RoleQuery,
} from "~/features/outlook/role-filters";
import { periodLabelOf } from "~/features/periods/periods";
import { NotAStartingSalary, PaySpread } from "~/features/pay/components/pay-spread";
import { wholeOccupationNote } from "~/features/roles/occupation-scope";
import { headingSortDirection } from "~/lib/table-sort";

const COLUMNS: { sort: RoleSort; label: string; numeric: boolean }[] = [
  { sort: "title", label: "Role", numeric: false },
  { sort: "growth", label: "Growth", numeric: true },
  { sort: "change", label: "Change in jobs", numeric: true },
  { sort: "openings", label: "Openings a year", numeric: true },
  { sort: "pay", label: "Median pay", numeric: true },
  { sort: "employment", label: "Employment", numeric: true },
];

export function RoleFinder({ finder }: { finder: RoleFinderView }) {
  const { query, options, roles, average, wageYears, sources } = finder;
  const navigate = useNavigate();
  const { latest } = options.periods;
  const vintage = periodLabelOf(options.periods, query.vintage);
  // Links leave out what the page shows by default: the newest period, and titles A to Z.
  const linkDefaults = { vintage: latest, sort: "title", dir: "asc" } as const;
  const baseYear = roles.find((r) => r.projection)?.projection?.baseYear;
  const sortHref = (sort: RoleSort) =>
    `/roles${roleQueryString({ ...query, sort, dir: headingSortDirection(query, sort, DEFAULT_DIRECTION) } as RoleQuery, linkDefaults)}`;
  const active = activeRoleFilters(query, options, vintage);
  const withoutFilters = (keys: readonly string[]) =>
    `/roles${roleQueryString(Object.fromEntries(Object.entries(query).filter(([key]) => !keys.includes(key))), linkDefaults)}`;
  // Every level a role needs is offered, in BLS's order, and the address's level even if no role needs exactly it.
  const educations = ENTRY_EDUCATION.filter((e) => options.educations.includes(e) || e === query.education);
  const wageYearText = [...new Set(wageYears.map((w) => formatWageYear(w.wageYear)))].join(" and ");
  const wageSourceIds = [...new Set(wageYears.map((w) => w.sourceId))];
  const bandSourceIds = [...new Set(options.bands.map((b) => b.sourceId))];

  // With JavaScript, a change goes straight to the view's one address (no blank fields for the server to redirect
  // away). The pay field waits for Enter or Apply rather than filtering at every keystroke, and a new period drops
  // the growth band: each period has its own band table.
  const go = (form: HTMLFormElement, changed?: string) => {
    const fields: Record<string, string> = {};
    for (const [key, value] of new FormData(form)) if (typeof value === "string") fields[key] = value.trim();
    if (changed === "vintage") delete fields.band;
    void navigate(`/roles${roleQueryString(fields, linkDefaults)}`, { preventScrollReset: true, replace: true });
  };
  // A list chosen from with the mouse or a picker applies at once. Arrowing through a closed list changes it at every
  // key press (Chromium on Windows and Linux), and each option was applied as it passed: a new table, a history entry
  // and a status line for every step ("Some college" showed 1 row on the way to "Master's degree"), which a screen
  // reader reads over the option names. A change made by such a key waits until the keys rest (KEYED_CHANGE_WAIT_MS)
  // or the focus leaves the list, then applies once; Enter (Apply) applies at once.
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; apply: () => void } | undefined>(undefined);
  const keyedAt = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => () => clearTimeout(pending.current?.timer), []);
  const cancelPending = () => {
    clearTimeout(pending.current?.timer);
    pending.current = undefined;
  };
  const applyPending = () => {
    const waiting = pending.current;
    cancelPending();
    waiting?.apply();
  };
  const noteKey = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.target instanceof HTMLSelectElement && isStepKey(event)) keyedAt.current = event.timeStamp;
  };
  const applyOnChange = (event: FormEvent<HTMLFormElement>) => {
    const name = event.target instanceof Element ? event.target.getAttribute("name") : null;
    if (name === "pay") return;
    const form = event.currentTarget;
    cancelPending();
    if (event.timeStamp - keyedAt.current < KEY_CHANGE_WINDOW_MS) {
      const apply = () => go(form, name ?? undefined);
      pending.current = { timer: setTimeout(applyPending, KEYED_CHANGE_WAIT_MS), apply };
      return;
    }
    go(form, name ?? undefined);
  };
  const applyOnSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    cancelPending();
    go(event.currentTarget);
  };
  const countText = roleCountText(roles.length, active.length);

  // Every source is cited by its number in the page's list, and named for a screen reader (SourceRef).
  return (
    <ProfileSourcesProvider sources={sources}>
      <h1>Find a tech role</h1>
      <p className="lede">
        {roles.length} role{roles.length === 1 ? "" : "s"} with the BLS projection for {vintage} of the occupation each belongs to.
        {average ? ` All occupations: ${formatPercentChange(average.changePercent)}.` : null} Roles that share an occupation share its
        figures.
      </p>

      {finder.dataPinBanner ? <DataPinBanner banner={finder.dataPinBanner} /> : null}
      <Form
        method="get"
        action="/roles"
        className="filters"
        aria-label="Filter and sort roles"
        onChange={applyOnChange}
        onSubmit={applyOnSubmit}
        onKeyDown={noteKey}
        onBlur={applyPending}
      >
        <FilterSelect
          name="cluster"
          label="Career cluster"
          value={query.cluster}
          any="All clusters"
          options={options.clusters.map((c) => [c, CLUSTER_LABELS[c]])}
        />
        <FilterSelect
          name="level"
          label="Level"
          value={query.level}
          any="Any level"
          options={options.levels.map((l) => [l, LEVEL_LABELS[l]])}
        />
        <FilterSelect
          name="education"
          label={ROLE_FILTER_LABELS.education}
          value={query.education}
          any="Any education"
          options={educations.map((e) => [e, e])}
        />
        <label>
          {ROLE_FILTER_LABELS.pay} ($ a year)
          <input
            type="number"
            name="pay"
            min={0}
            max={1000000}
            step={1}
            inputMode="numeric"
            defaultValue={query.pay}
            aria-describedby="pay-filter-hint"
          />
        </label>
        <GrowthBandSelect
          label={ROLE_FILTER_LABELS.band}
          bands={options.bands}
          value={query.band}
          periods={options.periods}
          vintage={query.vintage}
        />
        <FilterSelect
          name="industry"
          label="Industry"
          value={query.industry}
          any="Any industry"
          options={options.industries.map((i) => [i.slug, i.name])}
        />
        <FilterSelect
          name="skill"
          label="Hot skill"
          value={query.skill}
          any="Any skill"
          options={options.hotSkills.map((s) => [s.slug, s.name])}
        />
        <PeriodSelect periods={options.periods} vintage={query.vintage} />
        <p className="filters__hint">
          <span id="pay-filter-hint">
            Median pay is the median annual wage of the role&rsquo;s occupation{wageYearText ? `, ${wageYearText}` : ""}, from BLS
            Occupational Employment and Wage Statistics as published with the {vintage} projections
            <Citations ids={wageSourceIds} />; roles without a published median are left out.
          </span>
          {bandSourceIds.length > 0 ? (
            <>
              {" "}
              Growth bands are the verbal labels published for {vintage}, as cited
              <Citations ids={bandSourceIds} />.
            </>
          ) : null}
        </p>
        {query.sort !== "title" || query.dir !== "asc" ? (
          <>
            <input type="hidden" name="sort" value={query.sort} />
            <input type="hidden" name="dir" value={query.dir} />
          </>
        ) : null}
        {/* A pinned list stays pinned when filtered, and when its filters are reset (ADR 008). */}
        {query.data ? <input type="hidden" name="data" value={query.data} /> : null}
        <div className="filters__actions">
          <button type="submit">Apply</button>
          <Link to={query.data ? withDataPin("/roles", query.data) : "/roles"}>Reset</Link>
        </div>
      </Form>
      {finder.growthFilterNotApplied ? <p className="filters__not-applied">{finder.growthFilterNotApplied}</p> : null}
      {/* Said again after each change of the filters, which update the table without a page load (as /occupations
          says its count): always in the page, so a screen reader hears the new count. */}
      <p role="status" className="visually-hidden">
        {countText}.
      </p>

      {active.length > 0 ? (
        <section className="active-filters" aria-labelledby="active-filters-title">
          <h2 id="active-filters-title">{countText}</h2>
          <ul>
            {active.map((filter) => (
              <li key={filter.key}>
                {filter.text}{" "}
                <Link to={withoutFilters([filter.key])} preventScrollReset>
                  Remove
                  <span className="visually-hidden"> the filter “{filter.text}”</span>
                </Link>
              </li>
            ))}
          </ul>
          {active.length > 1 ? (
            <p>
              <Link to={withoutFilters(ROLE_FILTER_KEYS)} preventScrollReset>
                Clear all filters
              </Link>
            </p>
          ) : null}
        </section>
      ) : null}

      {roles.length === 0 ? (
        <p>
          No role matches these filters. <Link to={withoutFilters(ROLE_FILTER_KEYS)}>Show every role</Link>.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table finder-table finder-table--compare card-rows">
            <caption>
              Roles and their occupations' projections, {vintage}; median pay and its 10th–90th percentile as of the year shown. Each
              role&rsquo;s figures are its whole occupation&rsquo;s, at every level. Select a column heading to sort.
            </caption>
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th
                    key={c.sort}
                    scope="col"

                    className={c.numeric ? "num" : undefined}
                    aria-sort={query.sort === c.sort ? (query.dir === "asc" ? "ascending" : "descending") : undefined}
                  >
                    <Link to={sortHref(c.sort)} preventScrollReset>
                      {c.sort === "employment" && baseYear ? `Employment, ${baseYear}` : c.label}
                      {query.sort === c.sort ? <span aria-hidden="true">{query.dir === "asc" ? " ▲" : " ▼"}</span> : null}
                    </Link>
                  </th>
                ))}
                <th scope="col" className="card-rows__hidden-head">
                  Source
                </th>
                <th scope="col" className="card-rows__hidden-head">
                  Compare
                </th>
              </tr>
            </thead>
            <tbody>
              {roles.map((role) => (
                <tr key={role.slug}>
                  <th scope="row">
                    <Link to={`/roles/${role.slug}`} className="role-title">
                      {role.title}
                    </Link>
                    <span className="role-summary">
                      {LEVEL_LABELS[role.level]} · {CLUSTER_LABELS[role.careerCluster]} · {role.occupationTitle} ({role.socCode})
                    </span>
                    <span className="role-summary whole-occupation">
                      Figures for {wholeOccupationNote(role.title, role.occupationTitle)}
                    </span>
                  </th>
                  {role.projection ? (
                    <>
                      <td className="num">
                        <CardLabel>Growth, {vintage}</CardLabel>
                        {formatPercentChange(role.projection.changePercent)}
                      </td>
                      <td className="num">
                        <CardLabel>Change in jobs, {vintage}</CardLabel>
                        {role.projection.changeNumeric !== null ? formatCountChange(role.projection.changeNumeric) : "not published"}
                      </td>
                      <td className="num">
                        <CardLabel>Openings a year, {vintage}</CardLabel>
                        {role.projection.annualOpenings !== null ? formatCount(role.projection.annualOpenings) : "not published"}
                      </td>
                      <td className="num">
                        <CardLabel>Median pay</CardLabel>
                        {role.projection.medianAnnualWage !== null && role.projection.wageYear !== null ? (
                          <>
                            {formatDollars(role.projection.medianAnnualWage)}
                            <span className="figure-year">{formatWageYear(role.projection.wageYear)}</span>
                            {role.pay ? <PaySpread pay={role.pay} plain /> : null}
                          </>
                        ) : (
                          "not published"
                        )}
                      </td>
                      <td className="num">
                        <CardLabel>Employment, {role.projection.baseYear}</CardLabel>
                        {formatCount(role.projection.employmentBase)}
                      </td>
                      <td>
                        <CardLabel>Source</CardLabel>
                        <SourceRef id={role.projection.sourceId} />
                      </td>
                    </>
                  ) : (
                    <td colSpan={6} className="muted card-rows__wide">
                      No BLS projection for this occupation in {vintage}.
                    </td>
                  )}
                  <td className="compare-check">
                    <input type="checkbox" form="compare-selected" name="add" value={role.slug} id={`compare-${role.slug}`} />
                    <label htmlFor={`compare-${role.slug}`}>
                      <span className="compare-check__word">Compare</span>
                      <span className="visually-hidden"> {role.title}</span>
                    </label>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {roles.length > 0 ? <NotAStartingSalary quarter={false} className="muted" /> : null}
      {roles.length > 1 ? (
        <Form method="get" action="/compare" id="compare-selected" className="compare-selected">
          {query.vintage !== latest ? <input type="hidden" name="vintage" value={query.vintage} /> : null}
          {query.data ? <input type="hidden" name="data" value={query.data} /> : null}
          <button type="submit">Compare selected roles</button> <span className="muted">Tick 2 to 4 roles in the Compare column.</span>
        </Form>
      ) : null}
      <p>
        <a href={`/roles.csv${roleQueryString(query as RoleQuery, linkDefaults)}`} download>
          Download this table (CSV)
        </a>
      </p>
      <SourceList sources={sources} />
    </ProfileSourcesProvider>
  );
}

/** A key press in a select within this many milliseconds before its change made the change (the change comes in the key's default action). */
const KEY_CHANGE_WINDOW_MS = 100;
/** How long the keys rest on an option before it applies. */
const KEYED_CHANGE_WAIT_MS = 1000;

/** The keys that step a closed select to another option: arrows, Home, End, Page Up and Down, and type-ahead letters. */
function isStepKey(event: KeyboardEvent): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  return /^(Arrow(Up|Down|Left|Right)|Home|End|PageUp|PageDown)$/.test(event.key) || (event.key.length === 1 && event.key !== " ");
}

/** " [1] [2]": links to the numbered sources of a figure (each named "Source 1: …"), the space outside each link. */
function Citations({ ids }: { ids: string[] }) {
  return ids.map((id) => (
    <Fragment key={id}>
      {" "}
      <SourceRef id={id} />
    </Fragment>
  ));
}
