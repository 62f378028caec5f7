import { parseDataVersionTag, type DataPinBanner } from "~/features/data-pin/data-pin";
import { resolveDataPin } from "~/features/data-pin/params.server";
import { interestArchiveOf, listArchivedProjections, listPinnedFigureChanges, lookUpDataPin } from "~/features/data-pin/queries.server";
import { rememberForDataVersion } from "~/lib/data-version-memo.server";
import type { DataVersion } from "~/features/data-pin/data-version.server";

/** An explorer list's `data=<tag>` (ADR 008, ADR 019): the tag its links keep, the banner, the archive to read. */
export interface ExplorerPin {
  /** The tag the address pins to (an older version, or the current one, which stays pinned after the next load). */
  dataTag: string | undefined;
  /** Pinned to an older version: the banner (its `changes` are filled in once the list is known). */
  banner: DataPinBanner | null;
  /** Pinned to an older version: whose archived figures the list shows. */
  archiveId: number | undefined;
  /**
   * Pinned to an older version that archived O*NET's interest scores (loaded since migration 0018): the archive the
   * interests list matches on. Undefined otherwise: unpinned or pinned to the current version (the live scores are
   * that version's), or an older version that kept none (the list then uses the live scores and says so).
   */
  interestArchiveId: number | undefined;
}

/** Reads `data=` (already checked against DATA_VERSION_TAG_PATTERN); 404 for an unknown or unarchived version. One query when given. */
export async function readExplorerPin(tag: string | undefined, url: URL): Promise<ExplorerPin> {
  if (tag === undefined) return { dataTag: undefined, banner: null, archiveId: undefined, interestArchiveId: undefined };
  const lookup = await lookUpDataPin({ tag });
  const { banner } = resolveDataPin({ ...lookup, changes: [] }, url);
  const archiveId = banner ? parseDataVersionTag(banner.pinned.tag)!.id : undefined;
  return { dataTag: tag, banner, archiveId, interestArchiveId: interestArchiveOf(lookup) };
}

/** An older version's archived projections for one period, by SOC code: kept (an archive never changes). One query. */
export function keptArchive(version: DataVersion | undefined, vintage: string, archiveId: number) {
  return rememberForDataVersion(version, `archived-projections:${archiveId}:${vintage}`, () =>
    listArchivedProjections({ dataVersionId: archiveId, vintage }),
  );
}

/**
 * The banner of a list pinned to an older version, with the figures on it that changed since: those of the roles
 * and occupations it shows (six queries: projections, wages and pay percentiles, archived and live). Null when the
 * list is not pinned to an older version.
 */
export async function bannerWithChanges(
  { banner, archiveId }: ExplorerPin,
  shown: { slugs: readonly string[]; socCodes: readonly string[]; vintage: string },
): Promise<DataPinBanner | null> {
  if (!banner || archiveId === undefined) return null;
  return { ...banner, changes: await listPinnedFigureChanges({ dataVersionId: archiveId, ...shown }) };
}

/** A career's outlook fields from an archived projection line (none published then: no figures). */
export function archivedOutlook(
  line:
    | { changePercent: number; annualOpenings: number | null; medianAnnualWage: number | null; wageYear: number | null; sourceId: string }
    | undefined,
) {
  return {
    changePercent: line?.changePercent ?? null,
    annualOpenings: line?.annualOpenings ?? null,
    medianAnnualWage: line?.medianAnnualWage ?? null,
    wageYear: line?.wageYear ?? null,
    projectionSourceId: line?.sourceId ?? null,
  };
}
