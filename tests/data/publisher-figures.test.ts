/**
 * Every figure of every occupation and period in our seed files equals its publisher's file: the BLS data-tool
 * exports, the BLS workbooks (Tables 1.2/1.7, 1.10, 1.12) and the OEWS national file. Written independently of
 * the importer (its own reading of the raw files, plain float arithmetic instead of the importer's decimal parsing),
 * so a bug in one is caught by the other. Skipped, saying so, where ../shared/data is absent.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import readXlsxFile from "read-excel-file/node";
import { beforeAll, describe, expect, it } from "vitest";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const sharedData = process.env.ATLAS_SHARED_DATA ? resolve(process.env.ATLAS_SHARED_DATA) : resolve(repoRoot, "../shared/data");
const seed = (name: string) => parse(readFileSync(join(repoRoot, "seed/data", name), "utf8"), { columns: true, comment: "#" }) as Row[];
type Row = Record<string, string>;

const thousands = (value: string | number) => Math.round(Number(String(value).replaceAll(",", "")) * 1000);
const sameNumber = (left: string | number, right: string) => Number(String(left).replaceAll(",", "")) === Number(right);

/** Differences found, as "file line: what" (the test shows them all at once). */
function collector() {
  const problems: string[] = [];
  let checked = 0;
  return {
    problems,
    get checked() {
      return checked;
    },
    equal(where: string, what: string, ours: unknown, theirs: unknown) {
      checked += 1;
      if (ours !== theirs)
        problems.push(`${where}: ${what} is ${JSON.stringify(ours)} in our seed files, ${JSON.stringify(theirs)} in the publisher's file`);
    },
  };
}

const haveSharedData = existsSync(sharedData);

describe.skipIf(!haveSharedData)(
  haveSharedData
    ? "every published figure in the seed files equals the publisher's file"
    : "publisher figures: SKIPPED: ../shared/data not found (set ATLAS_SHARED_DATA to run)",
  () => {
    let projections: Map<string, Row>;
    let wages: Map<string, Row>;

    beforeAll(() => {
      projections = new Map(seed("projections.csv").map((row) => [`${row.soc_code}|${row.vintage}`, row]));
      wages = new Map(seed("wages.csv").map((row) => [`${row.soc_code}|${row.wage_year}|${row.source}`, row]));
    });

    it("BLS data-tool exports: every line of every period, every column", () => {
      const check = collector();
      const files = readdirSync(join(sharedData, "bls")).filter((name) => /^ep-occupation-projections_.*\.csv$/.test(name));
      expect(files.length).toBeGreaterThanOrEqual(3);
      for (const name of files) {
        const rows = parse(readFileSync(join(sharedData, "bls", name), "utf8"), { columns: true, bom: true }) as Row[];
        const header = Object.keys(rows[0]!);
        const years = header.flatMap((column) => /^Employment (\d{4})$/.exec(column)?.[1] ?? []);
        const vintage = `${years[0]}-${years[1]!.slice(2)}`;
        const column = (pattern: RegExp) => header.find((c) => pattern.test(c))!;
        const wageColumn = column(/^Median Annual Wage \d{4}$/);
        const wageYear = wageColumn.slice(-4);
        expect(rows, name).toHaveLength(832);
        rows.forEach((raw, index) => {
          const code = raw["Occupation Code"]!.replace(/[="]/g, "");
          const where = `${name} line ${index + 2} (${code})`;
          const ours = projections.get(`${code}|${vintage}`);
          if (!ours) return check.equal(where, "the projection row", "missing", "present");
          check.equal(where, "employment base", Number(ours.employment_base), thousands(raw[`Employment ${years[0]}`]!));
          check.equal(where, "employment projected", Number(ours.employment_projected), thousands(raw[`Employment ${years[1]}`]!));
          check.equal(where, "change", Number(ours.change_numeric), thousands(raw[column(/^Employment Change, /)]!));
          check.equal(where, "percent change", sameNumber(raw[column(/^Employment Percent Change, /)]!, ours.change_percent!), true);
          check.equal(where, "annual openings", Number(ours.annual_openings), thousands(raw[column(/^Occupational Openings, /)]!));
          check.equal(where, "entry education", ours.entry_education, raw["Typical Entry-Level Education"]);
          check.equal(where, "work experience", ours.work_experience, raw["Work Experience in a Related Occupation"]);
          check.equal(where, "on-the-job training", ours.on_the_job_training, raw["Typical on-the-job Training"]);
          const wage = raw[wageColumn]!;
          const other = wages.get(`${code}|${wageYear}|bls-ep-${vintage}-tool`);
          if (wage === "N/A" || wage.startsWith(">=")) {
            check.equal(
              where,
              "wage (none published as a figure)",
              ours.wage_year === wageYear ? ours.median_annual_wage : (other?.median_annual_wage ?? ""),
              "",
            );
          } else if (ours.wage_year === wageYear) {
            check.equal(where, `May ${wageYear} wage`, Number(ours.median_annual_wage), Number(wage.replaceAll(",", "")));
          } else {
            check.equal(where, `May ${wageYear} wage (wages.csv)`, Number(other?.median_annual_wage), Number(wage.replaceAll(",", "")));
          }
        });
      }
      expect(check.problems).toEqual([]);
      expect(check.checked).toBe(files.length * 832 * 9);
    });

    it("BLS workbooks: every line (detailed and summary) of the projections table and Table 1.10, every factor of Table 1.12", async () => {
      const check = collector();
      const factors = seed("occupation-factors.csv");
      const files = readdirSync(join(sharedData, "bls")).filter((name) => /^occupation_.*\.xlsx$/.test(name));
      expect(files.length).toBeGreaterThanOrEqual(2);
      for (const name of files) {
        const vintage = /occupation_(\d{4}-\d{2})\.xlsx/.exec(name)![1]!;
        const sheets = await readXlsxFile(join(sharedData, "bls", name));
        const find = (test: (header: string[]) => boolean) =>
          sheets.find((sheet) => test((sheet.data[1] ?? []).map((cell) => String(cell))))!;
        const table = (sheet: (typeof sheets)[number]) => {
          const header = (sheet.data[1] ?? []).map((cell) => String(cell));
          const at = (pattern: RegExp) => header.findIndex((c) => pattern.test(c));
          return { header, at, rows: sheet.data.slice(2).filter((row) => typeof row[1] === "string" && /^\d{2}-\d{4}$/.test(row[1])) };
        };
        const main = table(find((h) => h.includes("Occupation type") && h.includes("Typical education needed for entry")));
        const wageAt = main.at(/^Median annual wage/);
        const wageYear = /(\d{4})/.exec(main.header[wageAt]!)![1];
        expect(main.rows.length, name).toBe(1113);
        for (const row of main.rows) {
          const code = String(row[1]);
          const where = `${name} ${code}`;
          const ours = projections.get(`${code}|${vintage}`);
          if (!ours) {
            check.equal(where, "the projection row", "missing", "present");
            continue;
          }
          check.equal(where, "employment base", Number(ours.employment_base), thousands(row[main.at(/^Employment, \d{4}$/)] as number));
          check.equal(
            where,
            "employment projected",
            Number(ours.employment_projected),
            thousands(row[main.at(/^Employment, \d{4}$/) + 1] as number),
          );
          check.equal(where, "change", Number(ours.change_numeric), thousands(row[main.at(/^Employment change, numeric/)] as number));
          check.equal(
            where,
            "percent change",
            Number(ours.change_percent),
            Math.round((row[main.at(/^Employment change, percent/)] as number) * 10) / 10,
          );
          check.equal(where, "annual openings", Number(ours.annual_openings), thousands(row[main.at(/^Occupational openings/)] as number));
          const wage = row[wageAt];
          check.equal(where, `May ${wageYear} wage`, ours.median_annual_wage, typeof wage === "number" ? String(wage) : "");
          if (typeof wage === "number") check.equal(where, "wage year", ours.wage_year, wageYear);
          for (const [column, field] of [
            ["Typical education needed for entry", "entry_education"],
            ["Work experience in a related occupation", "work_experience"],
            ["Typical on-the-job training needed to attain competency in the occupation", "on_the_job_training"],
          ] as const) {
            const published = String(row[main.header.indexOf(column)]);
            check.equal(where, column, ours[field], published === "\u2014" ? "" : published);
          }
        }
        const separations = table(find((h) => h.some((c) => c.startsWith("Labor force exits"))));
        for (const row of separations.rows) {
          const ours = projections.get(`${String(row[1])}|${vintage}`);
          const where = `${name} Table 1.10 ${String(row[1])}`;
          check.equal(
            where,
            "labor force exits",
            Number(ours?.labor_force_exits),
            thousands(row[separations.at(/^Labor force exits/)] as number),
          );
          check.equal(
            where,
            "occupational transfers",
            Number(ours?.occupational_transfers),
            thousands(row[separations.at(/^Occupational transfers/)] as number),
          );
        }
        const factorTable = find((h) => h.includes("Factors affecting occupational utilization"));
        const published = factorTable.data
          .slice(2)
          .filter((row) => typeof row[1] === "string" && /^\d{2}-\d{4}$/.test(row[1]))
          .map((row) => [row[1], row[3], String(row[4]).trim()].join("|"));
        const ours = factors.filter((f) => f.vintage === vintage).map((f) => [f.soc_code, f.industry_code, f.factor].join("|"));
        check.equal(`${name} Table 1.12`, "factors (occupation, industry, text)", JSON.stringify(ours), JSON.stringify(published));
      }
      expect(check.problems).toEqual([]);
    });

    it("OEWS: every percentile, annual and hourly, of every BLS line OEWS publishes", () => {
      const check = collector();
      const ours = new Map(seed("pay-percentiles.csv").map((row) => [row.soc_code, row]));
      const lines = new Set(seed("occupations.csv").map((row) => row.soc_code));
      const raw = parse(readFileSync(join(sharedData, "bls/oews/national_M2024_dl.tsv"), "utf8"), {
        columns: true,
        delimiter: "\t",
        quote: false,
      }) as Row[];
      const percentiles = [
        ["10", "A_PCT10", "H_PCT10", "annual_p10", "hourly_p10"],
        ["25", "A_PCT25", "H_PCT25", "annual_p25", "hourly_p25"],
        ["50", "A_MEDIAN", "H_MEDIAN", "annual_median", "hourly_median"],
        ["75", "A_PCT75", "H_PCT75", "annual_p75", "hourly_p75"],
        ["90", "A_PCT90", "H_PCT90", "annual_p90", "hourly_p90"],
      ] as const;
      let matched = 0;
      for (const row of raw) {
        const code = row.OCC_CODE!;
        if (!lines.has(code)) continue;
        const mine = ours.get(code);
        const where = `national_M2024_dl.tsv ${code}`;
        if (!mine) {
          check.equal(where, "the pay row", "missing", "present");
          continue;
        }
        matched += 1;
        check.equal(where, "employment", mine.employment, row.TOT_EMP === "**" ? "" : row.TOT_EMP);
        const topCoded = new Set((mine.top_coded ?? "").split(" ").filter(Boolean));
        for (const [percentile, annual, hourly, annualOurs, hourlyOurs] of percentiles) {
          for (const [cell, field] of [
            [row[annual]!, annualOurs],
            [row[hourly]!, hourlyOurs],
          ] as const) {
            if (cell === "#") {
              check.equal(where, `${field} (top-coded)`, `${mine[field]}|${topCoded.has(percentile)}`, "|true");
            } else if (cell === "*") {
              check.equal(where, `${field} (not available)`, mine[field], "");
            } else {
              check.equal(where, field, Number(mine[field]), Number(cell));
            }
          }
        }
        check.equal(where, "annual only", mine.annual_only, row.ANNUAL === "TRUE" ? "yes" : "no");
        check.equal(where, "hourly only", mine.hourly_only, row.HOURLY === "TRUE" ? "yes" : "no");
      }
      expect(check.problems).toEqual([]);
      expect(matched).toBeGreaterThan(1100);
    });
  },
);
