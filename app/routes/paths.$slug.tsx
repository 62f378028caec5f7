import { data, redirect } from "react-router";
import type { Route } from "./+types/paths.$slug";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { CareerPath } from "~/features/paths/components/career-path";
import { RoleNotFoundSearch } from "~/features/roles/components/role-not-found";
import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { getCareerPath } from "~/features/paths/queries.server";
import { findRoleByAliasSlug } from "~/features/roles/queries.server";
import { keptPayLookup } from "~/features/pay/queries.server";
import { pageHeaders } from "~/lib/http.server";
import { loadPublicPage } from "~/lib/page-loader.server";
import { roleNotFound, roleSlugParam } from "~/features/search/role-not-found.server";
import { readProjectionPeriod, vintageQuerySchema } from "~/features/periods/params.server";
import { citedPage } from "~/features/data-pin/cite.server";
import { CiteThisPage } from "~/features/sources/components/cite-this-page";
import styles from "~/features/paths/paths.css?url";

export async function loader({ request, params }: Route.LoaderArgs) {
  const slug = await roleSlugParam(params.slug, { path: "/paths/", href: (s) => `/paths/${s}` });
  const { url, result, headers } = await loadPublicPage(request, {
    query: vintageQuerySchema,
    load: async ({ vintage: asked }) => {
      const { period, periods } = await readProjectionPeriod(asked);
      const dataVersion = await getCurrentDataVersion();
      const path = await getCareerPath({ slug, vintage: period.vintage, payOf: await keptPayLookup(dataVersion) });
      // Another name of a role ("backend-developer") leads to its ladder, as it leads to its profile and handout.
      const aliasOf = path ? null : await findRoleByAliasSlug({ slug });
      return { path, aliasOf, periods, dataVersion };
    },
  });
  const { path, aliasOf, periods } = result;
  if (aliasOf) throw redirect(`/paths/${aliasOf}${url.search}`, { status: 301, headers: { "Cache-Control": "public, max-age=300" } });
  if (!path) {
    // Offers the ladders of the roles the address's words match, if any (app/features/search/role-not-found.server.ts).
    const message = `We have no role at the address “/paths/${slug.slice(0, 80)}”, so we cannot show its career ladder.`;
    throw await roleNotFound({ slug, message, href: (s) => `/paths/${s}${url.search}`, dataVersion: result.dataVersion });
  }
  const citation = citedPage({
    request,
    title: `${path.role.title}: career ladder and next rungs`,
    dataVersion: result.dataVersion,
    pinnable: false,
  });
  return data({ path, periods, citation }, { headers });
}

export const headers = pageHeaders;

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: Route.MetaFunction = ({ data: loaderData }) => {
  if (!loaderData) return [{ title: "Career ladder not found — Career Atlas" }];
  const { role, next } = loaderData.path;
  const description =
    next.length > 0
      ? `Where ${role.title} can lead (${next.map((n) => n.role.title).join(", ")}) and the skills to add for each next rung.`
      : `${role.title} is the top of its ladders in our data: where people come to it from, and related moves.`;
  return [{ title: `${role.title}: career ladder and next rungs — Career Atlas` }, { name: "description", content: description }];
};

export default function CareerPathPage({ loaderData }: Route.ComponentProps) {
  return (
    <>
      <CareerPath path={loaderData.path} periods={loaderData.periods} />
      <CiteThisPage citation={loaderData.citation} sources={loaderData.path.sources} />
    </>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary notFound={<RoleNotFoundSearch error={error} />} />;
}
