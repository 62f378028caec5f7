import { Form, Link } from "react-router";
import { GrowthBars } from "~/ui/charts/growth-bars";
import { SourceList } from "~/features/sources/components/source-list";
import { ProfileSourcesProvider, SourceRef } from "~/features/sources/components/sources-context";
import { SourcedFigure } from "~/features/sources/components/sourced-figure";
import type { OccupationOutlook } from "~/features/outlook/queries.server";
import type { OutlookDashboard } from "~/features/outlook/dashboard.server";
import { formatCount, formatDollars, formatPercentChange, formatWageYear } from "~/lib/format";
import { CLUSTER_LABELS, SKILL_KIND_LABELS } from "~/features/roles/labels";
import { ROLE_FILTER_LABELS, roleQueryString } from "~/features/outlook/role-filters";
import { periodLabelOf } from "~/features/periods/periods";
import { sourceCredit } from "~/features/sources/citations";
import { NotAStartingSalary, PaySpread } from "~/features/pay/components/pay-spread";
import { wholeOccupationNote } from "~/features/roles/occupation-scope";
import { IN_DEMAND_SCOPE, inDemandCount } from "~/features/roles/in-demand-count";

/** The home page: the outlook of every tech occupation at a glance, its filters, the hot skills and every role. */
export function Dashboard({ dashboard }: { dashboard: OutlookDashboard }) {
  const { query, options, roleCount, roleList, occupations, average, fastest, mostOpenings, highestPay, hotSkills, sources } = dashboard;
  const vintage = periodLabelOf(options.periods, query.vintage);
  const onetSource = sources.find((s) => s.id === hotSkills[0]?.sourceId);
  const cite = (o: { sourceId: string }) => sources.find((s) => s.id === o.sourceId);
  const sourceLabel = (o: { sourceId: string }) => {
    const s = cite(o);
    return s ? sourceCredit(s) : o.sourceId;
  };
  const filterQuery = roleQueryString(
    { vintage: query.vintage, cluster: query.cluster, education: query.education, industry: query.industry },
    { vintage: options.periods.latest },
  );
  const averageText = average ? formatPercentChange(average.changePercent) : null;

  return (
    <ProfileSourcesProvider sources={sources}>
      <h1>Tech careers: the outlook at a glance</h1>
      <p className="lede">
        How fast the occupations behind {roleCount} tech roles are projected to grow over {vintage}, how many openings they have each year
        and what they pay, from the U.S. Bureau of Labor Statistics.
        {average && averageText ? (
          <>
            {" "}
            Across all occupations, employment is projected to grow{" "}
            <SourcedFigure source={{ label: sourceLabel(average), dataYear: vintage }}>{averageText}</SourcedFigure>.
          </>
        ) : null}
      </p>

      <form method="get" action="/search" className="hero-search" role="search" aria-label="Search job titles">
        <label htmlFor="dashboard-search">Search any job title, including other names for a role</label>
        <div className="hero-search__row">
          <input id="dashboard-search" name="q" type="search" maxLength={100} placeholder="e.g. data scientist, nurse" autoComplete="off" />
          <button type="submit">Search</button>
        </div>
      </form>

      <Form method="get" action="/" className="filters" aria-label="Filter the outlook">
        <fieldset className="filters__vintage">
          <legend>Projection period</legend>
          {[...options.periods.options].reverse().map((o) => (
            <label key={o.vintage}>
              <input type="radio" name="vintage" value={o.vintage} defaultChecked={query.vintage === o.vintage} /> {o.label}
            </label>
          ))}
        </fieldset>
        <label>
          Career cluster
          <select name="cluster" defaultValue={query.cluster ?? ""}>
            <option value="">All clusters</option>
            {options.clusters.map((c) => (
              <option key={c} value={c}>
                {CLUSTER_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {ROLE_FILTER_LABELS.education}
          <select name="education" defaultValue={query.education ?? ""}>
            <option value="">Any education</option>
            {options.educations.map((e) => (
              <option key={e} value={e}>
                {e}
              </option>
            ))}
          </select>
        </label>
        <label>
          Industry
          <select name="industry" defaultValue={query.industry ?? ""}>
            <option value="">Any industry</option>
            {options.industries.map((i) => (
              <option key={i.slug} value={i.slug}>
                {i.name}
              </option>
            ))}
          </select>
        </label>
        <div className="filters__actions">
          <button type="submit">Show outlook</button>
          <Link to="/">Reset</Link>
        </div>
      </Form>

      {average ? (
        <GrowthBars
          id="growth-chart"
          title={`Projected employment change, ${vintage}, by occupation`}
          bars={occupations.map((o) => ({
            label: o.title,
            socCode: o.socCode,
            changePercent: o.changePercent,
            roles: o.roles.map((r) => r.title).join(", "),
          }))}
          average={average.changePercent}
          vintageLabel={vintage}
          source={`Source: ${[...new Set([...occupations.map(sourceLabel), sourceLabel(average)])].join("; ")}. Projection period ${vintage}.`}
          csvHref={`/outlook.csv${filterQuery}`}
          headingLevel={2}
        />
      ) : null}

      <div className="top-lists">
        <TopList
          title="Fastest growing"
          items={fastest}
          figure={(o) => formatPercentChange(o.changePercent)}
          dataYear={vintage}
          sourceLabel={sourceLabel}
        />
        <TopList
          title="Most openings per year"
          items={mostOpenings}
          figure={(o) => `${formatCount(o.annualOpenings!)} a year`}
          dataYear={`annual average, ${vintage}`}
          sourceLabel={sourceLabel}
        />
        <TopList
          title="Highest median pay"
          items={highestPay}
          figure={(o) => formatDollars(o.medianAnnualWage!)}
          dataYear={(o) => formatWageYear(o.wageYear!)}
          sourceLabel={sourceLabel}
        />
      </div>

      <section aria-labelledby="hot-skills-title">
        <h2 id="hot-skills-title">Hot skills most in demand across tech roles</h2>
        <p>
          {/* The scope is said here once, as /skills says it in its legend: each item repeating it ran to three lines on a phone. */}
          Ranked by how many O*NET occupations {IN_DEMAND_SCOPE} flag the skill <em>In Demand</em> in their job postings, in O*NET{" "}
          {onetSource?.vintage ?? ""}; <span className="badge">Hot</span> marks O*NET Hot Technologies, frequent in postings across all
          occupations.
        </p>
        <ol className="hot-skills">
          {hotSkills.map((s) => (
            <li key={s.slug}>
              <Link to={`/roles?skill=${s.slug}`}>{s.name}</Link> <span className="muted">({SKILL_KIND_LABELS[s.kind]})</span>
              {s.hotTechnology ? <span className="badge">Hot</span> : null}
              <span className="hot-skills__figures">
                <span>{inDemandCount(s.inDemandOccupations)}</span> ·{" "}
                <span>
                  needed by {s.roleCount} role{s.roleCount === 1 ? "" : "s"}
                </span>
              </span>
            </li>
          ))}
        </ol>
        <p className="muted">
          Source: O*NET {onetSource?.vintage ?? ""} Technology Skills
          {onetSource ? (
            <>
              {" "}
              (<SourceRef id={onetSource.id} />)
            </>
          ) : null}
          .
        </p>
      </section>

      <section aria-labelledby="browse-title" className="browse">
        <h2 id="browse-title">Every role, by career cluster</h2>
        <p>
          Growth is the projected change in employment over {vintage}; pay is the median annual wage of the role's occupation, and the
          10th–90th percentile is the pay of everyone in it but the lowest- and highest-paid tenth. Each role&rsquo;s figures are its whole
          occupation&rsquo;s, at every level of experience. For sorting and more filters, use the{" "}
          <Link to={`/roles${filterQuery}`}>role finder</Link>.
        </p>
        <NotAStartingSalary quarter={false} className="muted" />
        <div className="browse__clusters">
          {options.clusters
            .filter((cluster) => roleList.some((r) => r.cluster === cluster))
            .map((cluster) => (
              <section key={cluster} aria-labelledby={`cluster-${cluster}`}>
                <h3 id={`cluster-${cluster}`}>{CLUSTER_LABELS[cluster]}</h3>
                <ul>
                  {roleList
                    .filter((r) => r.cluster === cluster)
                    .map((r) => (
                      <li key={r.slug}>
                        <Link to={`/roles/${r.slug}`}>{r.title}</Link>
                        <span className="browse__figures">
                          {r.changePercent !== null ? `${formatPercentChange(r.changePercent)} (${vintage})` : "no projection"}
                          {r.medianAnnualWage !== null && r.wageYear !== null
                            ? ` · ${formatDollars(r.medianAnnualWage)} (${formatWageYear(r.wageYear)})`
                            : ""}
                        </span>
                        <span className="browse__figures whole-occupation">
                          Figures for {wholeOccupationNote(r.title, r.occupationTitle)}.
                        </span>
                        {r.pay ? (
                          <span className="browse__figures">
                            <PaySpread pay={r.pay} />
                          </span>
                        ) : null}
                      </li>
                    ))}
                </ul>
              </section>
            ))}
        </div>
      </section>
      <SourceList sources={sources} />
    </ProfileSourcesProvider>
  );
}

function TopList({
  title,
  items,
  figure,
  dataYear,
  sourceLabel,
}: {
  title: string;
  items: OccupationOutlook[];
  figure: (o: OccupationOutlook) => string;
  dataYear: string | ((o: OccupationOutlook) => string);
  sourceLabel: (o: OccupationOutlook) => string;
}) {
  return (
    <section className="top-list" aria-label={title}>
      <h2>{title}</h2>
      <ol>
        {items.map((o) => (
          <li key={o.socCode}>
            <span className="top-list__name">{o.title}</span>
            <SourcedFigure source={{ label: sourceLabel(o), dataYear: typeof dataYear === "string" ? dataYear : dataYear(o) }}>
              {figure(o)}
            </SourcedFigure>
            <span className="top-list__roles">
              {o.roles.map((r, i) => (
                // The comma ends each name but the last, so a line never starts with one.
                <span key={r.slug}>
                  <Link to={`/roles/${r.slug}`}>{r.title}</Link>
                  {i < o.roles.length - 1 ? ", " : ""}
                </span>
              ))}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
