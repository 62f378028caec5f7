import type { LoaderFunctionArgs } from "react-router";
import { dataPinQueryShape, pinnedVersionFromTag, resolveDataPin } from "~/features/data-pin/params.server";
import { lookUpDataPin } from "~/features/data-pin/queries.server";
import { occupationCodeParam } from "~/features/occupations/params.server";
import { EXPOSURE_MEASURE_TEXT, EXPOSURE_RATER_TEXT } from "~/features/occupations/ai-measures";
import { getAiEvidence, getOccupation, listOccupationProjections } from "~/features/occupations/queries.server";
import { listPayPercentiles } from "~/features/pay/queries.server";
import { PAY_POINT_LABELS, type PayPoint } from "~/features/pay/pay";
import { listSourcesByIds } from "~/features/sources/queries.server";
import { bandText } from "~/features/periods/periods";
import { readProjectionPeriod, vintageQuerySchema } from "~/features/periods/params.server";
import { parseSearchParams } from "~/lib/params.server";
import { csvFile } from "~/lib/csv.server";
import { loadCsvDownload } from "~/lib/csv-download.server";
import { sourceCredit } from "~/features/sources/citations";
import { CSV_HEADERS as H } from "~/lib/csv-headers";
import { refuseWrites } from "~/lib/http.server";

/** Read-only: any other method is a 405 with Allow. */
export const action = refuseWrites;

/**
 * One occupation's published figures as CSV, one row per figure: every projection period, the OEWS percentiles and
 * the two AI studies' scores, each with its period or data year and source. Figures exactly as stored (no formatting).
 * `vintage=2022-32` keeps one period's projection rows (the percentiles and AI scores, which belong to no projection
 * period, stay, each with its own data year): until 2026-12-06 the file ignored it and answered every period. A
 * malformed or unloaded period is a 400 naming `vintage`, as on every page that takes one. `data=<tag>` gives the
 * projections and percentiles archived with that data version, as the pinned page shows them (ADR 008; an unknown
 * version is the page's 404); the "Data version" column names the version the figures are from.
 */
export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const socCode = occupationCodeParam(params.code, request);
  const url = new URL(request.url);
  const { vintage, data: dataTag } = parseSearchParams(url, vintageQuerySchema.extend(dataPinQueryShape));
  const archiveId = pinnedVersionFromTag(dataTag)?.id;
  return loadCsvDownload({
    request,
    context,
    load: async () => {
      // Without a period the file has every one, as the occupation's page shows them side by side.
      if (vintage !== undefined) await readProjectionPeriod(vintage, { leftOut: "every period" });
      const [occupation, allProjections, pay, ai, lookup] = await Promise.all([
        getOccupation(socCode),
        listOccupationProjections(socCode, archiveId),
        listPayPercentiles(socCode, archiveId),
        getAiEvidence(socCode),
        lookUpDataPin({ tag: dataTag }),
      ]);
      const projections = vintage === undefined ? allProjections : allProjections.filter((p) => p.vintage === vintage);
      const sourceIds = [
        ...projections.flatMap((p) => [p.sourceId, ...(p.band ? [p.band.sourceId] : [])]),
        ...pay.map((p) => p.sourceId),
        ...ai.exposure.map((e) => e.sourceId),
        ...ai.applicability.map((a) => a.sourceId),
      ];
      const cited = occupation ? await listSourcesByIds({ ids: sourceIds }) : [];
      if (!occupation) throw new Response(`We have no occupation with the code ${socCode}.`, { status: 404 });
      const { current, banner } = resolveDataPin({ ...lookup, changes: [] }, url);
      return { occupation, projections, pay, ai, cited, dataVersion: current, figuresVersion: (banner?.pinned ?? current).tag };
    },
    file: ({ occupation, projections, pay, ai, cited, figuresVersion }) => {
      const sources = new Map(cited.map((s) => [s.id, s]));
      const cite = (id: string) => {
        const s = sources.get(id);
        return { source: s ? sourceCredit(s) : id, sourceUrl: s?.url ?? "" };
      };
      type Row = { figure: string; unit: string; periodOrYear: string; value: number | string | null; source: string; sourceUrl: string };
      const rows: Row[] = [];
      for (const p of projections) {
        const add = (figure: string, unit: string, value: number | string | null, sourceId = p.sourceId) =>
          rows.push({ figure, unit, periodOrYear: p.vintage, value, ...cite(sourceId) });
        add(`Employment in ${p.baseYear}`, "jobs", p.employmentBase);
        add(`Employment in ${p.targetYear}`, "jobs", p.employmentProjected);
        add("Change", "jobs", p.changeNumeric);
        add("Change", "%", p.changePercent);
        // The band is its table's (O*NET OnLine's labels), not BLS's line: its own source. None for a group line.
        add("Growth band", "", p.band ? bandText(p.band) : null, p.band?.sourceId);
        add("Change, all occupations", "%", p.allOccupationsPercent);
        add("Openings a year", "jobs", p.annualOpenings);
        add("Openings from labor force exits a year", "jobs", p.laborForceExits);
        add("Openings from occupational transfers a year", "jobs", p.occupationalTransfers);
        add("Median annual wage", "USD", p.medianAnnualWage);
        add("Wage data year (May)", "year", p.wageYear);
        add("Typical entry education", "", p.entryEducation);
        add("Work experience in a related occupation", "", p.workExperience);
        add("Typical on-the-job training", "", p.onTheJobTraining);
      }
      for (const s of pay) {
        const add = (figure: string, unit: string, value: number | string | null) =>
          rows.push({ figure, unit, periodOrYear: `May ${s.wageYear}`, value, ...cite(s.sourceId) });
        for (const [point, value] of Object.entries(s.annual))
          add(`Annual wage, ${PAY_POINT_LABELS[point as PayPoint].label.toLowerCase()}`, "USD", value);
        for (const [point, value] of Object.entries(s.hourly))
          add(`Hourly wage, ${PAY_POINT_LABELS[point as PayPoint].label.toLowerCase()}`, "USD an hour", value);
        if (s.topCoded.length > 0) {
          // Named as the column /roles.csv and the bulk download give the same list.
          add(H.topCoded, "", `${s.topCoded.join(" ")} (at or above ${s.topCodeAnnual ?? "the top of the range"})`);
        }
      }
      // The AI evidence as each study publishes it (the page rounds the shares to a tenth of a percent), per O*NET or SOC code.
      const studyYear = (id: string) => sources.get(id)?.vintage ?? "";
      for (const e of ai.exposure) {
        const measure = EXPOSURE_MEASURE_TEXT[e.measure] ?? e.measure;
        const rater = EXPOSURE_RATER_TEXT[e.rater] ?? e.rater;
        rows.push({
          figure: `Share of tasks exposed to LLMs, ${measure}, ${rater} (O*NET ${e.onetCode})`,
          unit: "share (0-1)",
          periodOrYear: studyYear(e.sourceId),
          value: e.score,
          ...cite(e.sourceId),
        });
      }
      for (const a of ai.applicability) {
        rows.push({
          figure: `AI applicability score, ${a.title} (SOC ${a.socCode})`,
          unit: "score (0-1)",
          periodOrYear: studyYear(a.sourceId),
          value: a.score,
          ...cite(a.sourceId),
        });
      }
      const withMeta = rows.map((r) => ({ socCode, occupation: occupation.title, ...r, dataVersion: figuresVersion }));
      const columns = [
        { key: "socCode" as const, header: H.socCode },
        { key: "occupation" as const, header: H.occupation },
        { key: "figure" as const, header: "Figure" },
        { key: "value" as const, header: "Value" },
        { key: "unit" as const, header: "Unit" },
        { key: "periodOrYear" as const, header: "Projection period or data year" },
        { key: "source" as const, header: H.source },
        { key: "sourceUrl" as const, header: H.sourceUrl },
        { key: "dataVersion" as const, header: H.dataVersion },
      ];
      return csvFile(`career-atlas-occupation-${socCode}${vintage ? `-${vintage}` : ""}.csv`, columns, withMeta);
    },
  });
}
