import { and, asc, desc, eq, inArray, or } from "drizzle-orm";
import { type payPercentiles, roleOccupations } from "~db/schema";
import { database } from "~/lib/db.server";
import type { DataVersion } from "~/features/data-pin/data-version.server";
import { rememberForDataVersion } from "~/lib/data-version-memo.server";
import { payPercentileLines } from "~/features/data-pin/queries.server";
import { payFor, type OccupationPay } from "~/features/pay/pay";

type PayRow = typeof payPercentiles.$inferSelect;

/** A stored row in the shape every page takes (PayPercentiles, with its SOC code). */
function toOccupationPay(r: PayRow): OccupationPay {
  return {
    socCode: r.socCode,
    wageYear: r.wageYear,
    employment: r.employment,
    annual: { p10: r.annualP10, p25: r.annualP25, median: r.annualMedian, p75: r.annualP75, p90: r.annualP90 },
    hourly: { p10: r.hourlyP10, p25: r.hourlyP25, median: r.hourlyMedian, p75: r.hourlyP75, p90: r.hourlyP90 },
    topCoded: r.topCoded,
    topCodeAnnual: r.topCodeAnnual,
    annualOnly: r.annualOnly,
    sourceId: r.sourceId,
  };
}

/** OEWS wage percentiles of one occupation, newest survey first: live, or as archived with `dataVersionId`. One query. */
export async function listPayPercentiles(socCode: string, dataVersionId?: number): Promise<OccupationPay[]> {
  const db = await database();
  const p = payPercentileLines(db, dataVersionId);
  const rows = await db.select().from(p).where(eq(p.socCode, socCode)).orderBy(desc(p.wageYear));
  return rows.map(toOccupationPay);
}

/**
 * Every loaded OEWS survey of the occupations the roles `roleSlugs` map to (primary or not; every role's when
 * omitted), for a page that shows roles' pay: pair each median with its own survey through payFor (pay.ts). One query.
 */
export async function listRolePay({
  roleSlugs,
  dataVersionId,
}: { roleSlugs?: readonly string[]; /** A pinned page's version: its archived percentiles. */ dataVersionId?: number } = {}): Promise<
  OccupationPay[]
> {
  const db = await database();
  const mapped = db
    .selectDistinct({ socCode: roleOccupations.socCode })
    .from(roleOccupations)
    .where(roleSlugs ? inArray(roleOccupations.roleSlug, [...roleSlugs]) : undefined);
  const p = payPercentileLines(db, dataVersionId);
  const rows = await db.select().from(p).where(inArray(p.socCode, mapped)).orderBy(asc(p.socCode), desc(p.wageYear));
  return rows.map(toOccupationPay);
}

/**
 * The newest OEWS wage percentiles of the occupations `codes` and of the primary occupations of the roles `roleSlugs`,
 * as published (or as archived with `dataVersionId`), by SOC code (the comparison's pay range). One query.
 */
export async function listNewestPay({
  codes,
  roleSlugs,
  dataVersionId,
}: {
  codes: readonly string[];
  roleSlugs: readonly string[];
  dataVersionId?: number;
}): Promise<Map<string, OccupationPay>> {
  const db = await database();
  const p = payPercentileLines(db, dataVersionId);
  const ro = roleOccupations;
  const ofRoles = db
    .select({ socCode: ro.socCode })
    .from(ro)
    .where(and(inArray(ro.roleSlug, [...roleSlugs]), eq(ro.isPrimary, true)));
  const rows = await db
    .selectDistinctOn([p.socCode])
    .from(p)
    .where(or(inArray(p.socCode, [...codes]), inArray(p.socCode, ofRoles)))
    .orderBy(asc(p.socCode), desc(p.wageYear));
  return new Map(rows.map((r) => [r.socCode, toOccupationPay(r)]));
}

/** A median's OEWS survey, looked up by SOC code and the median's May year (see payFor in pay.ts). */
export type PayLookup = (socCode: string, wageYear: number | null) => OccupationPay | null;

/**
 * Every loaded OEWS survey of every occupation, kept for the data version: the explorers pair each median on their
 * lists with its survey's spread without a query per request (one query, some 1,700 rows, on the version's first use).
 * With `archiveId` (a page pinned to an older version), that version's archived surveys, kept the same way.
 */
export async function keptPayLookup(version: DataVersion | undefined, archiveId?: number): Promise<PayLookup> {
  const key = archiveId === undefined ? "pay:every-survey" : `pay:every-survey:archive-${archiveId}`;
  const bySoc = await rememberForDataVersion(version, key, async () => {
    const db = await database();
    const p = payPercentileLines(db, archiveId);
    const rows = await db.select().from(p).orderBy(asc(p.socCode), desc(p.wageYear));
    const grouped = new Map<string, OccupationPay[]>();
    for (const row of rows) {
      const pay = toOccupationPay(row);
      grouped.set(pay.socCode, [...(grouped.get(pay.socCode) ?? []), pay]);
    }
    return grouped;
  });
  return (socCode, wageYear) => payFor(bySoc.get(socCode) ?? [], socCode, wageYear);
}
