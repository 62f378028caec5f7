import { data, Link, redirect, useLoaderData } from "react-router";
import type { Route } from "./+types/compare";
import { CompareAiImpact } from "~/features/compare/components/compare-ai-impact";
import { CompareCharts } from "~/features/compare/components/compare-charts";
import { CompareHotSkills } from "~/features/compare/components/compare-hot-skills";
import { CompareIndustries, CompareLeadsTo } from "~/features/compare/components/compare-leads-and-industries";
import { ComparePicker } from "~/features/compare/components/compare-picker";
import { CompareQuickFacts, listTitles } from "~/features/compare/components/compare-quick-facts";
import { CompareSkills } from "~/features/compare/components/compare-skills";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { ProfileSourcesProvider } from "~/features/sources/components/sources-context";
import { SourceList } from "~/features/sources/components/source-list";
import { withQueryStats } from "~/lib/db.server";
import { getRoleComparison } from "~/features/compare/queries.server";
import { DataPinBanner } from "~/features/data-pin/components/data-pin-banner";
import { getDataPin } from "~/features/data-pin/queries.server";
import { withDataPin } from "~/features/data-pin/data-pin";
import { pinnedVersionFromTag, readDataPinTag, resolveDataPin } from "~/features/data-pin/params.server";
import type { CompareChart } from "~/features/compare/compare-charts";
import { readCompareSelection } from "~/features/compare/params.server";
import { formatVintage } from "~/lib/format";
import { publicPageHeaders } from "~/lib/http.server";
import { compareHref, MIN_COMPARED_ROLES } from "~/features/compare/role-comparison";
import { LATEST_PROFILE_VINTAGE, type ProjectionVintage } from "~/features/roles/role-profile";
import { presentHref } from "~/features/present/slides";
import { compareHandoutHref } from "~/features/handout/handout";
import profileStyles from "~/features/roles/profile.css?url";
import dataPinStyles from "~/features/data-pin/data-pin.css?url";
import styles from "~/features/compare/compare.css?url";

/**
 * /compare?roles=a,b[,c,d][&vintage=2022-32]: 2 to 4 roles side by side. The address is the whole state.
 *
 * Input, never a 500:
 * - malformed `roles` (longer than 400 characters, or an entry that is not a slug) or `vintage`: 400 with a message;
 * - an unknown role: 400, the page names it, offers "did you mean" from the title search and keeps the picker;
 * - more than 4 roles: 400, the page asks to remove some (each role has its remove link);
 * - a role listed twice: shown once, with a notice (200): the address stays usable, as a shared link should;
 * - fewer than 2 roles: not an error: the picker asks for another role (200);
 * - `add=<slug>` (the picker's and the finder's GET forms): redirect to the plain `?roles=` address;
 * - `data=<tag>`: the figures archived with that data version, with a banner when newer data exists; its
 *   presenter, handout and download links keep the pin (malformed: 400; unknown or unarchived version: 404;
 *   docs/decisions/008).
 *
 * Queries: 2 for the picker (role list, data version), 12 for any comparison of 2 to 4 roles; with `data=`, 11
 * (the archived projections take one query instead of two), plus the banner's four when the version is an older one.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const dataTag = readDataPinTag(url);
  const { result, ms, queries } = await withQueryStats(async () => {
    const selection = await readCompareSelection(url);
    const ready = selection.problems.length === 0 && selection.redirectTo === null && selection.chosen.length >= MIN_COMPARED_ROLES;
    const slugs = ready ? selection.chosen.map((c) => c.slug) : [];
    const [dataPin, comparison] = await Promise.all([
      getDataPin({ tag: dataTag, slugs, vintage: selection.vintage }),
      ready ? getRoleComparison({ slugs, vintage: selection.vintage, dataVersion: pinnedVersionFromTag(dataTag) }) : null,
    ]);
    return { selection, dataPin, comparison };
  });
  const { selection, dataPin, comparison } = result;
  if (selection.redirectTo) throw redirect(selection.redirectTo);
  const { current: dataVersion, banner: dataPinBanner } = resolveDataPin(dataPin, url);
  const slugs = selection.chosen.map((c) => c.slug);
  const csvPath = compareHref(slugs, { vintage: selection.vintage, latest: LATEST_PROFILE_VINTAGE, path: "/compare.csv" });
  return data(
    {
      vintage: selection.vintage,
      choices: selection.choices,
      chosen: selection.chosen,
      notices: selection.notices,
      problems: selection.problems,
      comparison,
      dataPinBanner,
      // A pinned page's downloads carry the same figures as its tables.
      csvHref: dataTag && comparison ? withDataPin(csvPath, dataTag) : csvPath,
      // So do its slides and handout, when pinned to an older version.
      actions: comparison
        ? comparisonActions(
            comparison.roles.map((r) => r.slug),
            selection.vintage,
            dataPinBanner?.pinned.tag,
          )
        : null,
    },
    {
      status: selection.problems.length > 0 ? 400 : 200,
      headers: publicPageHeaders({ request, dataVersionTag: dataVersion.tag, dbMs: ms, queries }),
    },
  );
}

/** The comparison's slides and handout, on the same figures as the page (`dataVersion`: an older pinned version). */
function comparisonActions(slugs: string[], vintage: ProjectionVintage, dataVersion: string | undefined) {
  return {
    present: presentHref({ slugs, vintage, latestVintage: LATEST_PROFILE_VINTAGE, dataVersion }),
    handout: compareHandoutHref(slugs, { vintage, latest: LATEST_PROFILE_VINTAGE, dataVersion }),
  };
}

export const headers: Route.HeadersFunction = ({ loaderHeaders, errorHeaders }) => errorHeaders ?? loaderHeaders;

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: profileStyles },
  { rel: "stylesheet", href: dataPinStyles },
  { rel: "stylesheet", href: styles },
];

export const meta: Route.MetaFunction = ({ data: loaderData }) => {
  const titles = loaderData?.comparison?.roles.map((r) => r.title) ?? [];
  return [
    {
      title:
        titles.length > 0
          ? `Compare ${listTitles(titles)} (${formatVintage(loaderData!.vintage)}) — Career Atlas`
          : "Compare roles — Career Atlas",
    },
    {
      name: "description",
      content: "Two to four tech roles side by side: pay, growth, skills overlap, AI impact, next steps and industries, with sources.",
    },
  ];
};

const SECTIONS = [
  { id: "quick-facts", title: "Quick facts" },
  { id: "growth-and-pay", title: "Growth and pay" },
  { id: "skills-overlap", title: "Skills overlap" },
  { id: "hot-skills", title: "Hot skills in common" },
  { id: "ai-impact", title: "AI impact" },
  { id: "leads-to", title: "Where each leads" },
  { id: "industries", title: "Industries that hire" },
] as const;

export default function ComparePage() {
  const { vintage, choices, chosen, notices, problems, comparison, csvHref, actions, dataPinBanner } = useLoaderData<typeof loader>();
  const chartCsv = (chart: CompareChart) =>
    compareHref(
      chosen.map((c) => c.slug),
      {
        vintage,
        latest: LATEST_PROFILE_VINTAGE,
        path: "/compare.csv",
        extra: { chart, ...(comparison?.pinnedDataVersion ? { data: comparison.pinnedDataVersion } : {}) },
      },
    );
  return (
    <article className="compare">
      <header className="compare-header">
        <p className="profile-header__trail">
          <Link to="/roles">All roles</Link> · Compare
        </p>
        <h1>Compare roles</h1>
        <p className="lede">
          {comparison
            ? `${listTitles(comparison.roles.map((r) => r.title))} side by side, with the BLS projections for ${formatVintage(vintage)}.`
            : "Put two to four tech roles side by side: pay, growth, the skills they share, AI impact, where each leads and who hires them."}
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

      <ComparePicker chosen={chosen} choices={choices} vintage={vintage} />
      {dataPinBanner ? <DataPinBanner banner={dataPinBanner} /> : null}

      {!comparison && problems.length === 0 ? (
        <p className="notice compare-ask" role="status">
          {chosen.length === 0
            ? "Choose two roles to start a comparison; you can add up to two more afterwards."
            : `Choose another role to compare with ${chosen[0]!.title}.`}
        </p>
      ) : null}

      {comparison && actions ? (
        <ProfileSourcesProvider sources={comparison.sources}>
          <nav className="profile-toc" aria-label="On this page">
            <ol>
              {SECTIONS.map((s) => (
                <li key={s.id}>
                  <a href={`#${s.id}`}>{s.title}</a>
                </li>
              ))}
            </ol>
          </nav>
          <p className="compare-download">
            <a href={csvHref} download>
              Download the whole comparison (CSV)
            </a>{" "}
            <span className="muted">
              One row per role with every figure, its source and data year, then one row per skill and per pair.
            </span>
          </p>
          <p className="compare-download">
            <Link to={actions.present}>Present this comparison to a class</Link>{" "}
            <span className="muted">One insight per slide, large type for a projector, with speaker notes.</span>
          </p>
          <p className="compare-download">
            <Link to={actions.handout}>Print a one-page handout</Link>{" "}
            <span className="muted">The comparison on one Letter or A4 page, with a QR code back to it.</span>
          </p>
          <CompareQuickFacts comparison={comparison} />
          <CompareCharts comparison={comparison} csvHref={chartCsv} />
          <CompareSkills comparison={comparison} />
          <CompareHotSkills comparison={comparison} />
          <CompareAiImpact comparison={comparison} />
          <CompareLeadsTo comparison={comparison} />
          <CompareIndustries comparison={comparison} />
          <SourceList sources={comparison.sources} />
        </ProfileSourcesProvider>
      ) : null}
    </article>
  );
}

export function ErrorBoundary() {
  return (
    <>
      <GeneralErrorBoundary />
      <p>
        <Link to="/compare">Start a new comparison</Link>
      </p>
    </>
  );
}
