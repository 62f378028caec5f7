import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CSV_COLUMN_ORDER, CSV_HEADERS, inSharedOrder } from "~/lib/csv-headers";
import { BULK_TABLES, bulkColumnHeader, bulkColumns, bulkHeadersBreakingConvention } from "~/features/open-data/bulk-download.server";
import { CSV_HEADER_PATTERN, csvFile, csvResponse, csvText, withDataVersion } from "~/lib/csv.server";

const columns = [
  { key: "code", header: "SOC code" },
  { key: "title", header: "Occupation" },
  { key: "jobs", header: "Employment in base year (jobs)" },
] as const;

/** The bytes a download sends (Response.text() would drop the byte order mark). */
const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());

describe("the CSV writer", () => {
  it("starts with a UTF-8 byte order mark, so Excel on Windows reads “–” and “é” as written, not as “â€“”", async () => {
    const response = csvResponse(
      csvFile("growth.csv", [...columns], [{ code: "15-1252", title: "Software developers – all", jobs: 1693800 }]),
    );
    const bytes = await bytesOf(response);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // The en dash is the three UTF-8 bytes E2 80 93, not Windows-1252.
    expect(Buffer.from(bytes).includes(Buffer.from([0xe2, 0x80, 0x93]))).toBe(true);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8; header=present");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="growth.csv"');
  });

  it("ends every record with CRLF (RFC 4180), the last one too", () => {
    const text = csvText(
      [...columns],
      [
        { code: "15-1252", title: "Software developers", jobs: 1693800 },
        { code: "29-1141", title: "Registered nurses", jobs: 3391000 },
      ],
    );
    expect(text).toBe(
      "\uFEFFSOC code,Occupation,Employment in base year (jobs)\r\n15-1252,Software developers,1693800\r\n29-1141,Registered nurses,3391000\r\n",
    );
  });

  it("closes a file with the data version of its figures when its rows do not carry one", () => {
    const text = csvText(
      ...withDataVersion([...columns], [{ code: "15-1252", title: "Software developers", jobs: 1693800 }], "v3-1a2b3c4d"),
    );
    expect(text).toBe(
      "\uFEFFSOC code,Occupation,Employment in base year (jobs),Data version\r\n15-1252,Software developers,1693800,v3-1a2b3c4d\r\n",
    );
  });

  it("quotes fields with a comma, a quote or any line break, and a spreadsheet reads them back as written", () => {
    const tricky = ["Total, all occupations", 'The "hot" one', "two\nlines", "carriage\rreturn", "crlf\r\nend"];
    const text = csvText(
      [{ key: "value", header: "Value" }],
      tricky.map((value) => ({ value })),
    );
    expect(text).toContain('\r\n"Total, all occupations"\r\n');
    expect(text).toContain('\r\n"The ""hot"" one"\r\n');
    expect(text).toContain('\r\n"two\nlines"\r\n');
    expect(text).toContain('\r\n"carriage\rreturn"\r\n');
    const [, ...records] = parse(text, { bom: true }) as string[][];
    expect(records.map((r) => r[0])).toEqual(tricky);
  });

  it("writes figures raw and a missing value as an empty cell", () => {
    const text = csvText([...columns], [{ code: "15-1252", title: "Software developers", jobs: undefined as unknown as number }]);
    expect(text.split("\r\n")[1]).toBe("15-1252,Software developers,");
    expect(csvText([...columns], [{ code: "x", title: "y", jobs: 1234567.5 }])).toContain(",1234567.5\r\n");
  });

  it("refuses a header that breaks the convention: snake_case, lower-case first letter", () => {
    expect(() => csvText([{ key: "soc_code", header: "soc_code" }], [])).toThrow(/header convention/);
    expect(() => csvText([{ key: "x", header: "employment base year" }], [])).toThrow(/header convention/);
    expect(() =>
      csvText(
        [
          { key: "a", header: "Source URL" },
          { key: "b", header: "Source URL" },
        ],
        [],
      ),
    ).toThrow(/names two columns/);
    for (const header of Object.values(CSV_HEADERS)) expect(header).toMatch(CSV_HEADER_PATTERN);
  });

  // Issue 15 (open data): the downloads named the same columns in different orders ("Role, Role slug" in one file,
  // "Role slug, Role" in the next; "Occupation, SOC code" against "SOC code, Occupation"; the comparison's base year
  // between its employment figures).
  it("refuses shared columns out of their one order, and puts another file's in it", () => {
    expect(() =>
      csvText(
        [
          { key: "t", header: "Occupation" },
          { key: "c", header: "SOC code" },
        ],
        [],
      ),
    ).toThrow(/Occupation/);
    expect(() =>
      csvText(
        [
          { key: "b", header: CSV_HEADERS.employmentBase },
          { key: "y", header: CSV_HEADERS.targetYear },
        ],
        [],
      ),
    ).toThrow(/Employment in base year/);
    // A file's own columns may stand between the shared ones.
    expect(
      csvText(
        [
          { key: "s", header: "Role slug" },
          { key: "k", header: "Kind" },
          { key: "c", header: "SOC code" },
        ],
        [],
      ),
    ).toBe("\uFEFFRole slug,Kind,SOC code\r\n");
    const headers = (columns: { header: string }[]) => columns.map((c) => c.header);
    expect(
      headers(inSharedOrder([{ header: "Position (1 first)" }, { header: "SOC code" }, { header: "Statement" }, { header: "Role slug" }])),
    ).toEqual(["Position (1 first)", "Role slug", "Statement", "SOC code"]);
    expect(CSV_COLUMN_ORDER.every((header) => Object.values(CSV_HEADERS).includes(header as never))).toBe(true);
  });

  it("names every column of the bulk download by the convention, figures with their unit", () => {
    expect(bulkHeadersBreakingConvention()).toEqual([]);
    expect(bulkColumnHeader("employment_base", "projections")).toBe("Employment in base year (jobs)");
    expect(bulkColumnHeader("median_annual_wage", "projections")).toBe("Median annual wage (USD)");
    expect(bulkColumnHeader("vintage", "sources")).toBe("Release");
    // A role's key is its slug, headed so ("From role" read as a title, beside files whose "Role" is the title).
    expect(bulkColumnHeader("from_role", "progression_edges")).toBe("From role slug");
    expect(bulkColumnHeader("onet_examples", "skills")).toBe("O*NET examples");
  });

  // Issue 15 (a counselor's pass, 2026-12-06): /roles.csv headed OEWS's top-coded percentiles "Percentiles at or above the
  // top code" and their source "Wage percentiles: source", /occupations.csv its per-figure sources "Median hourly wage:
  // source" beside "Growth band source"; the bulk download headed an AI exposure score, an AI applicability score and an
  // O*NET interest score alike "Score (as published)", skills "Slug, Name, Kind" against the comparison's "Skill, Skill
  // kind", and hourly wages "(USD)" against "(USD an hour)" elsewhere.
  it("gives one thing one header in every file, and different things different headers", () => {
    const headers = Object.values(CSV_HEADERS);
    expect(new Set(headers).size, "two shared columns under one header").toBe(headers.length);
    expect(headers.filter((h) => h.includes(": source"))).toEqual([]);
    // The bulk download's columns take the shared headers for what the pages' downloads hold.
    const bulk = (table: string, column: string) => bulkColumnHeader(column, table);
    expect(bulk("pay_percentiles", "top_coded")).toBe(CSV_HEADERS.topCoded);
    expect(bulk("pay_percentiles", "top_code_annual")).toBe(CSV_HEADERS.topCodeAnnual);
    expect(bulk("pay_percentiles", "top_code_hourly")).toBe(CSV_HEADERS.topCodeHourly);
    expect(CSV_HEADERS.topCoded).toContain("published only as the top code");
    expect(CSV_HEADERS.medianAnnualWageAtLeast).toContain("published only as the top code");
    expect(bulk("ai_exposure_scores", "score")).toBe(CSV_HEADERS.aiExposureScore);
    expect(bulk("ai_applicability_scores", "score")).toBe(CSV_HEADERS.aiApplicabilityScore);
    expect(bulk("onet_interests", "score")).not.toBe(CSV_HEADERS.aiExposureScore);
    expect([bulk("ai_exposure_scores", "measure"), bulk("ai_exposure_scores", "rater")]).toEqual([
      CSV_HEADERS.aiMeasure,
      CSV_HEADERS.aiRater,
    ]);
    expect(["slug", "name", "kind"].map((c) => bulk("skills", c))).toEqual([
      CSV_HEADERS.skillSlug,
      CSV_HEADERS.skill,
      CSV_HEADERS.skillKind,
    ]);
    expect(bulk("role_skills", "importance")).toBe(CSV_HEADERS.skillImportance);
    expect(["example", "commodity_title", "hot_technology", "in_demand"].map((c) => bulk("onet_technology_skills", c))).toEqual([
      CSV_HEADERS.technology,
      CSV_HEADERS.commodityTitle,
      CSV_HEADERS.hotTechnology,
      CSV_HEADERS.inDemandForOccupation,
    ]);
    expect(bulk("sources", "url")).toBe(CSV_HEADERS.sourceUrl);
    // OEWS's employment (wage and salary jobs in May) is not the projections' (which count the self-employed too).
    expect(bulk("pay_percentiles", "employment")).toBe(CSV_HEADERS.oewsEmployment);
    expect(bulk("pay_percentiles", "employment")).not.toBe("Employment (jobs)");
    // Every file of the bulk download: no header twice in one file, an hourly figure's unit "USD an hour".
    for (const { table } of BULK_TABLES) {
      const names = bulkColumns(table).map((c) => c.header);
      expect(new Set(names).size, names.join(", ")).toBe(names.length);
      for (const name of names) if (/hourly/i.test(name) && name.endsWith(")")) expect(name).toMatch(/\(USD an hour\)$/);
    }
  });
});
