import { Link } from "react-router";
import { CompareCharts } from "~/features/compare/components/compare-charts";
import { ComparePicker } from "~/features/compare/components/compare-picker";
import { listTitles } from "~/lib/list-titles";
import type { ComparisonPageView } from "~/features/compare/comparison-page.server";
import type { CompareChart } from "~/features/compare/compare-charts";
import { COMPARE_CSV_TABLE_LABELS, compareCsvTablesOf, type CompareCsvTable } from "~/features/compare/compare-csv-tables";
import { compareHref, type ComparedRole } from "~/features/compare/role-comparison";
import type { Comparison } from "~/features/compare/comparison";
import {
  CompareAiImpact,
  CompareHotSkills,
  CompareIndustries,
  CompareLeadsTo,
  CompareQuickFacts,
  CompareSkills,
  CompareTechnology,
  OccupationsNotInRoleSections,
  RoleDetailsElsewhere,
} from "~/features/compare/components/deferred-parts";
import { DataPinBanner } from "~/features/data-pin/components/data-pin-banner";
import { ProfileSourcesProvider } from "~/features/sources/components/sources-context";
import { SourceList } from "~/features/sources/components/source-list";
import { periodLabelOf } from "~/features/periods/periods";

/** The page's sections: the roles' own sections need two curated roles; technology is shown when occupations are compared. */
function sectionsOf(comparison: Comparison) {
  const roleSections = (comparison.roleComparison?.roles.length ?? 0) >= 2;
  return [
    { id: "quick-facts", title: "Quick facts" },
    { id: "growth-and-pay", title: "Growth and pay" },
    ...(comparison.occupations.length > 0 ? [{ id: "technology", title: "Technology used on the job" }] : []),
    ...(roleSections
      ? [
          { id: "skills-overlap", title: "Skills overlap" },
          { id: "hot-skills", title: "Hot skills in common" },
        ]
      : []),
    { id: "ai-impact", title: "AI impact" },
    ...(roleSections
      ? [
          { id: "leads-to", title: "Where each leads" },
          { id: "industries", title: "Industries that hire" },
        ]
      : [{ id: "role-details", title: "Skills, next steps and industries" }]),
  ];
}

/** The comparison page; `actions` are its slides and handout, on the same figures (null until there is a comparison). */
/**
 * No curated roles, one array for every render: a new `[]` each time made the deferred part below a part with other props
 * at each re-render (deferred-part.tsx compares them name by name), and one whose chunk was refused lost its stand-in.
 */
const NO_ROLES: ComparedRole[] = [];

export function ComparisonPage({ page, actions }: { page: ComparisonPageView; actions: { present: string; handout: string } | null }) {
  const { vintage, periods, choices, chosen, chosenOccupations, occupationSearch, notices, problems, comparison, csvHref, dataPinBanner } =
    page;
  const csvOf = (choice: { chart: CompareChart } | { table: CompareCsvTable }) =>
    compareHref(
      chosen.map((c) => c.slug),
      {
        vintage,
        latest: periods.latest,
        path: "/compare.csv",
        occupations: chosenOccupations.map((o) => o.socCode),
        extra: { ...choice, ...(comparison?.pinnedDataVersion ? { data: comparison.pinnedDataVersion } : {}) },
      },
    );
  const anyOccupation = chosenOccupations.length > 0;
  return (
    <article className="compare">
      <header className="compare-header">
        <p className="profile-header__trail">
          <Link to="/roles">All roles</Link> · Compare
        </p>
        <h1>{anyOccupation ? "Compare roles and occupations" : "Compare roles"}</h1>
        <p className="lede">
          {comparison
            ? `${listTitles(comparison.columns.map((c) => c.title))} side by side, with the BLS projections for ${periodLabelOf(periods, vintage)}.`
            : "Put two to four tech roles or any of BLS's occupations side by side: pay, growth, the skills they share, AI impact, where each leads and who hires them."}
        </p>
      </header>

      {problems.length > 0 ? (
        <div className="compare-problem" role="alert">
          <h2 id="compare-problem-title">This comparison cannot be shown</h2>
          {problems.map((problem) => (
            <div key={problem.kind}>
              <p>{problem.message}</p>
              {problem.suggestions.length > 0 ? (
                <p>
                  Did you mean{" "}
                  {problem.suggestions.map((s, i) => (
                    <span key={s.slug}>
                      {i > 0 ? (i === problem.suggestions.length - 1 ? " or " : ", ") : ""}
                      <Link to={s.href}>{s.title}</Link>
                    </span>
                  ))}
                  ?
                </p>
              ) : null}
            </div>
          ))}
        </div>
      ) : null}
      {notices.map((notice) => (
        <p key={notice} className="notice" role="status">
          {notice}
        </p>
      ))}

      <ComparePicker
        chosen={chosen}
        chosenOccupations={chosenOccupations}
        occupationSearch={occupationSearch}
        choices={choices}
        vintage={vintage}
        periods={periods}
      />
      {dataPinBanner ? <DataPinBanner banner={dataPinBanner} /> : null}

      {!comparison && problems.length === 0 ? (
        <p className="notice compare-ask" role="status">
          {chosen.length + chosenOccupations.length === 0
            ? "Choose two roles or occupations to start a comparison; you can add up to two more afterwards."
            : `Choose another role to compare with ${(chosen[0] ?? chosenOccupations[0])!.title}, or an occupation.`}
        </p>
      ) : null}

      {comparison ? (
        <ProfileSourcesProvider sources={comparison.sources}>
          <nav className="profile-toc" aria-label="On this page">
            <ol>
              {sectionsOf(comparison).map((s) => (
                <li key={s.id}>
                  <a href={`#${s.id}`}>{s.title}</a>
                </li>
              ))}
            </ol>
          </nav>
          <div className="compare-download">
            <p>
              <a href={csvHref} download>
                Download the comparison&rsquo;s figures (CSV)
              </a>{" "}
              <span className="muted">
                One row per {anyOccupation ? "role or occupation" : "role"} and all occupations, every figure with its source and data year.{" "}
                <Link to="/data">About our CSV files and the API</Link>.
              </span>
            </p>
            <p>
              More tables of this comparison, one kind of row each:{" "}
              {compareCsvTablesOf(comparison)
                .filter((table) => table !== "figures")
                .map((table, index) => (
                  <span key={table}>
                    {index > 0 ? " · " : null}
                    <a href={csvOf({ table })} download>
                      {COMPARE_CSV_TABLE_LABELS[table]}
                    </a>
                  </span>
                ))}
            </p>
          </div>
          {actions ? (
            <>
              <p className="compare-download">
                <Link to={actions.present}>Present this comparison to a class</Link>{" "}
                <span className="muted">One insight per slide, large type for a projector, with speaker notes.</span>
              </p>
              <p className="compare-download">
                <Link to={actions.handout}>Print a one-page handout</Link>{" "}
                <span className="muted">The comparison on one Letter or A4 page, with a QR code back to it.</span>
              </p>
            </>
          ) : null}
          <CompareQuickFacts comparison={comparison} />
          <CompareCharts
            comparison={comparison}
            csvHref={(chart) => csvOf({ chart })}
            percentilesKept={dataPinBanner?.percentilesKept ?? true}
          />
          {comparison.occupations.length > 0 ? <CompareTechnology comparison={comparison} /> : null}
          <RoleSections comparison={comparison} />
          <SourceList sources={comparison.sources} />
        </ProfileSourcesProvider>
      ) : null}
    </article>
  );
}

/**
 * The sections only curated roles have data for (skills, next steps, industries) and AI impact. BLS occupations have
 * no curated skill list, moves or industries: the page says so instead of leaving them out silently.
 */
function RoleSections({ comparison }: { comparison: Comparison }) {
  const roles = comparison.roleComparison;
  const occupations = comparison.occupations;
  const withRoles = roles !== null && roles.roles.length >= 2;
  return (
    <>
      {withRoles ? (
        <>
          {occupations.length > 0 ? <OccupationsNotInRoleSections occupations={occupations} /> : null}
          <CompareSkills comparison={roles} />
          <CompareHotSkills comparison={roles} />
        </>
      ) : null}
      <CompareAiImpact comparison={roles} occupations={occupations} />
      {withRoles ? (
        <>
          <CompareLeadsTo comparison={roles} />
          <CompareIndustries comparison={roles} />
        </>
      ) : (
        <RoleDetailsElsewhere roles={roles?.roles ?? NO_ROLES} occupations={occupations} />
      )}
    </>
  );
}
