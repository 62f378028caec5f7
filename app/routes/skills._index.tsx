import { data, Link, useLoaderData } from "react-router";
import type { Route } from "./+types/skills._index";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { ProfileSourcesProvider } from "~/features/sources/components/sources-context";
import { SkillCatalog } from "~/features/skills/components/skill-catalog";
import { SkillFilterForm } from "~/features/skills/components/skill-filters";
import { SkillMarksLegend } from "~/features/skills/components/skill-marks";
import { SkillSources } from "~/features/skills/components/skill-sources";
import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { listSkills } from "~/features/skills/queries.server";
import { listSourcesByIds } from "~/features/sources/queries.server";
import { pageHeaders } from "~/lib/http.server";
import { citedPage } from "~/features/data-pin/cite.server";
import { CiteThisPage } from "~/features/sources/components/cite-this-page";
import { loadPublicPage } from "~/lib/page-loader.server";
import { SKILL_KIND_LABELS } from "~/features/roles/labels";
import { skillsQuerySchema } from "~/features/skills/params.server";
import { onetReleaseLabel, type SkillFilters } from "~/features/skills/skills";
import profileStyles from "~/features/roles/profile.css?url";
import styles from "~/features/skills/skills.css?url";

export async function loader({ request }: Route.LoaderArgs) {
  const { result, headers } = await loadPublicPage(request, {
    query: skillsQuerySchema,
    load: async (query) => {
      const filters: SkillFilters = { kind: query.kind, hot: query.hot === "1", q: query.q || undefined };
      const [catalog, dataVersion] = await Promise.all([listSkills({ filters }), getCurrentDataVersion()]);
      const sources = await listSourcesByIds({ ids: catalog.sourceIds });
      return { filters, catalog, dataVersion, sources };
    },
  });
  const { filters, catalog, sources, dataVersion } = result;
  const citation = citedPage({ request, title: skillsPageTitle(filters), dataVersion, pinnable: false });
  const onetSourceId = catalog.groups.flatMap((g) => g.skills).find((s) => s.marks.onetSourceId)?.marks.onetSourceId ?? null;
  return data(
    {
      filters,
      groups: catalog.groups,
      total: catalog.total,
      sources,
      onetSourceId,
      onetRelease: onetReleaseLabel(sources.find((s) => s.id === onetSourceId)),
      citation,
    },
    { headers },
  );
}

export const headers = pageHeaders;

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: profileStyles },
  { rel: "stylesheet", href: styles },
];

export const meta: Route.MetaFunction = ({ data: page }) => {
  const description = "Every skill tech roles need, by kind, with the roles that need it and O*NET's Hot Technology and In Demand marks.";
  if (!page) return [{ title: "Skills — Career Atlas" }];
  return [{ title: `${skillsPageTitle(page.filters)} — Career Atlas` }, { name: "description", content: description }];
};

/** The page's title without the site's name (its <title> and its citation). */
function skillsPageTitle(filters: SkillFilters): string {
  return filters.kind || filters.hot || filters.q ? `Skills: ${describeFilters(filters)}` : "Skills for tech careers";
}

/** "Databases, marked hot or in demand, matching “sql”" */
function describeFilters(filters: SkillFilters): string {
  const parts = [
    filters.kind ? SKILL_KIND_LABELS[filters.kind] : "every kind",
    ...(filters.hot ? ["marked hot or in demand"] : []),
    ...(filters.q ? [`matching “${filters.q}”`] : []),
  ];
  return parts.join(", ");
}

export default function SkillsPage() {
  const { filters, groups, total, sources, onetSourceId, onetRelease, citation } = useLoaderData<typeof loader>();
  const filtered = Boolean(filters.kind || filters.hot || filters.q);
  return (
    <ProfileSourcesProvider sources={sources}>
      <div className="skills-page">
        <h1>Skills</h1>
        <p className="lede">
          The skills tech roles need, grouped by kind: what each one is, how many roles list it as core or useful, and whether it is marked
          hot or in demand. Open a skill to see the roles that need it, their growth and pay, and where it can lead. Beyond our catalogue:{" "}
          <Link to="/technologies">every technology O*NET marks hot or in demand</Link>.
        </p>
        <SkillFilterForm filters={filters} />
        <p className="skill-results" role="status">
          {total === 0
            ? "No skill matches these filters."
            : `${total} skill${total === 1 ? "" : "s"}${filtered ? `: ${describeFilters(filters)}` : ""}.`}{" "}
          {filtered ? <Link to="/skills">Show every skill</Link> : null}
        </p>
        {onetSourceId ? <SkillMarksLegend onetRelease={onetRelease} onetSourceId={onetSourceId} /> : null}
        <SkillCatalog groups={groups} onetRelease={onetRelease} />
        <SkillSources sources={sources} />
        <CiteThisPage citation={citation} sources={sources} />
      </div>
    </ProfileSourcesProvider>
  );
}

export function ErrorBoundary() {
  return (
    <>
      <GeneralErrorBoundary />
      <p>
        <Link to="/skills">Show every skill</Link>
      </p>
    </>
  );
}
