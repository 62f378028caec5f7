import type { LoaderFunctionArgs } from "react-router";
import { getComparison } from "~/features/compare/comparison.server";
import { getDataPin } from "~/features/data-pin/queries.server";
import { pinnedVersionFromTag, readDataPinTag, resolveDataPin } from "~/features/data-pin/params.server";
import { compareCsvQuerySchema, readCompareSelection } from "~/features/compare/params.server";
import { comparisonCsvResponse } from "~/features/compare/comparison-csv.server";
import { loadPublicPage } from "~/lib/page-loader.server";
import { MIN_COMPARED_ROLES } from "~/features/compare/role-comparison";

/**
 * /compare.csv?roles=a,b[&occupations=15-1252][&vintage=][&chart=growth|pay][&data=<tag>]: the comparison as CSV, with
 * the same input rules as /compare (bad, unknown, too many or fewer than two items: 400 with a message).
 *
 * Without `chart`: the whole comparison in one table whose first column, "Row type", says what each row is:
 * - `role`, `occupation`: one per compared item, every figure of the page with its data year and source;
 * - `all occupations`: the same figures for the all-occupations line;
 * - `pay percentiles`: OEWS annual pay percentiles of each item's occupation (none on a pinned download);
 * - `other published pay`: a median wage another release publishes for the role's occupation (sources disagree);
 * - `skill`: one per skill of each role: kind, core or useful, the other compared roles that list it, O*NET marks;
 * - `skill overlap`: one per pair of roles: the weighted overlap (core = 2, useful = 1) and its points;
 * - `technology`: each occupation's O*NET Hot Technology and In Demand technologies;
 * - `AI exposure (GPTs are GPTs)`, `AI applicability (Working with AI)`: each occupation's scores, as published.
 * Columns that do not apply to a row type are empty. With `chart`: the rows of that chart only.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const dataTag = readDataPinTag(url);
  const { query, result, headers } = await loadPublicPage(request, {
    query: compareCsvQuerySchema,
    load: async () => {
      const selection = await readCompareSelection(url);
      if (selection.problems.length > 0) {
        const text = selection.problems
          .map(
            (p) =>
              p.message +
              (p.suggestions.length > 0 ? ` Did you mean ${p.suggestions.map((s) => `“${s.slug}” (${s.title})`).join(" or ")}?` : ""),
          )
          .join(" ");
        throw new Response(text, { status: 400, statusText: "Bad Request" });
      }
      if (selection.chosen.length + selection.chosenOccupations.length < MIN_COMPARED_ROLES) {
        throw new Response(
          `A comparison needs at least ${MIN_COMPARED_ROLES} roles or occupations: list them as ?roles=back-end-developer,data-scientist or ?roles=back-end-developer&occupations=29-1141.`,
          {
            status: 400,
            statusText: "Bad Request",
          },
        );
      }
      const [comparison, dataPin] = await Promise.all([
        getComparison({
          slugs: selection.chosen.map((c) => c.slug),
          occupations: selection.chosenOccupations,
          vintage: selection.vintage,
          dataVersion: pinnedVersionFromTag(dataTag),
        }),
        // No "what changed" in a download: no slugs.
        getDataPin({ tag: dataTag, slugs: [], vintage: selection.vintage }),
      ]);
      return { comparison, dataVersion: resolveDataPin(dataPin, url).current };
    },
  });
  return comparisonCsvResponse(result.comparison, query.chart, headers);
}
