/**
 * The deck for 2 to 4 roles, from the role comparison the compare page shows plus the roles' discussion
 * questions: the same topics as one role's deck, each with the roles side by side, and AI impact on three
 * slides (one per layer) so the layers are never read as one.
 */
import type { SourceCitation } from "~/features/sources/citations";
import { formatCalendarDate, formatVintage } from "~/lib/format";
import { listTitles } from "~/lib/list-titles";
import type { PricedRoleComparison, RoleComparison } from "~/features/compare/role-comparison";
import { comparisonAiSlides } from "~/features/present/ai-slides";
import { comparisonFigureSlides, type ProjectedRole } from "~/features/present/comparison-figure-slides";
import { finishDeck } from "~/features/present/finish-deck";
import { comparisonLeadsSlide } from "~/features/present/progression-slides";
import { citer, editorialSummaryCitation, sourceVintage, type Citer } from "~/features/present/slide-citations";
import { comparisonSkillsSlide } from "~/features/present/skill-slides";
import type { Deck, DraftSlide } from "~/features/present/slides";

export interface DiscussionQuestion {
  roleSlug: string;
  position: number;
  text: string;
  sourceId: string;
}

export interface ComparisonDeckInput {
  comparison: PricedRoleComparison;
  /** The seed's discussion questions of the compared roles, by role then position. */
  questions: DiscussionQuestion[];
  /** Citations of the questions' sources (the comparison's own list does not include them). */
  questionSources: SourceCitation[];
  /** When the data version the figures come from was loaded (ISO): the pinned one when the comparison is pinned. */
  dataAsOf: string;
}

/** The slides for 2 to 4 roles: the same topics as one role, each with the roles side by side. */
export function buildComparisonDeck({ comparison, questions, questionSources, dataAsOf }: ComparisonDeckInput): Deck {
  const sources = [...comparison.sources, ...questionSources.filter((s) => !comparison.sources.some((c) => c.id === s.id))];
  const cite = citer(sources);
  const { roles, vintage } = comparison;
  const period = formatVintage(vintage);
  const titles = roles.map((r) => r.title);
  const withProjection = roles.filter((r): r is ProjectedRole => r.projection !== null);
  const projectionSources = [...new Set(withProjection.map((r) => r.projection.sourceId))];
  const sharedCaveat =
    comparison.sharedOccupations.length > 0
      ? comparison.sharedOccupations
          .map(
            (o) =>
              `${listTitles(o.roleSlugs.map((s) => roles.find((r) => r.slug === s)!.title))} share the occupation ${o.title} (SOC ${o.socCode}), so their figures are the same.`,
          )
          .join(" ")
      : null;
  const sharedNote =
    "BLS counts occupations, not job titles: each role's figures are those of the occupation it is filed under, shown under each title.";
  const skills = comparisonSkillsSlide(comparison, cite);
  const leads = comparisonLeadsSlide(comparison, cite);
  const aiSlides = comparisonAiSlides(comparison, cite);

  const title: DraftSlide = {
    topic: "title",
    title: titles.join(" vs "),
    caveat: null,
    body: {
      kind: "title",
      kicker: `Career Atlas · Comparing ${roles.length} roles · Projections ${period}`,
      lede: `${listTitles(titles)}: ${listTitles(["pay", "growth", "openings", ...roleTopics({ skills, leads, aiSlides })])}, side by side.`,
      meta: roles.map((r) => `${r.title}: ${r.occupation.title} (SOC ${r.occupation.socCode})`),
    },
    citations: [...new Set(roles.map((r) => r.occupation.sourceId))].map((id) => cite(id, sourceVintage)),
    notes: [
      sharedNote,
      ...(sharedCaveat ? [sharedCaveat] : []),
      `The projections are BLS's ${period} release; the data was loaded on ${formatCalendarDate(dataAsOf)}.`,
    ],
  };
  const whatEachDoes: DraftSlide = {
    topic: "what-they-do",
    title: "What each one does",
    caveat: null,
    body: {
      kind: "columns",
      lede: null,
      columns: roles.map((r) => ({ heading: r.title, meta: null, figures: [], items: [r.summary] })),
      takeaway: null,
    },
    citations: [editorialSummaryCitation(cite)],
    notes: [`Ask the class to guess, before the next slides, which of these pays most and which has the most openings.`],
  };

  return finishDeck({
    kind: "comparison",
    title: titles.join(" vs "),
    slugs: roles.map((r) => r.slug),
    vintage,
    dataAsOf,
    ...(comparison.pinnedDataVersion ? { pinnedDataVersion: comparison.pinnedDataVersion } : {}),
    slides: [
      title,
      whatEachDoes,
      ...comparisonFigureSlides({ comparison, cite, period, withProjection, projectionSources, sharedCaveat, sharedNote }),
      ...(skills ? [skills] : []),
      ...(leads ? [leads] : []),
      ...aiSlides,
      ...discussionSlides(comparison, questions, cite),
    ],
    sources,
  });
}

/**
 * The curated roles' own topics a deck has slides for, as its title slide names them: a topic no role has anything in
 * gets no slide (skills O*NET marks, next steps, AI notes), so the title slide does not promise it.
 */
export function roleTopics({
  skills,
  leads,
  aiSlides,
}: {
  skills: DraftSlide | null;
  leads: DraftSlide | null;
  aiSlides: readonly DraftSlide[];
}): string[] {
  return [...(skills ? ["skills"] : []), ...(leads ? ["next steps"] : []), ...(aiSlides.length > 0 ? ["AI impact"] : [])];
}

/**
 * One slide per role with its questions in order; roles without questions get none. `compared`: what the class
 * chooses among ("2 roles"; a mixed comparison's "1 role and 1 occupation").
 */
export function discussionSlides(
  { roles }: Pick<RoleComparison, "roles">,
  questions: DiscussionQuestion[],
  cite: Citer,
  compared = `${roles.length} roles`,
): DraftSlide[] {
  return roles.flatMap((role): DraftSlide[] => {
    const own = questions.filter((q) => q.roleSlug === role.slug).sort((a, b) => a.position - b.position);
    if (own.length === 0) return [];
    return [
      {
        topic: "discussion",
        title: `Discussion: ${role.title}`,
        caveat: null,
        body: { kind: "list", lede: null, items: own.map((q) => q.text), takeaway: null },
        citations: [...new Set(own.map((q) => q.sourceId))].map((id) => cite(id, sourceVintage)),
        notes: [`Pick one question per group; ask each group which of the ${compared} they would try first, and why.`],
      },
    ];
  });
}
