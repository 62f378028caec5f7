/**
 * The deck of a comparison that includes BLS occupations (`/present?roles=a&occupations=29-1141`, docs/decisions/016),
 * from the comparison the compare page shows (getComparison): every compared item, role or occupation, on the figure
 * slides the role comparison deck uses (pay with its spread, growth, openings), plus one slide of jobs and entry
 * education; the topics only curated roles have (skills, next steps, AI notes, discussion questions) come from the
 * role comparison deck's builders, for the roles. Pure: data in, slides out.
 */
import type { SourceCitation } from "~/features/sources/citations";
import { formatCalendarDate, formatCount, formatVintage } from "~/lib/format";
import { listTitles } from "~/lib/list-titles";
import type { CompareColumn, Comparison } from "~/features/compare/comparison";
import { columnMedian } from "~/features/compare/compare-charts";
import { comparisonAiSlides } from "~/features/present/ai-slides";
import { discussionSlides, roleTopics, type DiscussionQuestion } from "~/features/present/comparison-deck";
import { comparisonFigureSlides, type FigureColumn, type ProjectedColumn } from "~/features/present/comparison-figure-slides";
import { finishDeck } from "~/features/present/finish-deck";
import { comparisonLeadsSlide } from "~/features/present/progression-slides";
import { citer, editorialSummaryCitation, sourceVintage, type Citer } from "~/features/present/slide-citations";
import { comparisonSkillsSlide } from "~/features/present/skill-slides";
import type { Deck, DraftSlide } from "~/features/present/slides";
import { everyWorkerNote } from "~/features/roles/occupation-scope";

export interface MixedComparisonDeckInput {
  comparison: Comparison;
  /** The seed's discussion questions of the compared roles, by role then position. */
  questions: DiscussionQuestion[];
  /** Citations of the questions' sources (the comparison's own list does not include them). */
  questionSources: SourceCitation[];
  /** When the data version the figures come from was loaded (ISO): the pinned one when the comparison is pinned. */
  dataAsOf: string;
}

/** "2 roles and 1 occupation", "3 occupations": what is compared, in words. */
export function comparedCount(columns: readonly Pick<CompareColumn, "kind">[]): string {
  const count = (kind: CompareColumn["kind"], noun: string) => {
    const n = columns.filter((c) => c.kind === kind).length;
    return n === 0 ? null : `${n} ${noun}${n === 1 ? "" : "s"}`;
  };
  return [count("role", "role"), count("occupation", "occupation")].filter((part) => part !== null).join(" and ");
}

/** The slides of a comparison of roles and occupations: the figures of every item side by side, the roles' own topics for the roles. */
export function buildMixedComparisonDeck({ comparison, questions, questionSources, dataAsOf }: MixedComparisonDeckInput): Deck {
  const sources = [...comparison.sources, ...questionSources.filter((s) => !comparison.sources.some((c) => c.id === s.id))];
  const cite = citer(sources);
  const { columns, vintage } = comparison;
  const period = formatVintage(vintage);
  const titles = columns.map((c) => c.title);
  const compared = comparedCount(columns);
  const figureColumns = columns.map(figureColumn);
  const withProjection = figureColumns.filter((c): c is ProjectedColumn => c.projection !== null);
  const projectionSources = [...new Set(withProjection.map((c) => c.projection.sourceId))];
  const sharedCaveat =
    comparison.sharedOccupations.length > 0
      ? comparison.sharedOccupations
          .map(
            (o) =>
              `${listTitles(o.columnTitles)} ${o.includesOccupation ? "are" : "share"} the occupation ${o.title} (SOC ${o.socCode}), so their figures are the same.`,
          )
          .join(" ")
      : null;
  const sharedNote =
    "BLS counts occupations, not job titles: an occupation's figures are its own, and each role's are those of the occupation it is filed under, shown under each title.";
  const roleComparison = comparison.roleComparison;
  // Skills, next steps and AI notes are compared between curated roles, as on the compare page: two at least.
  const comparesRoles = roleComparison !== null && roleComparison.roles.length >= 2;
  const skills = comparesRoles ? comparisonSkillsSlide(roleComparison, cite) : null;
  const leads = comparesRoles ? comparisonLeadsSlide(roleComparison, cite) : null;
  const aiSlides = comparesRoles ? comparisonAiSlides(roleComparison, cite) : [];
  const topics = roleTopics({ skills, leads, aiSlides });
  const occupationTitles = columns.filter((c) => c.kind === "occupation").map((c) => c.title);

  const title: DraftSlide = {
    topic: "title",
    title: titles.join(" vs "),
    caveat: null,
    body: {
      kind: "title",
      kicker: `Career Atlas · Comparing ${compared} · Projections ${period}`,
      lede: `${listTitles(titles)}: pay, growth, openings and the way in, side by side${topics.length > 0 ? `; the roles' ${listTitles(topics)} after` : ""}.`,
      meta: columns.map((c) =>
        c.kind === "role"
          ? `${c.title}: ${c.occupation.title} (SOC ${c.occupation.socCode})`
          : `${c.title}: BLS occupation (SOC ${c.occupation.socCode})`,
      ),
    },
    citations: [...new Set(columns.map((c) => c.occupation.sourceId))].map((id) => cite(id, sourceVintage)),
    notes: [
      sharedNote,
      ...(sharedCaveat ? [sharedCaveat] : []),
      `Skills, next steps, industries and AI notes are Career Atlas's for its curated tech roles only, so ${
        comparesRoles ? "those slides compare the roles" : "these slides show figures only"
      }; the compare page lists each occupation's O*NET technologies and AI research scores.`,
      `The projections are BLS's ${period} release; the data was loaded on ${formatCalendarDate(dataAsOf)}.`,
    ],
  };
  const whatEachIs: DraftSlide = {
    topic: "what-they-do",
    title: "What each one is",
    caveat: null,
    body: {
      kind: "columns",
      lede: null,
      columns: columns.map((c) => ({
        heading: c.title,
        meta: c.kind === "role" ? "Career Atlas tech role" : `BLS occupation, SOC ${c.occupation.socCode}`,
        figures: [],
        items: [
          c.kind === "role"
            ? (roleComparison?.roles.find((r) => r.slug === c.roleSlug)?.summary ?? c.occupation.title)
            : `Its figures are those of ${everyWorkerNote(c.title)}.`,
        ],
      })),
      takeaway: null,
    },
    citations: [
      ...(columns.some((c) => c.kind === "role") ? [editorialSummaryCitation(cite)] : []),
      ...columns.filter((c) => c.kind === "occupation").map((c) => cite(c.occupation.sourceId, sourceVintage)),
    ],
    notes: [
      `Ask the class to guess, before the next slides, which of these pays most and which has the most openings.`,
      ...(occupationTitles.length > 0
        ? [
            `${listTitles(occupationTitles)} ${occupationTitles.length === 1 ? "is a BLS occupation" : "are BLS occupations"}: each profile on Career Atlas has O*NET's tasks and technologies.`,
          ]
        : []),
    ],
  };

  return finishDeck({
    kind: "comparison",
    title: titles.join(" vs "),
    slugs: columns.flatMap((c) => (c.kind === "role" && c.roleSlug ? [c.roleSlug] : [])),
    occupations: columns.flatMap((c) => (c.kind === "occupation" ? [c.occupation.socCode] : [])),
    vintage: vintage as Deck["vintage"],
    dataAsOf,
    ...(comparison.pinnedDataVersion ? { pinnedDataVersion: comparison.pinnedDataVersion } : {}),
    slides: [
      title,
      whatEachIs,
      ...comparisonFigureSlides({
        comparison: { roles: figureColumns, allOccupations: comparison.allOccupations },
        cite,
        period,
        withProjection,
        projectionSources,
        sharedCaveat,
        sharedNote,
      }),
      ...entrySlides(columns, cite, period, sharedCaveat),
      ...(skills ? [skills] : []),
      ...(leads ? [leads] : []),
      ...aiSlides,
      ...discussionSlides({ roles: comparison.roles }, questions, cite, compared),
    ],
    sources,
  });
}

/**
 * A column as the figure slides read it. A spread is shown under a median only from the median's own OEWS survey
 * (the compare page's columns carry the newest survey, which a pinned or older period's median may not be from); a
 * median BLS prints none of is that survey's own where it is the line's base year's (columnMedian: an hourly one).
 */
function figureColumn(column: CompareColumn): FigureColumn {
  const sameSurvey = column.pay !== null && columnMedian(column)?.wageYear === column.pay.wageYear;
  return {
    kind: column.kind,
    title: column.title,
    occupation: column.occupation,
    projection: column.projection,
    growthBand: column.growthBand,
    growthComparison: column.growthComparison,
    otherWages: column.otherWages,
    pay: sameSurvey ? column.pay : null,
  };
}

/**
 * Jobs in the base year and BLS's typical entry education and experience, one figure per item (the compare page's
 * "Jobs" and "Entry education" rows); none when no item has a projection for the period.
 */
function entrySlides(columns: readonly CompareColumn[], cite: Citer, period: string, sharedCaveat: string | null): DraftSlide[] {
  const projected = columns.flatMap((c) => (c.projection ? [{ column: c, projection: c.projection }] : []));
  if (projected.length === 0) return [];
  const baseYear = projected[0]!.projection.baseYear;
  const entry = (c: CompareColumn) =>
    c.entryEducation
      ? `Typical entry: ${c.entryEducation.charAt(0).toLowerCase()}${c.entryEducation.slice(1)}${
          c.workExperience ? `; work experience: ${c.workExperience.charAt(0).toLowerCase()}${c.workExperience.slice(1)}` : ""
        }.`
      : "Typical entry education not published.";
  return [
    {
      topic: "entry",
      title: "Jobs today and the way in",
      caveat: sharedCaveat,
      body: {
        kind: "figures",
        lede: `Jobs in ${baseYear}, and the education BLS says is typical to enter`,
        figures: columns.map((c) => ({
          label: c.title,
          value: c.projection ? formatCount(c.projection.employmentBase) : "Not published",
          detail: c.projection ? `jobs in ${c.projection.baseYear}. ${entry(c)}` : entry(c),
        })),
        charts: [],
        takeaway: null,
      },
      citations: [
        ...[...new Set(projected.map((p) => p.projection.sourceId))].map((id) => cite(id, () => period)),
        ...columns.flatMap((c) =>
          c.entrySourceId && c.entryEducation
            ? [cite(c.entrySourceId, () => `entry education, ${c.entryDataYear ? formatVintage(c.entryDataYear) : period}`)]
            : [],
        ),
      ],
      notes: [
        `Jobs are BLS's count of everyone employed in the whole occupation in ${baseYear}, every level of experience included.`,
        `Typical entry education is what BLS says most workers need to enter the occupation: many enter with more, and some with less.`,
        ...projected.map(
          ({ column, projection }) =>
            `${column.title}: ${formatCount(projection.employmentBase)} jobs in ${projection.baseYear}, ${formatCount(projection.employmentProjected)} projected for ${projection.targetYear}.`,
        ),
      ],
    },
  ];
}
