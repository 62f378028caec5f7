import { redirect, type LoaderFunctionArgs } from "react-router";
import { parseSearchParams } from "~/lib/params.server";
import { getComparison } from "~/features/compare/comparison.server";
import { getDataPin } from "~/features/data-pin/queries.server";
import { pinnedVersionFromTag, readDataPinTag, resolveDataPin } from "~/features/data-pin/params.server";
import { compareCsvQuerySchema, readCompareSelection } from "~/features/compare/params.server";
import { comparisonCsvFile } from "~/features/compare/comparison-csv.server";
import { listOpeningsSplits, type OpeningsSplit } from "~/features/compare/occupation-comparison.server";
import { loadPublicPage } from "~/lib/page-loader.server";
import { MIN_COMPARED_ROLES } from "~/features/compare/role-comparison";
import { refuseWrites } from "~/lib/http.server";
import { sendCsv } from "~/lib/csv-download.server";

/** Read-only: any other method is a 405 with Allow. */
export const action = refuseWrites;

/**
 * /compare.csv?roles=a,b[&occupations=15-1252]&table=<table>|chart=<growth|pay>[&vintage=][&data=<tag>]: the comparison
 * as CSV, with the same input rules as /compare (bad, unknown, too many or fewer than two items: 400 with a message).
 *
 * Each file holds one kind of row (docs/decisions/020): `table=` figures (one row per role, occupation and all
 * occupations), pay-percentiles, other-pay, skills, skill-overlap, technologies, ai-exposure, ai-applicability;
 * `chart=` the rows of one chart. A table this comparison has no rows for (technologies of roles only, say) is a 404
 * that says why and where that data is, never a header alone. The former address without either (one table of nine row types) is moved for good
 * (301) to `table=figures`, so saved links, lessons and QR codes still download the figures.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const asked = parseSearchParams(url, compareCsvQuerySchema);
  if (asked.chart && asked.table) {
    throw new Response("Ask for one chart= or one table= of the comparison, not both.", { status: 400, statusText: "Bad Request" });
  }
  if (!asked.chart && !asked.table) {
    // Appended as written, so the address keeps its own spelling (`roles=a,b`, not `a%2Cb`).
    throw redirect(`${url.pathname}${url.search}${url.search ? "&" : "?"}table=figures`, {
      status: 301,
      headers: { "Cache-Control": "public, max-age=300" },
    });
  }
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
      const dataVersion = pinnedVersionFromTag(dataTag);
      const [comparison, dataPin] = await Promise.all([
        getComparison({
          slugs: selection.chosen.map((c) => c.slug),
          occupations: selection.chosenOccupations,
          vintage: selection.vintage,
          dataVersion,
        }),
        // No "what changed" in a download: no slugs.
        getDataPin({ tag: dataTag, slugs: [], vintage: selection.vintage }),
      ]);
      const { current, banner } = resolveDataPin(dataPin, url);
      // The figures table's openings split of the roles' occupations and of all occupations (one query; the page shows none).
      const roleCodes = comparison.columns.flatMap((c) => (c.kind === "role" ? [c.occupation.socCode] : []));
      const openingsSplits: ReadonlyMap<string, OpeningsSplit> =
        asked.table === "figures" ? await listOpeningsSplits({ codes: roleCodes, vintage: selection.vintage, dataVersion }) : new Map();
      // The figures' own version names each row: the pinned one on a pinned page.
      return { comparison, openingsSplits, dataVersion: current, figuresVersionTag: (banner?.pinned ?? current).tag };
    },
  });
  const choice = query.chart ? { chart: query.chart } : { table: query.table ?? "figures" };
  return sendCsv({
    request,
    context,
    headers,
    file: () => comparisonCsvFile(result.comparison, choice, result.openingsSplits, result.figuresVersionTag),
  });
}
