import { asc, eq, inArray } from "drizzle-orm";
import { discussionQuestions, sources } from "~db/schema";
import type { ProjectionVintage } from "~db/schema/enums";
import { database } from "~/lib/db.server";
import { getRoleComparison } from "~/features/compare/queries.server";
import { getAllOccupationsOutlook } from "~/features/outlook/queries.server";
import { getDataPin, type DataPin, type PinnedDataVersion } from "~/features/data-pin/queries.server";
import { getRoleProfile } from "~/features/roles/queries.server";
import type { SourceCitation } from "~/features/sources/citations";
import { sourceCitationColumns } from "~/features/sources/queries.server";
import type { DataVersionStamp } from "~/features/data-pin/data-pin";
import type { AllOccupationsFigures } from "~/features/compare/role-comparison";
import { buildComparisonDeck, type DiscussionQuestion } from "~/features/present/comparison-deck";
import { buildRoleDeck } from "~/features/present/role-deck";
import { buildMixedComparisonDeck } from "~/features/present/mixed-comparison-deck";
import { getComparison } from "~/features/compare/comparison.server";
import { ALL_OCCUPATIONS_CODE, listOccupationChoices } from "~/features/compare/occupation-comparison.server";
import type { Deck } from "~/features/present/slides";
import type { GrowthBand } from "~/features/periods/periods";

export type PresentationResult =
  | { found: true; deck: Deck; dataPin: DataPin }
  /** Unknown slugs or occupation codes, or no data version whose figures can be shown (none loaded, or a pin that names none). */
  | { found: false; unknownSlugs: string[]; unknownOccupations: string[]; dataPin: DataPin };

/**
 * The slides for one role (`slugs` of length 1) or a comparison of 2 to 4 roles, built from the profile and
 * comparison models (role-deck.ts and comparison-deck.ts do the building), with the data pin the route resolves (getDataPin,
 * without its "what changed": the deck names the versions only). Constant queries whatever the roles:
 * one role = the profile (11) + the all-occupations line + the data pin = 13;
 * a comparison = the comparison (11, or 10 when pinned) + the roles' discussion questions + the data pin = 13 (12).
 * With `dataVersion` (a pinned link), the figures are those archived with that version and the deck is dated
 * with its load (docs/decisions/008). `growthBands`: the period's verbal bands, shown with the growth figures.
 * `occupations` (SOC codes): a comparison of roles and BLS occupations, as /compare shows it (getComparison, the compare
 * page's own model, so the slides never disagree with the page): the occupations' titles, then the comparison (15
 * queries with roles, 6 without) with the roles' questions and the data pin (buildMixedComparisonDeck).
 * Unknown slugs and codes are reported, never guessed at.
 */
export async function getPresentation({
  slugs,
  occupations = [],
  vintage,
  growthBands = [],
  dataVersion,
}: {
  slugs: readonly string[];
  occupations?: readonly string[];
  vintage: ProjectionVintage;
  growthBands?: readonly GrowthBand[];
  dataVersion?: PinnedDataVersion;
}): Promise<PresentationResult> {
  const pinTo = { tag: dataVersion?.tag, slugs: [], vintage };
  if (occupations.length > 0) return getMixedPresentation({ slugs, occupations, vintage, growthBands, dataVersion, pinTo });
  if (slugs.length === 1) {
    const [profile, total, dataPin] = await Promise.all([
      getRoleProfile({ slug: slugs[0]!, vintage, growthBands, dataVersion }),
      getAllOccupationsOutlook({ vintage, dataVersionId: dataVersion?.id }),
      getDataPin(pinTo),
    ]);
    const shown = shownDataVersion(dataPin);
    if (!profile || !shown) return { found: false, unknownSlugs: profile ? [] : [slugs[0]!], unknownOccupations: [], dataPin };
    const deck = buildRoleDeck({ profile, allOccupations: total ? allOccupationsFigures(total) : null, dataAsOf: shown.loadedAt });
    return { found: true, deck, dataPin };
  }
  const [comparison, questions, dataPin] = await Promise.all([
    getRoleComparison({ slugs, vintage, growthBands, dataVersion }),
    listDiscussionQuestions({ slugs }),
    getDataPin(pinTo),
  ]);
  const unknownSlugs = slugs.filter((slug) => !comparison.roles.some((r) => r.slug === slug));
  const shown = shownDataVersion(dataPin);
  if (unknownSlugs.length > 0 || !shown) return { found: false, unknownSlugs, unknownOccupations: [], dataPin };
  const questionSources = [...new Map(questions.map((q) => [q.source.id, q.source])).values()];
  const deck = buildComparisonDeck({
    comparison,
    questions: questions.map(({ source, ...q }) => ({ ...q, sourceId: source.id })),
    questionSources,
    dataAsOf: shown.loadedAt,
  });
  return { found: true, deck, dataPin };
}

/**
 * A comparison with occupations: the codes' titles, the roles' discussion questions and the data pin together, then the
 * compare page's comparison. All occupations (00-0000) is no occupation to compare: every comparison shows it already.
 */
async function getMixedPresentation({
  slugs,
  occupations,
  vintage,
  growthBands,
  dataVersion,
  pinTo,
}: {
  slugs: readonly string[];
  occupations: readonly string[];
  vintage: ProjectionVintage;
  growthBands: readonly GrowthBand[];
  dataVersion: PinnedDataVersion | undefined;
  pinTo: Parameters<typeof getDataPin>[0];
}): Promise<PresentationResult> {
  const [choices, questions, dataPin] = await Promise.all([
    listOccupationChoices({ codes: occupations }),
    listDiscussionQuestions({ slugs }),
    getDataPin(pinTo),
  ]);
  const known = occupations.flatMap((code) => choices.filter((o) => o.socCode === code && code !== ALL_OCCUPATIONS_CODE));
  const unknownOccupations = occupations.filter((code) => !known.some((o) => o.socCode === code));
  const shown = shownDataVersion(dataPin);
  if (unknownOccupations.length > 0 || !shown) return { found: false, unknownSlugs: [], unknownOccupations, dataPin };
  const comparison = await getComparison({ slugs, occupations: known, vintage, growthBands, dataVersion });
  const unknownSlugs = slugs.filter((slug) => !comparison.roles.some((r) => r.slug === slug));
  if (unknownSlugs.length > 0) return { found: false, unknownSlugs, unknownOccupations: [], dataPin };
  const deck = buildMixedComparisonDeck({
    comparison,
    questions: questions.map(({ source, ...q }) => ({ ...q, sourceId: source.id })),
    questionSources: [...new Map(questions.map((q) => [q.source.id, q.source])).values()],
    dataAsOf: shown.loadedAt,
  });
  return { found: true, deck, dataPin };
}

/** The data version whose figures the slides show: the pinned one, or the current one; none for a pin that cannot be honoured. */
function shownDataVersion(pin: DataPin): DataVersionStamp | undefined {
  switch (pin.status) {
    case "pinned":
      return pin.pinned;
    case "current":
    case "none":
      return pin.current;
    default:
      return undefined;
  }
}

/** The seed's discussion questions of some roles, by role and position, each with its source's citation. One query. */
export async function listDiscussionQuestions({
  slugs,
}: {
  slugs: readonly string[];
}): Promise<(Omit<DiscussionQuestion, "sourceId"> & { source: SourceCitation })[]> {
  if (slugs.length === 0) return [];
  const db = await database();
  const rows = await db
    .select({
      roleSlug: discussionQuestions.roleSlug,
      position: discussionQuestions.position,
      text: discussionQuestions.question,
      source: sourceCitationColumns,
    })
    .from(discussionQuestions)
    .innerJoin(sources, eq(sources.id, discussionQuestions.sourceId))
    .where(inArray(discussionQuestions.roleSlug, [...slugs]))
    .orderBy(asc(discussionQuestions.roleSlug), asc(discussionQuestions.position));
  return rows;
}

function allOccupationsFigures(total: NonNullable<Awaited<ReturnType<typeof getAllOccupationsOutlook>>>): AllOccupationsFigures {
  const { vintage: _vintage, ...figures } = total;
  return figures;
}
