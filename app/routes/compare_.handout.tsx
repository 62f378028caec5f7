import { data, Link, useLoaderData } from "react-router";
import type { Route } from "./+types/compare_.handout";
import { listTitles } from "~/lib/list-titles";
import { errorMeta, GeneralErrorBoundary } from "~/ui/error-boundary";
import { ComparisonHandoutBody } from "~/features/handout/components/comparison-handout";
import { HandoutSheet } from "~/features/handout/components/handout-sheet";
import { comparisonPrintType } from "~/features/handout/print-type";
import { getRoleComparison } from "~/features/compare/queries.server";
import { getDataPin } from "~/features/data-pin/queries.server";
import { readCompareSelection } from "~/features/compare/params.server";
import { withDataPin } from "~/features/data-pin/data-pin";
import { pinnedVersionFromTag, readDataPinTag, resolveDataPin } from "~/features/data-pin/params.server";
import { formatCalendarDate, formatVintage, formatWageYear } from "~/lib/format";
import { comparisonHandout, handoutCitation, mixedComparisonHandout, pinnedCompareUrl } from "~/features/handout/handout";
import { getComparison } from "~/features/compare/comparison.server";
import { pageHeaders } from "~/lib/http.server";
import { loadPublicPage } from "~/lib/page-loader.server";
import { createQrCodeSvg } from "~/features/handout/qr.server";
import { compareHref, MAX_COMPARED_ROLES, MIN_COMPARED_ROLES } from "~/features/compare/role-comparison";
import profileStyles from "~/features/roles/profile.css?url";
import styles from "~/features/handout/handout.css?url";

/**
 * /compare/handout?roles=a,b[,c,d][&occupations=29-1141][&vintage=2022-32][&data=v3-1a2b3c4d]: a comparison of 2 to 4
 * roles and BLS occupations (roles first, as on /compare) on one printed page, with a
 * QR code back to the comparison pinned to the vintage and to the data version the figures come from: the current
 * one, or the one `data=` names. The address is read exactly as /compare reads it (readCompareSelection,
 * readDataPinTag); a handout has no picker, so every problem is an error page:
 * malformed `roles`, `occupations`, `vintage` or `data`, a period that is not loaded, an unknown role,
 * more than 4 items, or fewer than 2: 400 with a message, as /compare answers them; an unknown occupation code (the
 * message names it) or an unknown or unarchived data version: 404.
 * Queries: the compare page's without its banner's "what changed" (role list + loaded periods + comparison with the
 * pay percentiles of its medians' surveys + data version = 14; 13 with `data=`, whose archived projections take one
 * query instead of two), whatever the number of roles. With occupations, the compare page's own comparison
 * (getComparison, so the handout prints the page's figures) and the occupations' titles: 19 with roles.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const dataTag = readDataPinTag(url);
  const { result, headers } = await loadPublicPage(request, {
    load: async () => {
      const selection = await readCompareSelection(url);
      const count = selection.chosen.length + selection.chosenOccupations.length;
      const ready = selection.problems.length === 0 && count >= MIN_COMPARED_ROLES;
      const withOccupations = selection.chosenOccupations.length > 0;
      const slugs = selection.chosen.map((c) => c.slug);
      const dataVersion = pinnedVersionFromTag(dataTag);
      const [dataPin, comparison] = await Promise.all([
        getDataPin({ tag: dataTag, slugs: [], vintage: selection.vintage }),
        !ready
          ? null
          : withOccupations
            ? getComparison({
                slugs,
                occupations: selection.chosenOccupations,
                vintage: selection.vintage,
                growthBands: selection.period.growthBands,
                dataVersion,
              })
            : getRoleComparison({ slugs, vintage: selection.vintage, dataVersion }),
      ]);
      if (selection.problems.length > 0) {
        const messages = selection.problems.map((problem) => {
          const titles = problem.suggestions.map((s) => `“${s.title}” (${s.slug})`);
          if (titles.length === 0) return problem.message;
          return `${problem.message} Did you mean ${
            titles.length === 1 ? titles[0] : `${titles.slice(0, -1).join(", ")} or ${titles[titles.length - 1]}`
          }?`;
        });
        // As on the compare page and its CSV: a role or an occupation code we do not have is a bad comparison address.
        throw new Response(messages.join(" "), { status: 400, statusText: "Bad Request" });
      }
      if (!comparison) {
        throw new Response(
          `A comparison handout needs ${MIN_COMPARED_ROLES} to ${MAX_COMPARED_ROLES} roles and occupations, listed as roles=a,b or occupations=15-1252,29-1141 in the address (this one lists ${count}). Pick them on the compare page, then print from there.`,
          { status: 400, statusText: "Bad Request" },
        );
      }
      const { current, banner } = resolveDataPin(dataPin, url);
      return { selection, comparison, banner, dataVersion: current };
    },
  });
  const { selection, comparison, banner, dataVersion: current } = result;
  // A pinned handout prints the pinned version's figures: cite that version and pin the QR code to it.
  const dataVersion = banner?.pinned ?? current;
  const slugs = comparison.roles.map((r) => r.slug);
  const occupations = "occupations" in comparison ? comparison.occupations.map((o) => o.socCode) : [];
  const handout = "columns" in comparison ? mixedComparisonHandout(comparison) : comparisonHandout(comparison);
  const pinnedUrl = pinnedCompareUrl({ origin: url.origin, slugs, occupations, vintage: selection.vintage, dataVersion: dataVersion.tag });
  const projection = handout.roles.find((r) => r.projection)?.projection ?? null;
  const citation = handoutCitation({
    statistics: comparison.sources.find((s) => s.id === (projection?.sourceId ?? comparison.allOccupations?.sourceId)),
    periodLabel: formatVintage(selection.vintage),
    wageYearLabel: projection?.wageYear ? formatWageYear(projection.wageYear) : null,
    dataVersion: dataVersion.tag,
    loadedOn: formatCalendarDate(dataVersion.loadedAt),
  });
  const compareLink = compareHref(slugs, { vintage: selection.vintage, latest: selection.periods.latest, occupations });
  return data(
    {
      handout,
      qr: createQrCodeSvg(pinnedUrl),
      citation,
      backHref: banner ? withDataPin(compareLink, banner.pinned.tag) : compareLink,
      notices: selection.notices,
    },
    { headers },
  );
}

export const headers = pageHeaders;

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: profileStyles },
  { rel: "stylesheet", href: styles },
];

export const meta: Route.MetaFunction = ({ data: loaderData, error }) => {
  if (!loaderData) return errorMeta(error, "Comparison handout not found");
  const titles = loaderData.handout.roles.map((r) => r.title);
  return [
    { title: `Compare ${listTitles(titles)}: one-page handout (${formatVintage(loaderData.handout.vintage)}) — Career Atlas` },
    {
      name: "description",
      content: `A printable one-page comparison of ${listTitles(titles)}: pay, growth, hot skills, next roles and AI impact, with sources.`,
    },
  ];
};

export default function ComparisonHandoutPage() {
  const { handout, qr, citation, backHref, notices } = useLoaderData<typeof loader>();
  const titles = handout.roles.map((r) => r.title);
  const period = formatVintage(handout.vintage);
  return (
    <HandoutSheet
      kicker={`Career Atlas handout · comparison · BLS projections ${period}`}
      title={`Compare: ${listTitles(titles)}`}
      lede={notices.map((notice) => (
        <p key={notice} className="handout-note">
          {notice}
        </p>
      ))}
      qr={qr}
      qrDescription={`opens this comparison with the ${period} projections and this handout's data version`}
      backHref={backHref}
      backLabel="Back to the comparison"
      citation={citation}
      sources={handout.sources}
      printType={comparisonPrintType(handout.roles.length)}
    >
      <ComparisonHandoutBody handout={handout} />
    </HandoutSheet>
  );
}

export function ErrorBoundary() {
  return (
    <>
      <GeneralErrorBoundary />
      <p>
        <Link to="/compare">Start a new comparison</Link>, then print its handout.
      </p>
    </>
  );
}
