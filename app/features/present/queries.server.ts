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
import type { Deck } from "~/features/present/slides";
import type { GrowthBand } from "~/features/periods/periods";

export type PresentationResult =
  | { found: true; deck: Deck; dataPin: DataPin }
  /** Unknown slugs, or no data version whose figures can be shown (none loaded, or a pin that names none). */
  | { found: false; unknownSlugs: string[]; dataPin: DataPin };

/**
 * The slides for one role (`slugs` of length 1) or a comparison of 2 to 4 roles, built from the profile and
 * comparison models (role-deck.ts and comparison-deck.ts do the building), with the data pin the route resolves (getDataPin,
 * without its "what changed": the deck names the versions only). Constant queries whatever the roles:
 * one role = the profile (11) + the all-occupations line + the data pin = 13;
 * a comparison = the comparison (11, or 10 when pinned) + the roles' discussion questions + the data pin = 13 (12).
 * With `dataVersion` (a pinned link), the figures are those archived with that version and the deck is dated
 * with its load (docs/decisions/008). `growthBands`: the period's verbal bands, shown with the growth figures.
 * Unknown slugs are reported, never guessed at.
 */
export async function getPresentation({
  slugs,
  vintage,
  growthBands = [],
  dataVersion,
}: {
  slugs: readonly string[];
  vintage: ProjectionVintage;
  growthBands?: readonly GrowthBand[];
  dataVersion?: PinnedDataVersion;
}): Promise<PresentationResult> {
  const pinTo = { tag: dataVersion?.tag, slugs: [], vintage };
  if (slugs.length === 1) {
    const [profile, total, dataPin] = await Promise.all([
      getRoleProfile({ slug: slugs[0]!, vintage, growthBands, dataVersion }),
      getAllOccupationsOutlook({ vintage, dataVersionId: dataVersion?.id }),
      getDataPin(pinTo),
    ]);
    const shown = shownDataVersion(dataPin);
    if (!profile || !shown) return { found: false, unknownSlugs: profile ? [] : [slugs[0]!], dataPin };
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
  if (unknownSlugs.length > 0 || !shown) return { found: false, unknownSlugs, dataPin };
  const questionSources = [...new Map(questions.map((q) => [q.source.id, q.source])).values()];
  const deck = buildComparisonDeck({
    comparison,
    questions: questions.map(({ source, ...q }) => ({ ...q, sourceId: source.id })),
    questionSources,
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
