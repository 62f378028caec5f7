import { redirect } from "react-router";
import { getComparison } from "~/features/compare/comparison.server";
import { readCompareSelection } from "~/features/compare/params.server";
import { compareHref, MIN_COMPARED_ROLES } from "~/features/compare/role-comparison";
import { lookUpDataPin, withFigureChanges } from "~/features/data-pin/queries.server";
import { withDataPin } from "~/features/data-pin/data-pin";
import { pinnedVersionFromTag, readDataPinTag, resolveDataPin } from "~/features/data-pin/params.server";
import { loadPublicPage } from "~/lib/page-loader.server";

/**
 * /compare?roles=a,b[&occupations=15-1252,29-1141][&vintage=2022-32]: 2 to 4 roles and BLS occupations side by side
 * (roles first, each list in its order). The address is the whole state; a role-only address is what it always was.
 *
 * Input, never a 500:
 * - malformed `roles` (longer than 400 characters, or an entry that is not a slug), `occupations` (an entry that is
 *   not a code such as 15-1252) or `vintage`: 400 with a message naming it;
 * - an unknown role: 400, the page names it, offers "did you mean" from the title search and keeps the picker;
 * - an unknown occupation code (or 00-0000, all occupations, already the last column): 400 naming it, with the picker;
 * - more than 4 roles and occupations: 400, the page asks to remove some (each has its remove link);
 * - an item listed twice: shown once, with a notice (200): the address stays usable, as a shared link should;
 * - fewer than 2 items: not an error: the picker asks for another (200);
 * - `add=<slug>` (the picker's and the finder's GET forms) or `find=<code>`: redirect to the plain address (keeping
 *   `find=` words typed with a role chosen, while there is room for an occupation);
 * - `find=<words>`: the page lists the occupations whose titles match, each a link that adds it (200);
 * - `data=<tag>`: the figures archived with that data version, with a banner when newer data exists; its
 *   presenter, handout and download links keep the pin (malformed: 400; unknown or unarchived version: 404;
 *   docs/decisions/008).
 *
 * - `vintage=` a period that is not loaded: 400 naming the loaded ones (the newest is shown without it).
 *
 * Queries, whatever the number of items, once the data version's role list, periods and sources are kept (the
 * version's first page reads them: three more): 1 for the picker (the data version; 2 when the address lists an
 * occupation, one more for its title), 11 for a comparison of roles only, 16 for roles and occupations, 7 for
 * occupations only (getComparison); with `data=`, one fewer for roles (the archived projections take one query instead
 * of two), plus the banner's six when the version is an older one. Before the kept parts (ADR 013, amended
 * 2026-12-07): 3, 14, 19 and 10.
 */
export async function loadComparisonPage(request: Request) {
  const url = new URL(request.url);
  const dataTag = readDataPinTag(url);
  const { result, headers } = await loadPublicPage(request, {
    load: async () => {
      // The current data version first (one query, with the pin's): the role list, the periods and the sources are
      // kept per version, so they cost no query once read.
      const lookup = await lookUpDataPin({ tag: dataTag });
      const version = lookup.current;
      const selection = await readCompareSelection(url, { version });
      const ready =
        selection.problems.length === 0 &&
        selection.redirectTo === null &&
        selection.chosen.length + selection.chosenOccupations.length >= MIN_COMPARED_ROLES;
      const slugs = ready ? selection.chosen.map((c) => c.slug) : [];
      const [dataPin, comparison] = await Promise.all([
        withFigureChanges(lookup, { slugs, vintage: selection.vintage }),
        ready
          ? getComparison({
              slugs,
              occupations: selection.chosenOccupations,
              vintage: selection.vintage,
              growthBands: selection.period.growthBands,
              dataVersion: pinnedVersionFromTag(dataTag),
              currentVersion: version,
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
    {
      vintage: selection.vintage,
      latest: selection.periods.latest,
      path: "/compare.csv",
      occupations: selection.chosenOccupations.map((o) => o.socCode),
      extra: { table: "figures" },
    },
  );
  const page = {
    vintage: selection.vintage,
    periods: selection.periods,
    choices: selection.choices,
    chosen: selection.chosen,
    chosenOccupations: selection.chosenOccupations,
    occupationSearch: selection.occupationSearch,
    notices: selection.notices,
    problems: selection.problems,
    comparison,
    dataPinBanner,
    // A pinned page's downloads carry the same figures as its tables.
    csvHref: dataTag && comparison ? withDataPin(csvPath, dataTag) : csvPath,
  };
  // The current data version too, for the page's citation (a pinned page cites dataPinBanner.pinned instead).
  return { page, status: selection.problems.length > 0 ? 400 : 200, headers, dataVersion: result.dataVersion };
}

export type ComparisonPageView = Awaited<ReturnType<typeof loadComparisonPage>>["page"];
