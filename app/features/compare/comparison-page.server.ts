import { redirect } from "react-router";
import { getRoleComparison } from "~/features/compare/queries.server";
import { readCompareSelection } from "~/features/compare/params.server";
import { compareHref, MIN_COMPARED_ROLES } from "~/features/compare/role-comparison";
import { getDataPin } from "~/features/data-pin/queries.server";
import { withDataPin } from "~/features/data-pin/data-pin";
import { pinnedVersionFromTag, readDataPinTag, resolveDataPin } from "~/features/data-pin/params.server";
import { loadPublicPage } from "~/lib/page-loader.server";

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
 * - `vintage=` a period that is not loaded: 400 naming the loaded ones (the newest is shown without it).
 *
 * Queries: 3 for the picker (role list, loaded periods, data version), 13 for any comparison of 2 to 4 roles; with
 * `data=`, 12 (the archived projections take one query instead of two), plus the banner's four when the version is
 * an older one.
 */
export async function loadComparisonPage(request: Request) {
  const url = new URL(request.url);
  const dataTag = readDataPinTag(url);
  const { result, headers } = await loadPublicPage(request, {
    load: async () => {
      const selection = await readCompareSelection(url);
      const ready = selection.problems.length === 0 && selection.redirectTo === null && selection.chosen.length >= MIN_COMPARED_ROLES;
      const slugs = ready ? selection.chosen.map((c) => c.slug) : [];
      const [dataPin, comparison] = await Promise.all([
        getDataPin({ tag: dataTag, slugs, vintage: selection.vintage }),
        ready
          ? getRoleComparison({
              slugs,
              vintage: selection.vintage,
              growthBands: selection.period.growthBands,
              dataVersion: pinnedVersionFromTag(dataTag),
            })
          : null,
      ]);
      if (selection.redirectTo) throw redirect(selection.redirectTo);
      const { current, banner } = resolveDataPin(dataPin, url);
      return { selection, comparison, dataVersion: current, dataPinBanner: banner };
    },
  });
  const { selection, comparison, dataPinBanner } = result;
  const csvPath = compareHref(
    selection.chosen.map((c) => c.slug),
    { vintage: selection.vintage, latest: selection.periods.latest, path: "/compare.csv" },
  );
  const page = {
    vintage: selection.vintage,
    periods: selection.periods,
    choices: selection.choices,
    chosen: selection.chosen,
    notices: selection.notices,
    problems: selection.problems,
    comparison,
    dataPinBanner,
    // A pinned page's downloads carry the same figures as its tables.
    csvHref: dataTag && comparison ? withDataPin(csvPath, dataTag) : csvPath,
  };
  return { page, status: selection.problems.length > 0 ? 400 : 200, headers };
}

export type ComparisonPageView = Awaited<ReturnType<typeof loadComparisonPage>>["page"];
