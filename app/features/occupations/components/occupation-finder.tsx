import { useEffect, useRef, type FormEvent, type MouseEvent } from "react";
import { PeriodSelect } from "~/features/periods/components/period-select";
import { Form, Link, useNavigate } from "react-router";
import { ENTRY_EDUCATION } from "~db/schema/enums";
import { SourceList } from "~/features/sources/components/source-list";
import { ProfileSourcesProvider, SourceRef } from "~/features/sources/components/sources-context";
import type { OccupationFinderView } from "~/features/occupations/finder.server";
import { OCCUPATION_DEFAULT_DIRECTION, OCCUPATIONS_PER_PAGE, occupationQueryString } from "~/features/occupations/finder-address";
import { headingSortDirection } from "~/lib/table-sort";
import { TECH_FAMILIES, techFamilyOf } from "~/features/occupations/tech-families";
import { CardLabel } from "~/ui/card-label";
import { FilterSelect } from "~/ui/filter-select";
import { periodLabel } from "~/features/periods/periods";
import { BandLabel } from "~/features/periods/components/band-label";
import { GrowthBandSelect } from "~/features/periods/components/growth-band-select";
import { DataPinBanner } from "~/features/data-pin/components/data-pin-banner";
import { formatCount, formatCountChange, formatPercentChange, formatWageYear } from "~/lib/format";
import { medianPayText } from "~/features/pay/pay";

type Sort = OccupationFinderView["query"]["sort"];

const COLUMNS: { sort: Sort; label: string; numeric: boolean }[] = [
  { sort: "title", label: "Occupation", numeric: false },
  { sort: "growth", label: "Growth", numeric: true },
  { sort: "change", label: "Change in jobs", numeric: true },
  { sort: "openings", label: "Openings a year", numeric: true },
  { sort: "pay", label: "Median pay", numeric: true },
  { sort: "employment", label: "Employment", numeric: true },
];

const searchHref = (words: string) => `/search?q=${encodeURIComponent(words)}`;

export function OccupationFinder({ finder }: { finder: OccupationFinderView }) {
  const { query, period, periods, groups, bands, rows, total, hourlyOnlyLeftOut, pages, sources } = finder;
  const latest = periods.latest;
  const vintage = periodLabel(period);
  const state = { ...query };
  const href = (change: Partial<typeof state>) => `/occupations${occupationQueryString({ ...state, ...change }, latest)}`;
  const sortHref = (sort: Sort) => href({ sort, dir: headingSortDirection(query, sort, OCCUPATION_DEFAULT_DIRECTION), page: 1 });
  const first = (query.page - 1) * OCCUPATIONS_PER_PAGE + 1;
  const navigate = useNavigate();
  // The pager's links load another page of the list, scrolled to the top, while the focus stayed on the new page's pager
  // link thousands of pixels below, out of sight (a keyboard pass, 2026-12-06). After a page asked for there, the focus
  // goes to the count above the table ("…; showing 51–100."), in view, and the next Tab goes on into the table.
  const countLine = useRef<HTMLParagraphElement>(null);
  const pageAsked = useRef<number | null>(null);
  useEffect(() => {
    if (pageAsked.current === null) return;
    if (pageAsked.current === query.page) countLine.current?.focus();
    pageAsked.current = null;
  }, [query.page]);
  const askPage = (event: MouseEvent<HTMLAnchorElement>, page: number) => {
    // A page opened in a new tab moves nothing here.
    if (event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey) pageAsked.current = page;
  };
  // Without JavaScript the browser sends every field, empty ones too (the loader ignores those); with it, Apply
  // goes straight to the view's one canonical address, the one the sort links and pager use.
  const applyFilters = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    for (const [key, value] of new FormData(event.currentTarget)) if (typeof value === "string") fields[key] = value.trim();
    void navigate(`/occupations${occupationQueryString(fields, latest)}`);
  };

  return (
    <ProfileSourcesProvider sources={sources}>
      <h1>Every occupation</h1>
      <p className="lede">
        Every detailed occupation BLS projects for {vintage}, with its O*NET job zones and the curated tech roles filed under it. Figures
        describe whole occupations, every level of experience included.
      </p>

      {finder.dataPinBanner ? <DataPinBanner banner={finder.dataPinBanner} /> : null}
      <Form method="get" action="/occupations" className="filters" aria-label="Filter and sort occupations" onSubmit={applyFilters}>
        <label>
          Words in BLS&rsquo;s title
          <input type="search" name="name" maxLength={80} defaultValue={query.name} />
        </label>
        <FilterSelect
          name="group"
          label="Major group"
          value={query.group}
          any="All major groups"
          options={groups.map((g) => [g.code, `${g.title} (${g.code.slice(0, 2)})`])}
        />
        <FilterSelect
          name="tech"
          label="Tech"
          value={query.tech}
          any="Tech or not"
          options={[["any", "Any tech occupation"], ...TECH_FAMILIES.map((f): [string, string] => [f.id, f.label])]}
        />
        <FilterSelect
          name="education"
          label="Entry education, at most"
          value={query.education}
          any="Any education"
          options={ENTRY_EDUCATION.map((e) => [e, e])}
        />
        <GrowthBandSelect label="Growth" bands={bands} value={query.band} periods={periods} vintage={period.vintage} />
        <label>
          Median pay at least ($ a year)
          <input type="number" name="pay" min={0} max={1000000} step={1} inputMode="numeric" defaultValue={query.pay} />
        </label>
        <label>
          Openings a year at least
          <input type="number" name="openings" min={0} step={100} inputMode="numeric" defaultValue={query.openings} />
        </label>
        <FilterSelect
          name="zone"
          label="O*NET job zone"
          value={query.zone}
          any="Any job zone"
          options={[
            ["1", "1 · little or no preparation"],
            ["2", "2 · some preparation"],
            ["3", "3 · medium preparation"],
            ["4", "4 · considerable preparation"],
            ["5", "5 · extensive preparation"],
          ]}
        />
        <PeriodSelect periods={periods} vintage={period.vintage} />
        {query.sort !== "title" ? <input type="hidden" name="sort" value={query.sort} /> : null}
        {query.sort !== "title" ? <input type="hidden" name="dir" value={query.dir} /> : null}
        {/* A pinned list stays pinned when filtered (ADR 008). */}
        {query.data ? <input type="hidden" name="data" value={query.data} /> : null}
        <div className="filters__actions">
          <button type="submit">Apply</button>
          <Link to="/occupations">Reset</Link>
        </div>
      </Form>
      {finder.growthFilterNotApplied ? <p className="filters__not-applied">{finder.growthFilterNotApplied}</p> : null}

      <p role="status" ref={countLine} tabIndex={-1}>
        {total === 0
          ? "No occupation matches these filters."
          : `${formatCount(total)} occupation${total === 1 ? "" : "s"}${total > rows.length ? `; showing ${formatCount(first)}–${formatCount(first + rows.length - 1)}` : ""}.`}{" "}
        {hourlyOnlyLeftOut > 0 ? (
          // The pay filter is in dollars a year; an hourly median cannot be compared with it, nor turned into one.
          <>
            {hourlyOnlyLeftOut === 1
              ? "1 occupation publishes hourly pay only and is not in a pay filter"
              : `${formatCount(hourlyOnlyLeftOut)} occupations publish hourly pay only and are not in a pay filter`}{" "}
            (<Link to={href({ pay: undefined, page: 1 })}>list without the pay filter</Link>).{" "}
          </>
        ) : null}
        {total === 0 ? <Link to="/occupations">Show every occupation</Link> : null}
        {query.name ? (
          // BLS's titles are few and formal; the search reads O*NET's and BLS's other names for each line too.
          total === 0 ? (
            <>
              {" "}
              or <Link to={searchHref(query.name)}>search every job title for “{query.name}”</Link>.{" "}
            </>
          ) : (
            <>
              <Link to={searchHref(query.name)}>Search every job title for “{query.name}”</Link>{" "}
            </>
          )
        ) : null}
        {query.group ? (
          // The major group's own line: BLS's figures for the whole group, with every detailed occupation in it.
          <Link to={`/occupations/${query.group}`}>
            Figures for the whole group: {groups.find((g) => g.code === query.group)?.title ?? query.group}
          </Link>
        ) : null}
      </p>

      {rows.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table finder-table card-rows occupation-table">
            <caption>
              Detailed occupations and their BLS projections, {vintage}; median pay as of the year shown. Select a column heading to sort.
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
                      {c.sort === "employment" ? `Employment, ${period.baseYear}` : c.label}
                      {query.sort === c.sort ? <span aria-hidden="true">{query.dir === "asc" ? " ▲" : " ▼"}</span> : null}
                    </Link>
                  </th>
                ))}
                <th scope="col" className="card-rows__hidden-head">
                  Entry education
                </th>
                <th scope="col" className="num card-rows__hidden-head">
                  Job zone
                </th>
                <th scope="col" className="card-rows__hidden-head">
                  Source
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const family = techFamilyOf(row.socCode);
                return (
                  <tr key={row.socCode}>
                    <th scope="row">
                      <Link to={`/occupations/${row.socCode}`} className="role-title">
                        {row.title}
                      </Link>
                      <span className="role-summary">
                        SOC {row.socCode}
                        {family ? ` · ${family.label}` : null}
                        {row.roleCount > 0 ? ` · ${row.roleCount} tech role${row.roleCount === 1 ? "" : "s"}` : null}
                      </span>
                    </th>
                    <td className="num">
                      <CardLabel>Growth, {vintage}</CardLabel>
                      {formatPercentChange(row.changePercent)}
                      {row.band ? <BandLabel band={row.band} changePercent={row.changePercent} /> : null}
                    </td>
                    <td className="num">
                      <CardLabel>Change in jobs, {vintage}</CardLabel>
                      {row.changeNumeric !== null ? formatCountChange(row.changeNumeric) : "not published"}
                    </td>
                    <td className="num">
                      <CardLabel>Openings a year, {vintage}</CardLabel>
                      {row.annualOpenings !== null ? formatCount(row.annualOpenings) : "not published"}
                    </td>
                    <td className="num occupation-table__median">
                      <CardLabel>Median pay</CardLabel>
                      {row.median ? (
                        // BLS's median; else OEWS's top code ("or more") or, published by the hour only, its hourly median.
                        <>
                          {medianPayText(row.median)}
                          <span className="figure-year">{formatWageYear(row.median.wageYear)}</span>
                        </>
                      ) : (
                        "not published"
                      )}
                    </td>
                    <td className="num">
                      <CardLabel>Employment, {period.baseYear}</CardLabel>
                      {formatCount(row.employmentBase)}
                    </td>
                    <td>
                      <CardLabel>Entry education</CardLabel>
                      {row.entryEducation ?? "not published"}
                    </td>
                    <td className="num">
                      <CardLabel>Job zone</CardLabel>
                      {row.jobZones.length > 0 ? (
                        <>
                          {row.jobZones.join(", ")}
                          {row.jobZoneSourceIds.map((id) => (
                            <span key={id} className="job-zone-ref">
                              {" "}
                              <SourceRef id={id} />
                            </span>
                          ))}
                        </>
                      ) : (
                        "—"
                      )}
                    </td>
                    <td>
                      <CardLabel>Source</CardLabel>
                      <SourceRef id={row.sourceId} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}

      {pages > 1 ? (
        <nav className="pager" aria-label="Pages of this list">
          {query.page > 1 ? (
            <Link to={href({ page: query.page - 1 })} rel="prev" onClick={(event) => askPage(event, query.page - 1)}>
              ← Previous
            </Link>
          ) : null}
          <span>
            Page {query.page} of {pages}
          </span>
          {query.page < pages ? (
            <Link to={href({ page: query.page + 1 })} rel="next" onClick={(event) => askPage(event, query.page + 1)}>
              Next →
            </Link>
          ) : null}
        </nav>
      ) : null}

      <p>
        <a href={`/occupations.csv${occupationQueryString({ ...state, page: 1 }, latest)}`} download>
          Download every matching occupation (CSV)
        </a>
      </p>
      <p className="muted">
        Job zones are O*NET&rsquo;s five levels of preparation (1: little or none; 5: extensive); an occupation BLS projects as one line may
        span several O*NET occupations with different zones. Growth labels are shown only for periods with a verified table.
      </p>
      <SourceList sources={sources} />
    </ProfileSourcesProvider>
  );
}
