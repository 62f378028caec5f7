import { data, Link, useLoaderData } from "react-router";
import type { Route } from "./+types/roles.$slug";
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
import { GlossaryProvider } from "~/components/glossary/defined-terms";
import { DataPinBanner } from "~/components/data-pin-banner";
import { getDataPin } from "~/models/pinned.server";
import { getRoleProfile } from "~/models/roles.server";
import { listGlossaryDefinitions } from "~/models/glossary.server";
import { formatVintage } from "~/utils/format";
import { publicPageHeaders } from "~/utils/http.server";
import { CLUSTER_LABELS, LEVEL_LABELS } from "~/utils/labels";
import { parseSearchParams, slugParam, vintageQuerySchema } from "~/utils/params.server";
import { withDataPin } from "~/utils/data-pin";
import { dataPinQueryShape, pinnedVersionFromTag, resolveDataPin } from "~/utils/data-pin-query.server";
import { glossaryTextsOf, LATEST_PROFILE_VINTAGE } from "~/utils/role-profile";
import { definitionsUsedIn } from "~/utils/glossary-terms";
import { presentHref } from "~/utils/slides";
import { roleHandoutHref } from "~/utils/handout";
import styles from "~/styles/profile.css?url";
import dataPinStyles from "~/styles/data-pin.css?url";
import glossaryStyles from "~/styles/glossary.css?url";

export async function loader({ request, params }: Route.LoaderArgs) {
  const url = new URL(request.url);
  // `&data=<tag>` pins the figures to a data version (docs/decisions/008).
  const { vintage, data: dataTag } = parseSearchParams(url, vintageQuerySchema.extend(dataPinQueryShape));
  const slug = slugParam(params.slug, { noun: "role", path: "/roles/" });
  const { result, ms, queries } = await withQueryStats(() =>
    Promise.all([
      getRoleProfile({ slug, vintage, dataVersion: pinnedVersionFromTag(dataTag) }),
      getDataPin({ tag: dataTag, slugs: [slug], vintage }),
      listGlossaryDefinitions(),
    ]),
  );
  const [profile, dataPin, wholeGlossary] = result;
  if (!profile) {
    throw new Response(`We have no role at the address “/roles/${slug.slice(0, 80)}”.`, { status: 404, statusText: "Not Found" });
  }
  const { current: dataVersion, banner: dataPinBanner } = resolveDataPin(dataPin, url);
  const pageUrl = `${url.origin}/roles/${profile.role.slug}${vintage === LATEST_PROFILE_VINTAGE ? "" : `?vintage=${vintage}`}`;
  // The citation names the figures shown: the pinned version's on a pinned page, else the current ones.
  const citedVersion = dataPinBanner?.pinned ?? dataVersion;
  const pinnedUrl = withDataPin(`${url.origin}/roles/${profile.role.slug}?vintage=${vintage}`, citedVersion.tag);
  // Only the terms this page defines inline travel with it (the hydration data would otherwise carry all of them).
  const glossary = definitionsUsedIn(glossaryTextsOf(profile), wholeGlossary);
  // The slides and the handout show the same figures as the page: a pin to an older version travels with them.
  const pin = { vintage, latest: LATEST_PROFILE_VINTAGE, dataVersion: dataPinBanner?.pinned.tag };
  const actions = {
    compare: `/compare?roles=${profile.role.slug}${vintage === LATEST_PROFILE_VINTAGE ? "" : `&vintage=${vintage}`}`,
    present: presentHref({ slugs: [profile.role.slug], vintage, latestVintage: pin.latest, dataVersion: pin.dataVersion }),
    handout: roleHandoutHref(profile.role.slug, pin),
  };
  return data(
    { profile, pageUrl, pinnedUrl, dataVersion: citedVersion, dataPinBanner, glossary, actions },
    { headers: publicPageHeaders({ request, dataVersionTag: dataVersion.tag, dbMs: ms, queries }) },
  );
}

export const headers: Route.HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "stylesheet", href: dataPinStyles },
  { rel: "stylesheet", href: glossaryStyles },
];

export const meta: Route.MetaFunction = ({ data: loaderData }) => {
  if (!loaderData) return [{ title: "Role not found — Career Atlas" }];
  const { role, vintage } = loaderData.profile;
  return [
    { title: `${role.title}: pay, outlook and skills (${formatVintage(vintage)}) — Career Atlas` },
    { name: "description", content: role.summary },
  ];
};

export default function RoleProfilePage() {
  const { profile, pageUrl, pinnedUrl, dataVersion, dataPinBanner, glossary, actions } = useLoaderData<typeof loader>();
  const { role } = profile;
  return (
    <ProfileSourcesProvider sources={profile.sources}>
      <GlossaryProvider definitions={glossary}>
        <article className="profile">
          <header className="profile-header">
            <p className="profile-header__trail">
              <Link to="/roles">All roles</Link> · {CLUSTER_LABELS[role.careerCluster as keyof typeof CLUSTER_LABELS] ?? role.careerCluster}{" "}
              · {LEVEL_LABELS[role.level]}
            </p>
            <h1>{role.title}</h1>
            <p className="lede">{role.summary}</p>
            <VintageSwitch slug={role.slug} vintage={profile.vintage} />
            <p className="profile-actions">
              <Link to={actions.compare}>Compare {role.title} with other roles</Link>
              {" · "}
              <Link to={actions.present}>Present {role.title} to a class</Link>
              {" · "}
              <Link to={actions.handout}>Print a one-page handout</Link>
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
          {dataPinBanner ? <DataPinBanner banner={dataPinBanner} /> : null}
          <QuickFacts profile={profile} />
          <AlsoKnownAs roleTitle={role.title} aliases={profile.aliases} />
          <WhatTheyDo profile={profile} />
          <Skills groups={profile.skillGroups} />
          <Industries industries={profile.industries} />
          <OutlookCharts profile={profile} />
          <AiImpact profile={profile} />
          <Progression profile={profile} />
          <DiscussionQuestions questions={profile.discussionQuestions} />
          <SourcesAndCitation
            sources={profile.sources}
            roleTitle={role.title}
            pageUrl={pageUrl}
            pinnedUrl={pinnedUrl}
            dataVersion={dataVersion}
          />
        </article>
      </GlossaryProvider>
    </ProfileSourcesProvider>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary notFound={<RoleNotFoundSearch />} />;
}
