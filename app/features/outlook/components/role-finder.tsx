import { Form, Link, useSubmit } from "react-router";
import { PeriodSelect } from "~/features/periods/components/period-select";
import { FilterSelect } from "~/ui/filter-select";
import { SourceList } from "~/features/sources/components/source-list";
import type { RoleSort } from "~/features/outlook/queries.server";
import type { RoleFinderView } from "~/features/outlook/finder.server";
import { formatCount, formatCountChange, formatDollars, formatPercentChange, formatWageYear } from "~/lib/format";
import { CLUSTER_LABELS, LEVEL_LABELS } from "~/features/roles/labels";
import { DEFAULT_DIRECTION, roleQueryString, type RoleQuery } from "~/features/outlook/role-filters";
import { periodLabelOf } from "~/features/periods/periods";

const COLUMNS: { sort: RoleSort; label: string; numeric: boolean }[] = [
  { sort: "title", label: "Role", numeric: false },
  { sort: "growth", label: "Growth", numeric: true },
  { sort: "change", label: "Change in jobs", numeric: true },
  { sort: "openings", label: "Openings a year", numeric: true },
  { sort: "pay", label: "Median pay", numeric: true },
  { sort: "employment", label: "Employment", numeric: true },
];

export function RoleFinder({ finder }: { finder: RoleFinderView }) {
  const { query, options, roles, average, sources } = finder;
  const submit = useSubmit();
  const { latest } = options.periods;
  const vintage = periodLabelOf(options.periods, query.vintage);
  // Links leave out what the page shows by default: the newest period, and titles A to Z.
  const linkDefaults = { vintage: latest, sort: "title", dir: "asc" } as const;
  const sourceNumber = new Map(sources.map((s, i) => [s.id, i + 1]));
  const baseYear = roles.find((r) => r.projection)?.projection?.baseYear;
  const sortHref = (sort: RoleSort) => {
    const dir = query.sort === sort ? (query.dir === "asc" ? "desc" : "asc") : DEFAULT_DIRECTION[sort];
    return `/roles${roleQueryString({ ...query, sort, dir } as RoleQuery, linkDefaults)}`;
  };

  return (
    <>
      <h1>Find a tech role</h1>
      <p className="lede">
        {roles.length} role{roles.length === 1 ? "" : "s"} with the BLS projection for {vintage} of the occupation each belongs to.
        {average ? ` All occupations: ${formatPercentChange(average.changePercent)}.` : null} Roles that share an occupation share its
        figures.
      </p>

      <Form
        method="get"
        action="/roles"
        className="filters"
        aria-label="Filter and sort roles"
        onChange={(event) => submit(event.currentTarget, { preventScrollReset: true, replace: true })}
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
          label="Entry education"
          value={query.education}
          any="Any education"
          options={options.educations.map((e) => [e, e])}
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
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="dir" value={query.dir} />
        <div className="filters__actions">
          <button type="submit">Apply</button>
          <Link to="/roles">Reset</Link>
        </div>
      </Form>

      {roles.length === 0 ? (
        <p role="status">
          No role matches these filters. <Link to="/roles">Show every role</Link>.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table finder-table">
            <caption>
              Roles and their occupations' projections, {vintage}; median pay as of the year shown. Select a column heading to sort.
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
                <th scope="col">Source</th>
                <th scope="col">Compare</th>
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
                  </th>
                  {role.projection ? (
                    <>
                      <td className="num">{formatPercentChange(role.projection.changePercent)}</td>
                      <td className="num">
                        {role.projection.changeNumeric !== null ? formatCountChange(role.projection.changeNumeric) : "not published"}
                      </td>
                      <td className="num">
                        {role.projection.annualOpenings !== null ? formatCount(role.projection.annualOpenings) : "not published"}
                      </td>
                      <td className="num">
                        {role.projection.medianAnnualWage !== null && role.projection.wageYear !== null ? (
                          <>
                            {formatDollars(role.projection.medianAnnualWage)}
                            <span className="figure-year">{formatWageYear(role.projection.wageYear)}</span>
                          </>
                        ) : (
                          "not published"
                        )}
                      </td>
                      <td className="num">{formatCount(role.projection.employmentBase)}</td>
                      <td>
                        <a href={`#source-${role.projection.sourceId}`}>[{sourceNumber.get(role.projection.sourceId)}]</a>
                      </td>
                    </>
                  ) : (
                    <td colSpan={6} className="muted">
                      No BLS projection for this occupation in {vintage}.
                    </td>
                  )}
                  <td className="compare-check">
                    <input type="checkbox" form="compare-selected" name="add" value={role.slug} id={`compare-${role.slug}`} />
                    <label htmlFor={`compare-${role.slug}`} className="visually-hidden">
                      Compare {role.title}
                    </label>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {roles.length > 1 ? (
        <Form method="get" action="/compare" id="compare-selected" className="compare-selected">
          {query.vintage !== latest ? <input type="hidden" name="vintage" value={query.vintage} /> : null}
          <button type="submit">Compare selected roles</button> <span className="muted">Tick 2 to 4 roles in the Compare column.</span>
        </Form>
      ) : null}
      <p>
        <a href={`/roles.csv${roleQueryString(query as RoleQuery, linkDefaults)}`} download>
          Download this table (CSV)
        </a>
      </p>
      <SourceList sources={sources} />
    </>
  );
}
