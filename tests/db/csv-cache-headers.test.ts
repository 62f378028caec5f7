import { expect, it } from "vitest";
import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { loader as rolesCsvLoader } from "~/routes/roles[.]csv";
import { loader as outlookCsvLoader } from "~/routes/outlook[.]csv";
import { loader as occupationsCsvLoader } from "~/routes/occupations[.]csv";
import { loader as figuresCsvLoader } from "~/routes/occupations_.$code.figures[.csv]";
import { loader as chartCsvLoader } from "~/routes/roles_.$slug.$chart[.csv]";
import { loader as compareCsvLoader } from "~/routes/compare[.]csv";
import { describeEachDriver } from "./harness";
import { readCsv, routeArgs, TEST_BUILD_VERSION } from "./route-args";

type CsvLoader = (args: ReturnType<typeof routeArgs>) => Promise<Response>;

/** Every public CSV download, with an address of it and its path parameters. */
const DOWNLOADS: [address: string, loader: CsvLoader, params?: Record<string, string>][] = [
  ["/roles.csv", rolesCsvLoader as CsvLoader],
  ["/outlook.csv", outlookCsvLoader as CsvLoader],
  ["/occupations.csv", occupationsCsvLoader as CsvLoader],
  ["/occupations/15-1252/figures.csv", figuresCsvLoader as CsvLoader, { code: "15-1252" }],
  ["/roles/back-end-developer/growth.csv", chartCsvLoader as CsvLoader, { slug: "back-end-developer", chart: "growth" }],
  ["/compare.csv?roles=back-end-developer,data-scientist&table=figures", compareCsvLoader as CsvLoader],
];

const fetchCsv = ([address, loader, params]: (typeof DOWNLOADS)[number], ifNoneMatch?: string, buildVersion = TEST_BUILD_VERSION) =>
  loader(
    routeArgs(new Request(`http://localhost${address}`, { headers: ifNoneMatch ? { "If-None-Match": ifNoneMatch } : {} }), params ?? {}, {
      buildVersion,
    }),
  );

describeEachDriver("the CSV downloads' cache headers", { seed: true }, () => {
  it("send the pages' Cache-Control and an ETag of data version and address, and answer 304 to it", async () => {
    // What would break: /roles.csv, /outlook.csv, /occupations.csv and an occupation's figures.csv sent no ETag, so a
    // client or cache could not revalidate them, and none of the CSVs answered If-None-Match itself.
    const tag = (await getCurrentDataVersion())!.tag;
    const etags = new Set<string>();
    for (const download of DOWNLOADS) {
      const [address] = download;
      const response = await fetchCsv(download);
      expect(response.status, address).toBe(200);
      await readCsv(response);
      // What would break: a download sent other headers than the others (one helper, loadCsvDownload, sends them all).
      expect([...response.headers.keys()], address).toEqual([
        "cache-control",
        "content-disposition",
        "content-type",
        "etag",
        "server-timing",
      ]);
      expect(response.headers.get("Cache-Control"), address).toBe("public, max-age=300, s-maxage=3600, stale-while-revalidate=86400");
      expect(response.headers.get("Server-Timing"), address).toMatch(/^db;dur=\d+\.\d;desc="\d+ queries"$/);
      const etag = response.headers.get("ETag")!;
      expect(etag, address).toMatch(new RegExp(`^W/"${tag}-`));
      etags.add(etag);
      const again = await fetchCsv(download, etag);
      expect(again.status, address).toBe(304);
      expect(await again.text(), address).toBe("");
      expect(again.headers.get("ETag"), address).toBe(etag);
      expect((await fetchCsv(download, '"other"')).status, address).toBe(200);
    }
    expect(etags.size, "each address has its own ETag").toBe(DOWNLOADS.length);
  });

  it("name the build in the ETag, so a deploy that changes a file's columns but not the data sends the new file", async () => {
    // What would break: a client revalidating a CSV after such a deploy got a 304 and kept the old build's columns.
    for (const download of DOWNLOADS) {
      const [address] = download;
      const before = (await fetchCsv(download, undefined, "build-before")).headers.get("ETag")!;
      const after = await fetchCsv(download, before, "build-after");
      expect(after.status, address).toBe(200);
      expect(after.headers.get("ETag"), address).not.toBe(before);
      expect(after.headers.get("ETag"), address).toMatch(/-build-after"$/);
      expect((await fetchCsv(download, before, "build-before")).status, address).toBe(304);
    }
  });
});
