/**
 * `?vintage=` on a page's address. The zod schema checks only its form (PROJECTION_VINTAGE_PATTERN), so a
 * malformed period is a 400 before any query; whether the period exists is the data's to say: the page reads the
 * loaded periods (one query), and a well-formed period that is not loaded is a 400 naming the ones that are,
 * never a 500 and never a silent switch to another period.
 */
import { redirect } from "react-router";
import { z } from "zod";
import { PROJECTION_VINTAGE_PATTERN } from "~db/schema/enums";
import { noDataLoaded } from "~/lib/http.server";
import { parameterStatusText } from "~/lib/parameter-errors";
import {
  growthFilterNotAppliedText,
  loadedPeriods,
  type GrowthBand,
  type LoadedPeriods,
  type ProjectionPeriod,
} from "~/features/periods/periods";
import { listProjectionPeriods } from "~/features/periods/queries.server";
import type { DataVersionKey } from "~/lib/data-version-memo.server";

/** A projection period as an address writes it ("2024-34"); absent for the newest loaded. */
export const vintageParam = z
  .string()
  .regex(PROJECTION_VINTAGE_PATTERN, {
    error:
      "write a projection period as its base year and the last two digits of its target year, as in 2024-34, or leave it out for the newest",
  })
  .optional();

/**
 * `?band=`: one of the shown period's verbal growth bands by rank (1 = fastest), checked for its form only; whether
 * the period has that band is the data's to say (chooseGrowthBand).
 */
export const growthBandParam = z
  .string()
  .regex(/^[1-9]$/, "must be the number of a growth band, from 1 (the fastest); the filter lists the period's bands")
  .transform(Number)
  .optional();

/** `?vintage=` alone. */
export const vintageQuerySchema = z.object({ vintage: vintageParam });

/** The period a page shows and the loaded periods it lists and links to. */
export interface PeriodChoice {
  period: ProjectionPeriod;
  periods: LoadedPeriods;
}

/** What an address without `vintage=` shows, as a 400 for an unloaded period says ("the newest projections"). */
export interface PeriodLeftOut {
  leftOut?: string;
}

/**
 * The period `requested` names among the loaded ones (newest first), or the newest when it names none. A period
 * that is not loaded is a 400 listing those that are; no period at all means no data has been loaded (503).
 */
export function choosePeriod(
  periods: readonly ProjectionPeriod[],
  requested: string | undefined,
  { leftOut = "the newest projections" }: PeriodLeftOut = {},
): PeriodChoice {
  if (periods.length === 0) throw noDataLoaded();
  const loaded = loadedPeriods(periods);
  const period = requested === undefined ? periods[0] : periods.find((p) => p.vintage === requested);
  if (period) return { period, periods: loaded };
  throw new Response(`${unknownPeriodMessage(requested!, loaded)} Leave out “vintage=” for ${leftOut}.`, {
    status: 400,
    statusText: parameterStatusText(400, ["vintage"]),
  });
}

/** "Career Atlas has no BLS projections for the period 2030-40. The periods loaded are 2025-35 (the newest), 2024-34 and 2023-33." */
export function unknownPeriodMessage(requested: string, { options }: LoadedPeriods): string {
  const names = options.map((o, i) => (i === 0 ? `${o.vintage} (the newest)` : o.vintage));
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return `Career Atlas has no BLS projections for the period ${requested}. The periods loaded are ${list}.`;
}

/** The growth filter of an address as the shown period can apply it. */
export interface GrowthBandFilter {
  /** The band to filter by; undefined when the address names none, or the period has no bands. */
  band: GrowthBand | undefined;
  /**
   * Set when the address names a band but the period has no verified band table: the list is shown without the
   * filter, saying so (growthFilterNotAppliedText). Links from that page leave `band` out.
   */
  notApplied: string | null;
}

/**
 * The growth band of `period` that `?band=` names. A period without a verified band table (2022-32, 2023-33) applies
 * none: the filter form sends the band the page had when only the period is changed, so such an address is answered
 * with the list unfiltered by growth and a note saying so, not a 400. A rank the period's own table does not have
 * (only typed into an address) is a 400 saying which bands there are. Bands are never carried over from another
 * period, whose cut-offs differ.
 */
export function chooseGrowthBand(period: ProjectionPeriod, rank: number | undefined, periods: LoadedPeriods): GrowthBandFilter {
  if (rank === undefined) return { band: undefined, notApplied: null };
  const bands = period.growthBands;
  if (bands.length === 0) return { band: undefined, notApplied: growthFilterNotAppliedText(periods, period.vintage) };
  const band = bands.find((b) => b.rank === rank);
  if (band) return { band, notApplied: null };
  throw new Response(`There is no growth band ${rank} for ${period.vintage}; bands run from 1 (fastest) to ${bands.length}.`, {
    status: 400,
    statusText: parameterStatusText(400, ["band"]),
  });
}

/**
 * The loaded periods, and the one `requested` names or the newest (see choosePeriod). One query; none once the
 * periods are kept for `version`, the current data version the page read first (listProjectionPeriods).
 */
export async function readProjectionPeriod(
  requested: string | undefined,
  { version, ...leftOut }: PeriodLeftOut & { version?: DataVersionKey } = {},
): Promise<PeriodChoice> {
  return choosePeriod(await listProjectionPeriods({ version }), requested, leftOut);
}

/**
 * `?vintage=` on a page that shows every loaded period side by side (an occupation's profile, ADR 014), where it selects
 * nothing. A malformed one is the schema's 400 (vintageParam) and an unloaded one choosePeriod's, naming the loaded
 * periods, as on the pages that take one; a loaded one is a 301 to the address without it, one address per page as for
 * any parameter a page does not read (ADR 006). Until 2026-12-06 any value, 2099-09 or garbage, went with that 301
 * without a word, where a role profile said what was wrong (ADR 013, amended). One query when given.
 */
export async function leaveOutPeriod(vintage: string | undefined, url: URL): Promise<void> {
  if (vintage === undefined) return;
  await readProjectionPeriod(vintage);
  const target = new URL(url);
  target.searchParams.delete("vintage");
  throw redirect(`${target.pathname}${target.search}`, { status: 301, headers: { "Cache-Control": "public, max-age=300" } });
}
