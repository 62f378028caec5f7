import { asc, eq, inArray } from "drizzle-orm";
import { discussionQuestions, sources } from "../../db/schema";
import type { ProjectionVintage } from "../../db/schema/enums";
import { database } from "~/db.server";
import { getRoleComparison } from "~/models/compare.server";
import { getCurrentDataVersion, type DataVersion } from "~/models/data-version.server";
import { getAllOccupationsOutlook } from "~/models/outlook.server";
import { getRoleProfile } from "~/models/roles.server";
import type { SourceCitation } from "~/utils/citations";
import type { AllOccupationsFigures } from "~/utils/role-comparison";
import { buildComparisonDeck, buildRoleDeck, type Deck, type DiscussionQuestion } from "~/utils/slides";

export type PresentationResult =
  | { found: true; deck: Deck; dataVersion: DataVersion }
  | { found: false; unknownSlugs: string[]; dataVersion: DataVersion | undefined };

/**
 * The slides for one role (`slugs` of length 1) or a comparison of 2 to 4 roles, built from the profile and
 * comparison models (app/utils/slides.ts does the building). Constant queries whatever the roles:
 * one role = the profile (10) + the all-occupations line + the data version = 12;
 * a comparison = the comparison (10) + the roles' discussion questions + the data version = 12.
 * Unknown slugs are reported, never guessed at.
 */
export async function getPresentation({ slugs, vintage }: { slugs: readonly string[]; vintage: ProjectionVintage }): Promise<PresentationResult> {
  if (slugs.length === 1) {
    const [profile, total, dataVersion] = await Promise.all([
      getRoleProfile({ slug: slugs[0]!, vintage }),
      getAllOccupationsOutlook({ vintage }),
      getCurrentDataVersion(),
    ]);
    if (!profile || !dataVersion) return { found: false, unknownSlugs: profile ? [] : [slugs[0]!], dataVersion };
    const deck = buildRoleDeck({ profile, allOccupations: total ? allOccupationsFigures(total) : null, dataAsOf: dataVersion.loadedAt });
    return { found: true, deck, dataVersion };
  }
  const [comparison, questions, dataVersion] = await Promise.all([
    getRoleComparison({ slugs, vintage }),
    listDiscussionQuestions({ slugs }),
    getCurrentDataVersion(),
  ]);
  const unknownSlugs = slugs.filter((slug) => !comparison.roles.some((r) => r.slug === slug));
  if (unknownSlugs.length > 0 || !dataVersion) return { found: false, unknownSlugs, dataVersion };
  const questionSources = [...new Map(questions.map((q) => [q.source.id, q.source])).values()];
  const deck = buildComparisonDeck({
    comparison,
    questions: questions.map(({ source, ...q }) => ({ ...q, sourceId: source.id })),
    questionSources,
    dataAsOf: dataVersion.loadedAt,
  });
  return { found: true, deck, dataVersion };
}

/** The seed's discussion questions of some roles, by role and position, each with its source's citation. One query. */
export async function listDiscussionQuestions({ slugs }: { slugs: readonly string[] }): Promise<(Omit<DiscussionQuestion, "sourceId"> & { source: SourceCitation })[]> {
  if (slugs.length === 0) return [];
  const db = await database();
  const rows = await db
    .select({
      roleSlug: discussionQuestions.roleSlug,
      position: discussionQuestions.position,
      text: discussionQuestions.question,
      sourceId: sources.id,
      publisher: sources.publisher,
      title: sources.title,
      vintage: sources.vintage,
      url: sources.url,
      attribution: sources.attribution,
      license: sources.license,
    })
    .from(discussionQuestions)
    .innerJoin(sources, eq(sources.id, discussionQuestions.sourceId))
    .where(inArray(discussionQuestions.roleSlug, [...slugs]))
    .orderBy(asc(discussionQuestions.roleSlug), asc(discussionQuestions.position));
  return rows.map(({ roleSlug, position, text, sourceId, ...citation }) => ({ roleSlug, position, text, source: { id: sourceId, ...citation } }));
}

function allOccupationsFigures(total: NonNullable<Awaited<ReturnType<typeof getAllOccupationsOutlook>>>): AllOccupationsFigures {
  const { vintage: _vintage, ...figures } = total;
  return figures;
}
