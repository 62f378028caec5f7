import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { BULK_TABLES, bulkDownloadName, bulkFileName } from "~/features/open-data/bulk-download.server";
import { API_OPERATIONS } from "~/features/open-data/openapi.server";
import { loadPublicPage } from "~/lib/page-loader.server";

/** /data: how to get the data (CSV downloads, the bulk download, the JSON API) and under which licences. One query. */
export async function loadDataPage(request: Request) {
  const { result, headers } = await loadPublicPage(request, {
    load: async () => ({ dataVersion: await getCurrentDataVersion() }),
  });
  const { tag, loadedAt } = result.dataVersion;
  return {
    page: {
      dataVersion: { tag, loadedAt },
      bulkHref: `/data/${bulkDownloadName(tag)}`,
      bulkFiles: BULK_TABLES.map(({ table, description }) => ({ name: bulkFileName(table), description })),
      operations: API_OPERATIONS.map(({ path, summary, description }) => ({ path, summary, description })),
    },
    headers,
  };
}

export type DataPageView = Awaited<ReturnType<typeof loadDataPage>>["page"];
