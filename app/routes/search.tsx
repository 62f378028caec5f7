import { data } from "react-router";
import type { Route } from "./+types/search";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { SkillFromSearch } from "~/features/explore/components/skill-from-search";
import { findSkillNamed } from "~/features/explore/skills-explorer.server";
import { SearchPage } from "~/features/search/components/search-page";
import { TitleSearch } from "~/features/search/components/title-search";
import { loadSearchPage } from "~/features/search/search-page.server";
import { pageHeaders } from "~/lib/http.server";

export async function loader({ request }: Route.LoaderArgs) {
  const { page, headers, dataVersion } = await loadSearchPage(request);
  // A skill or technology typed instead of a title ("python", "figma"): its page, the map and the skills explorer.
  const skill = page.query && dataVersion ? await findSkillNamed(page.query, dataVersion) : null;
  return data({ ...page, skill }, { headers });
}

export const headers = pageHeaders;

const SEARCH_DESCRIPTION =
  "Find a tech role or any occupation by its job title, including other names from O*NET, BLS and career articles, with typos forgiven.";

// Results pages stay indexable: they are public, the same for everyone, and answer what people search for
// ("server side developer"), each linking to the page it names (ADR 007).
export const meta: Route.MetaFunction = ({ data: page }) => {
  if (!page?.query) return [{ title: "Search job titles — Career Atlas" }, { name: "description", content: SEARCH_DESCRIPTION }];
  const best = page.roles[0] ?? page.occupations[0];
  const count = page.roles.length + page.occupations.length;
  return [
    { title: `“${page.query}”: ${count === 0 ? "no matches" : count === 1 ? "1 match" : `${count} matches`} — Career Atlas search` },
    {
      name: "description",
      content: best
        ? `Careers matching “${page.query}”, best match ${best.title}, with what it pays, how fast it grows and which skills it needs.`
        : SEARCH_DESCRIPTION,
    },
  ];
};

export default function Search({ loaderData }: Route.ComponentProps) {
  const { skill, ...page } = loaderData;
  return <SearchPage page={page} skillSection={skill ? <SkillFromSearch query={page.query} skill={skill} /> : null} />;
}

export function ErrorBoundary() {
  // The header box is hidden on /search (the page has its own), so the error page brings one back.
  return (
    <>
      <GeneralErrorBoundary />
      <TitleSearch variant="page" />
    </>
  );
}
