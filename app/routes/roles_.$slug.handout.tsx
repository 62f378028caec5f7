import { data, redirect, useLoaderData } from "react-router";
import type { Route } from "./+types/roles_.$slug.handout";
import { errorMeta, GeneralErrorBoundary } from "~/ui/error-boundary";
import { HandoutSheet } from "~/features/handout/components/handout-sheet";
import { RoleHandoutBody } from "~/features/handout/components/role-handout";
import { RoleNotFoundSearch } from "~/features/roles/components/role-not-found";
import { getDataPin } from "~/features/data-pin/queries.server";
import { findRoleByAliasSlug, getRoleProfile } from "~/features/roles/queries.server";
import { formatCalendarDate, formatVintage, formatWageYear } from "~/lib/format";
import { handoutCitation, pinnedRoleUrl, roleHandout } from "~/features/handout/handout";
import { pageHeaders } from "~/lib/http.server";
import { loadPublicPage } from "~/lib/page-loader.server";
import { LEVEL_LABELS } from "~/features/roles/labels";
import { withDataPin } from "~/features/data-pin/data-pin";
import { dataPinQueryShape, pinnedVersionFromTag, resolveDataPin } from "~/features/data-pin/params.server";
import { redirectToLowerCaseSlug } from "~/lib/params.server";
import { roleNotFound, roleSlugParam } from "~/features/search/role-not-found.server";
import { readProjectionPeriod, vintageQuerySchema } from "~/features/periods/params.server";
import { withPeriod } from "~/features/periods/periods";
import { createQrCodeSvg } from "~/features/handout/qr.server";
import profileStyles from "~/features/roles/profile.css?url";
import styles from "~/features/handout/handout.css?url";

/**
 * /roles/<slug>/handout[?vintage=2022-32][&data=v3-1a2b3c4d]: the role on one printed page (Letter or A4), with a
 * QR code back to the profile pinned to the vintage and to the data version the figures come from: the current
 * one, or the one `data=` names (read as the profile reads it). The profile's model queries, without its glossary.
 * Malformed or unloaded period, or malformed data tag: 400; unknown role or data version: 404.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const url = new URL(request.url);
  redirectToLowerCaseSlug(request, params.slug);
  const slug = await roleSlugParam(params.slug, { path: "/roles/", href: (s) => `/roles/${s}/handout` });
  const { result, headers } = await loadPublicPage(request, {
    query: vintageQuerySchema.extend(dataPinQueryShape),
    load: async ({ vintage: asked, data: dataTag }) => {
      const { period, periods } = await readProjectionPeriod(asked);
      const [profile, dataPin] = await Promise.all([
        getRoleProfile({ slug, vintage: period.vintage, dataVersion: pinnedVersionFromTag(dataTag) }),
        getDataPin({ tag: dataTag, slugs: [], vintage: period.vintage }),
      ]);
      const { current, banner } = resolveDataPin(dataPin, url);
      return { profile, latest: periods.latest, banner, dataVersion: current };
    },
  });
  const { profile, latest, banner, dataVersion: current } = result;
  // Another name of a role (`/roles/backend-developer/handout`): its handout, as the profile redirects.
  const aliasOf = profile ? null : await findRoleByAliasSlug({ slug });
  if (aliasOf)
    throw redirect(`/roles/${aliasOf}/handout${url.search}`, { status: 301, headers: { "Cache-Control": "public, max-age=300" } });
  if (!profile) {
    // Offers the handouts of the roles the address's words match, if any (app/features/search/role-not-found.server.ts).
    const message = `We have no role at the address “/roles/${slug.slice(0, 80)}”, so there is no handout for it.`;
    throw await roleNotFound({ slug, message, href: (s) => `/roles/${s}/handout${url.search}`, dataVersion: current });
  }
  const { vintage } = profile;
  // A pinned handout prints the pinned version's figures: cite that version and pin the QR code to it.
  const dataVersion = banner?.pinned ?? current;
  const handout = roleHandout(profile);
  const pinnedUrl = pinnedRoleUrl({ origin: url.origin, slug: profile.role.slug, vintage, dataVersion: dataVersion.tag });
  const profileHref = withPeriod(`/roles/${profile.role.slug}`, { vintage, latest });
  const p = profile.quickFacts.projection;
  const citation = handoutCitation({
    statistics: profile.sources.find((s) => s.id === p?.sourceId),
    periodLabel: formatVintage(vintage),
    wageYearLabel: p?.wageYear ? formatWageYear(p.wageYear) : null,
    dataVersion: dataVersion.tag,
    loadedOn: formatCalendarDate(dataVersion.loadedAt),
  });
  return data(
    { handout, qr: createQrCodeSvg(pinnedUrl), citation, backHref: banner ? withDataPin(profileHref, banner.pinned.tag) : profileHref },
    { headers },
  );
}

export const headers = pageHeaders;

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: profileStyles },
  { rel: "stylesheet", href: styles },
];

export const meta: Route.MetaFunction = ({ data: loaderData, error }) => {
  if (!loaderData) return errorMeta(error, "Handout not found");
  const { role, vintage } = loaderData.handout;
  return [
    { title: `${role.title}: one-page handout (${formatVintage(vintage)}) — Career Atlas` },
    {
      name: "description",
      content: `A printable one-page summary of ${role.title}: pay, growth, hot skills, next roles and AI impact, with sources.`,
    },
  ];
};

export default function RoleHandoutPage() {
  const { handout, qr, citation, backHref } = useLoaderData<typeof loader>();
  const { role, vintage } = handout;
  const period = formatVintage(vintage);
  return (
    <HandoutSheet
      kicker={`Career Atlas handout · ${LEVEL_LABELS[role.level]} · BLS projections ${period}`}
      title={role.title}
      lede={<p>{role.summary}</p>}
      qr={qr}
      qrDescription={`opens the ${role.title} profile with the ${period} projections and this handout's data version`}
      backHref={backHref}
      backLabel={`Back to the ${role.title} profile`}
      citation={citation}
      sources={handout.sources}
    >
      <RoleHandoutBody handout={handout} />
    </HandoutSheet>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary notFound={<RoleNotFoundSearch error={error} />} />;
}
