import { data, type HeadersFunction, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { isRouteErrorResponse, Link, useLoaderData, useRouteError } from "@remix-run/react";
import { withQueryStats } from "~/db.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { AiImpact } from "~/components/profile/ai-impact";
import { AlsoKnownAs } from "~/components/profile/also-known-as";
import { DiscussionQuestions } from "~/components/profile/discussion-questions";
import { Industries } from "~/components/profile/industries";
import { OutlookCharts } from "~/components/profile/outlook-charts";
import { PROFILE_SECTIONS } from "~/components/profile/profile-section";
import { Progression } from "~/components/profile/progression";
import { QuickFacts } from "~/components/profile/quick-facts";
import { RoleNotFoundSearch } from "~/components/profile/role-not-found";
import { Skills } from "~/components/profile/skills";
import { ProfileSourcesProvider } from "~/components/profile/sources-context";
import { SourcesAndCitation } from "~/components/profile/sources-and-citation";
import { VintageSwitch } from "~/components/profile/vintage-switch";
import { WhatTheyDo } from "~/components/profile/what-they-do";
import { getCurrentDataVersion } from "~/models/data-version.server";
import { getRoleProfile } from "~/models/roles.server";
import { formatVintage } from "~/utils/format";
import { publicPageHeaders } from "~/utils/http.server";
import { CLUSTER_LABELS, LEVEL_LABELS } from "~/utils/labels";
import { parseSearchParams, slugParam, vintageQuerySchema } from "~/utils/params.server";
import { LATEST_PROFILE_VINTAGE, PROJECTION_VINTAGES } from "~/utils/role-profile";
import styles from "~/styles/profile.css";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const { vintage } = parseSearchParams(url, vintageQuerySchema);
  const slug = slugParam(params.slug, { noun: "role", path: "/roles/" });
  const { result, ms, queries } = await withQueryStats(() => Promise.all([getRoleProfile({ slug, vintage }), getCurrentDataVersion()]));
  const [profile, dataVersion] = result;
  if (!profile) {
    throw new Response(`We have no role at the address “/roles/${slug.slice(0, 80)}”.`, { status: 404, statusText: "Not Found" });
  }
  if (!dataVersion) {
    throw new Response("No data has been loaded yet. Run `npm run seed load`.", { status: 503 });
  }
  const pageUrl = `${url.origin}/roles/${profile.role.slug}${vintage === LATEST_PROFILE_VINTAGE ? "" : `?vintage=${vintage}`}`;
  return data(
    { profile, pageUrl, dataVersion: { tag: dataVersion.tag, loadedAt: dataVersion.loadedAt } },
    { headers: publicPageHeaders({ request, dataVersionTag: dataVersion.tag, dbMs: ms, queries }) },
  );
}

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => {
  if (!loaderData) return [{ title: "Role not found — Career Atlas" }];
  const { role, vintage } = loaderData.profile;
  return [
    { title: `${role.title}: pay, outlook and skills (${formatVintage(vintage)}) — Career Atlas` },
    { name: "description", content: role.summary },
  ];
};

export default function RoleProfilePage() {
  const { profile, pageUrl, dataVersion } = useLoaderData<typeof loader>();
  const { role } = profile;
  return (
    <ProfileSourcesProvider sources={profile.sources}>
      <article className="profile">
        <header className="profile-header">
          <p className="profile-header__trail">
            <Link to="/roles">All roles</Link> · {CLUSTER_LABELS[role.careerCluster as keyof typeof CLUSTER_LABELS] ?? role.careerCluster} ·{" "}
            {LEVEL_LABELS[role.level]}
          </p>
          <h1>{role.title}</h1>
          <p className="lede">{role.summary}</p>
          <VintageSwitch slug={role.slug} vintage={profile.vintage} />
          <p className="profile-actions">
            <Link to={`/compare?roles=${role.slug}${profile.vintage === LATEST_PROFILE_VINTAGE ? "" : `&vintage=${profile.vintage}`}`}>
              Compare {role.title} with other roles
            </Link>
          </p>
          <nav className="profile-toc" aria-label="On this page">
            <ol>
              {PROFILE_SECTIONS.map((s) => (
                <li key={s.id}>
                  <a href={`#${s.id}`}>{s.title}</a>
                </li>
              ))}
            </ol>
          </nav>
        </header>
        <QuickFacts profile={profile} />
        <AlsoKnownAs roleTitle={role.title} aliases={profile.aliases} />
        <WhatTheyDo profile={profile} />
        <Skills groups={profile.skillGroups} />
        <Industries industries={profile.industries} />
        <OutlookCharts profile={profile} />
        <AiImpact profile={profile} />
        <Progression profile={profile} />
        <DiscussionQuestions questions={profile.discussionQuestions} />
        <SourcesAndCitation sources={profile.sources} roleTitle={role.title} pageUrl={pageUrl} dataVersion={dataVersion} />
      </article>
    </ProfileSourcesProvider>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  return (
    <>
      <GeneralErrorBoundary />
      {isRouteErrorResponse(error) && error.status === 404 ? <RoleNotFoundSearch /> : null}
    </>
  );
}
