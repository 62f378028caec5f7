import type { ProjectionVintage } from "~db/schema/enums";
import type { PinnedDataVersion } from "~/features/data-pin/queries.server";
import type { DataVersionKey } from "~/lib/data-version-memo.server";
import type { GrowthBand } from "~/features/periods/periods";
import { listSourcesByIds } from "~/features/sources/queries.server";
import { assembleRoleComparison } from "~/features/compare/queries.server";
import { getOccupationComparison } from "~/features/compare/occupation-comparison.server";
import { listNewestPay } from "~/features/pay/queries.server";
import {
  comparisonColumns,
  occupationSourceIds,
  sharedOccupationsOf,
  type Comparison,
  type OccupationChoice,
} from "~/features/compare/comparison";

/**
 * A comparison of roles and occupations (app/features/compare/comparison.ts): the roles' comparison (nine queries,
 * only when roles are compared), the occupations' figures (four, only when occupations are) and the OEWS wage
 * percentiles of every column (one; a pinned page's as archived with its version), all run together, then the
 * citations of both (one; none with `currentVersion` once its sources are kept). A constant number of queries whatever
 * the number of items: role-only 11, occupation-only 6, a mix 15 (pinned: 10, 6 and 14); one fewer each with the
 * sources kept.
 */
export async function getComparison({
  slugs,
  occupations,
  vintage,
  growthBands = [],
  dataVersion,
  currentVersion,
}: {
  slugs: readonly string[];
  occupations: readonly OccupationChoice[];
  vintage: ProjectionVintage;
  growthBands?: readonly GrowthBand[];
  dataVersion?: PinnedDataVersion;
  /** The current data version, when the page has read it: the citations then come from its sources kept in memory. */
  currentVersion?: DataVersionKey;
}): Promise<Comparison> {
  const [rolePart, occupationPart, pay] = await Promise.all([
    slugs.length > 0 ? assembleRoleComparison({ slugs, vintage, growthBands, dataVersion }) : null,
    occupations.length > 0 ? getOccupationComparison({ occupations, vintage, growthBands, dataVersion }) : null,
    // The pay spread of every column, roles' included (a role's median alone hides it); a pinned page's as archived.
    listNewestPay({ codes: occupations.map((o) => o.socCode), roleSlugs: slugs, dataVersionId: dataVersion?.id }),
  ]);
  const roles = rolePart?.comparison ?? null;
  const compared = occupationPart?.occupations ?? [];
  const columns = comparisonColumns(roles?.roles ?? [], compared, pay);
  const sources = await listSourcesByIds({
    ids: [...(rolePart?.sourceIds ?? []), ...occupationSourceIds(compared, columns)],
    version: currentVersion,
  });
  return {
    ...(dataVersion ? { pinnedDataVersion: dataVersion.tag } : {}),
    vintage,
    columns,
    roles: roles?.roles ?? [],
    roleComparison: roles ? { ...roles, sources } : null,
    occupations: compared,
    allOccupations: roles?.allOccupations ?? occupationPart?.allOccupations ?? null,
    sharedOccupations: sharedOccupationsOf(columns),
    sources,
  };
}
