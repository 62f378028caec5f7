import { data, redirect, useLoaderData } from "react-router";
import type { Route } from "./+types/roles.$slug";
import { errorMeta, GeneralErrorBoundary } from "~/ui/error-boundary";
// The quick facts and the sections after them load their JavaScript after the page hydrates (deferred-parts.tsx).
import {
  AiImpact,
  AlsoKnownAs,
  DiscussionQuestions,
  Industries,
  Progression,
  QuickFacts,
  Skills,
  WhatTheyDo,
} from "~/features/roles/components/deferred-parts";
import { OutlookCharts } from "~/features/roles/components/outlook-charts";
import { RoleNotFoundSearch } from "~/features/roles/components/role-not-found";
import { ProfileSourcesProvider } from "~/features/sources/components/sources-context";
import { SourcesAndCitation } from "~/features/roles/components/sources-and-citation";
import { ProfileHeader } from "~/features/roles/components/profile-header";
import { GlossaryProvider } from "~/features/glossary/components/glossary-context";
import { DataPinBanner } from "~/features/data-pin/components/data-pin-banner";
import { lookUpDataPin, withFigureChanges } from "~/features/data-pin/queries.server";
import { findRoleByAliasSlug, getRoleProfile } from "~/features/roles/queries.server";
import { listGlossaryDefinitions } from "~/features/glossary/queries.server";
import { formatVintage } from "~/lib/format";
import { pageHeaders } from "~/lib/http.server";
import { loadPublicPage } from "~/lib/page-loader.server";
import { redirectToLowerCaseSlug } from "~/lib/params.server";
import { roleNotFound, roleSlugParam } from "~/features/search/role-not-found.server";
import { readProjectionPeriod, vintageQuerySchema } from "~/features/periods/params.server";
import { withPeriod } from "~/features/periods/periods";
import { withDataPin } from "~/features/data-pin/data-pin";
import { dataPinQueryShape, pinnedVersionFromTag, resolveDataPin } from "~/features/data-pin/params.server";
import { glossaryTextsOf } from "~/features/roles/role-profile";
import { definitionsUsedIn } from "~/features/glossary/glossary-terms";
import { presentHref } from "~/features/present/deck-address";
import { roleHandoutHref } from "~/features/handout/handout";
import styles from "~/features/roles/profile.css?url";
import dataPinStyles from "~/features/data-pin/data-pin.css?url";
import glossaryStyles from "~/features/glossary/glossary.css?url";

export async function loader({ request, params }: Route.LoaderArgs) {
  redirectToLowerCaseSlug(request, params.slug);
  const slug = await roleSlugParam(params.slug, { path: "/roles/", href: (s) => `/roles/${s}` });
  const { url, result, headers } = await loadPublicPage(request, {
    // `&data=<tag>` pins the figures to a data version (docs/decisions/008).
    query: vintageQuerySchema.extend(dataPinQueryShape),
    load: async ({ vintage: asked, data: dataTag }, url) => {
      // The current data version comes first (one query, with the pin's): the periods, the glossary and the sources are
      // kept per version, so they cost no query once read. Then the period: the address's (400 if not loaded) or the
      // newest loaded; the figures depend on it.
      const lookup = await lookUpDataPin({ tag: dataTag });
      const version = lookup.current;
      const { period, periods } = await readProjectionPeriod(asked, { version });
      const { vintage, growthBands } = period;
      const [profile, dataPin, wholeGlossary] = await Promise.all([
        getRoleProfile({ slug, vintage, growthBands, dataVersion: pinnedVersionFromTag(dataTag), currentVersion: version }),
        withFigureChanges(lookup, { slugs: [slug], vintage }),
        listGlossaryDefinitions({ version }),
      ]);
      const { current, banner } = resolveDataPin(dataPin, url);
      // Not a role's address: maybe another name of one (`/roles/backend-developer`), answered with its address.
      const aliasOf = profile ? null : await findRoleByAliasSlug({ slug });
      return { profile, aliasOf, periods, wholeGlossary, dataPinBanner: banner, dataVersion: current };
    },
  });
  const { profile, aliasOf, periods, wholeGlossary, dataPinBanner, dataVersion } = result;
  if (aliasOf) throw redirect(`/roles/${aliasOf}${url.search}`, { status: 301, headers: { "Cache-Control": "public, max-age=300" } });
  if (!profile) {
    // A 404 that offers the roles the address's words match, if any: a guess is offered, never redirected to.
    const message = `We have no role at the address “/roles/${slug.slice(0, 80)}”.`;
    throw await roleNotFound({ slug, message, href: (s) => `/roles/${s}${url.search}`, dataVersion });
  }
  const { vintage } = profile;
  const pageUrl = withPeriod(`${url.origin}/roles/${profile.role.slug}`, { vintage, latest: periods.latest });
  // The citation names the figures shown: the pinned version's on a pinned page, else the current ones.
  const citedVersion = dataPinBanner?.pinned ?? dataVersion;
  const pinnedUrl = withDataPin(`${url.origin}/roles/${profile.role.slug}?vintage=${vintage}`, citedVersion.tag);
  // Only the terms this page defines inline travel with it (the hydration data would otherwise carry all of them).
  const glossary = definitionsUsedIn(glossaryTextsOf(profile), wholeGlossary);
  // The slides and the handout show the same figures as the page: a pin to an older version travels with them.
  const pin = { vintage, latest: periods.latest, dataVersion: dataPinBanner?.pinned.tag };
  const actions = {
    compare: withPeriod(`/compare?roles=${profile.role.slug}`, pin),
    present: presentHref({ slugs: [profile.role.slug], vintage, latestVintage: pin.latest, dataVersion: pin.dataVersion }),
    handout: roleHandoutHref(profile.role.slug, pin),
  };
  return data({ profile, periods, pageUrl, pinnedUrl, dataVersion: citedVersion, dataPinBanner, glossary, actions }, { headers });
}

export const headers = pageHeaders;

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "stylesheet", href: dataPinStyles },
  { rel: "stylesheet", href: glossaryStyles },
];

export const meta: Route.MetaFunction = ({ data: loaderData, error }) => {
  // A bad pin or period is about the link, not the role (errorTitle): only an unknown role is "Role not found".
  if (!loaderData) return errorMeta(error, "Role not found");
  const { role, vintage } = loaderData.profile;
  return [
    { title: `${role.title}: pay, outlook and skills (${formatVintage(vintage)}) — Career Atlas` },
    { name: "description", content: role.summary },
  ];
};

export default function RoleProfilePage() {
  const { profile, periods, pageUrl, pinnedUrl, dataVersion, dataPinBanner, glossary, actions } = useLoaderData<typeof loader>();
  const { role } = profile;
  return (
    <ProfileSourcesProvider sources={profile.sources}>
      <GlossaryProvider definitions={glossary}>
        <article className="profile">
          <ProfileHeader profile={profile} periods={periods} actions={actions} />
          {dataPinBanner ? <DataPinBanner banner={dataPinBanner} /> : null}
          <QuickFacts profile={profile} />
          {/* What the job is before its other names: on a phone, where the head leaves the summary out, it follows the
              quick facts (a student's pass found the list of names between them). */}
          <WhatTheyDo profile={profile} />
          <AlsoKnownAs roleTitle={role.title} aliases={profile.aliases} />
          <Skills groups={profile.skillGroups} />
          <Industries industries={profile.industries} />
          <OutlookCharts profile={profile} latestVintage={periods.latest} />
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

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary notFound={<RoleNotFoundSearch error={error} />} />;
}
