/**
 * A comparison's figure slides: pay, growth and openings, one figure or bar per compared item (a curated role, or a
 * BLS occupation in a mixed comparison) next to the all-occupations reference. Items without a projection for the
 * vintage say "Not published" where a figure would be; the bars list only the items that have one.
 */
import { formatCount, formatCountChange, formatDollars, formatPercentChange, formatWageYear } from "~/lib/format";
import type { AllOccupationsFigures, PricedRole } from "~/features/compare/role-comparison";
import { growthSentence } from "~/features/roles/growth-sentence";
import { openingsComparisonSentence } from "~/features/present/openings-sentences";
import type { Citer } from "~/features/present/slide-citations";
import type { DraftSlide } from "~/features/present/slides";
import {
  HOURLY_ONLY_NOTE,
  lineMedianPay,
  lowPercentilesNote,
  medianPayText,
  medianSpread,
  PAY_SPREAD_LABEL,
  paySpreadSentence,
  paySpreadText,
} from "~/features/pay/pay";
import { everyWorkerNote, wholeOccupationNote } from "~/features/roles/occupation-scope";
import { growthBarRows, growthLines } from "~/features/present/career-growth-bars";

/**
 * One compared item as the figure slides read it: a curated role (its primary occupation's figures) or, in a mixed
 * comparison, a BLS occupation (its own; `kind: "occupation"`). A role deck's roles need no `kind`.
 */
export type FigureColumn = Pick<PricedRole, "title" | "projection" | "growthBand" | "growthComparison" | "otherWages" | "pay"> & {
  kind?: "role" | "occupation";
  occupation: { socCode: string; title: string };
};

/** A compared item with a projection for the period (the bars list these). */
export type ProjectedColumn = FigureColumn & { projection: NonNullable<PricedRole["projection"]> };
export type ProjectedRole = PricedRole & ProjectedColumn;

/** What the comparison deck has worked out once and every figure slide uses. */
export interface ComparisonFigureContext {
  /** The compared items in order (`roles`: a role-only comparison's name for them) and the all-occupations line. */
  comparison: { roles: readonly FigureColumn[]; allOccupations: AllOccupationsFigures | null };
  cite: Citer;
  /** The projection period as shown: "2024–34". */
  period: string;
  /** The items with a projection for the vintage, in the comparison's order. */
  withProjection: ProjectedColumn[];
  /** Their projections' sources, each once. */
  projectionSources: string[];
  /** On the slide: which roles share an occupation, and so its figures (null when none do). */
  sharedCaveat: string | null;
  /** In the notes: why each role's figures are its occupation's. */
  sharedNote: string;
}

/** Under the openings slide's bars, which name roles: whose figures they are. */
export const OPENINGS_SCOPE =
  "Growth and openings are BLS figures for the whole occupation each role is filed under, every level of experience included.";

/** The same, when occupations are compared too: an occupation's figures are its own, a role's its occupation's. */
export const MIXED_OPENINGS_SCOPE =
  "Growth and openings are BLS figures for whole occupations, every level of experience included: a role's are those of the occupation it is filed under.";

/** Whose figures a column shows, for students: a role's whole occupation, or every worker in an occupation. */
function whoseFigures(column: FigureColumn): string {
  return column.kind === "occupation"
    ? everyWorkerNote(column.occupation.title)
    : wholeOccupationNote(column.title, column.occupation.title);
}

const comparesOccupations = (columns: readonly FigureColumn[]) => columns.some((c) => c.kind === "occupation");

/** Pay, growth and openings, in that order; none when no role has a projection for the vintage. */
export function comparisonFigureSlides(context: ComparisonFigureContext): DraftSlide[] {
  if (context.withProjection.length === 0) return [];
  return [paySlide(context), growthSlide(context), openingsSlide(context)];
}

/**
 * The median a column shows, as every page shows it (lineMedianPay): its line's own; where BLS prints none, the top code
 * or, published by the hour only (actors: 27-2011), the hourly median of `pay`, the survey of the line's base year.
 */
function medianOf(column: FigureColumn) {
  return column.projection ? lineMedianPay(column.projection, column.pay) : null;
}

/**
 * Each role's median with, under it, whose pay it is (the whole occupation's) and the 10th–90th percentile spread of
 * the same survey; the low end is said not to be a starting salary. A median OEWS publishes by the hour only is given
 * by the hour, said so, and has no spread (its percentiles are hourly too); the lede then no longer says "annual".
 */
function paySlide(context: ComparisonFigureContext): DraftSlide {
  const { comparison, cite, period, withProjection, projectionSources, sharedCaveat, sharedNote } = context;
  const { roles, allOccupations: all } = comparison;
  const medians = roles.map((r) => ({ role: r, median: medianOf(r) }));
  const hourly = medians.flatMap(({ role, median }) => (median?.per === "hour" ? [{ role, median }] : []));
  const wageYear =
    withProjection.find((r) => r.projection.wageYear !== null)?.projection.wageYear ??
    medians.find(({ median }) => median !== null)?.median?.wageYear ??
    null;
  // A spread is shown only beside a yearly median, from the percentiles of the median's own survey.
  const spreadOf = (r: FigureColumn) => {
    const survey = medianSpread(medianOf(r), r.pay);
    return survey ? paySpreadSentence(survey) : null;
  };
  const spreads = roles.flatMap((r) => {
    const sentence = spreadOf(r);
    return sentence && r.pay ? [{ role: r, pay: r.pay, sentence }] : [];
  });
  // The OEWS survey of a median BLS prints none of (an hourly one, or a top code) is cited beside the projections.
  const surveyMedians = medians.flatMap(({ role, median }) => (median && median.sourceId !== role.projection?.sourceId ? [median] : []));
  const low = lowPercentilesNote({ quarter: false });
  const annual = hourly.length > 0 ? "Median pay" : "Median annual pay";
  return {
    topic: "pay",
    title: "Pay",
    caveat: sharedCaveat,
    body: {
      kind: "figures",
      lede: wageYear !== null ? `${annual}, ${formatWageYear(wageYear)}` : annual,
      figures: medians.map(({ role: r, median }) => ({
        label: r.title,
        value: median ? medianPayText(median) : "Not published",
        detail: median
          ? [
              `Pay of ${whoseFigures(r)}.`,
              spreadOf(r) ? `${spreadOf(r)}.` : null,
              median.per === "hour" ? `${HOURLY_ONLY_NOTE}; ${formatWageYear(median.wageYear)}.` : null,
            ]
              .filter((part) => part !== null)
              .join(" ")
          : r.occupation.title,
      })),
      charts: [],
      takeaway:
        [
          all?.medianAnnualWage != null && all.wageYear != null
            ? `All occupations: ${formatDollars(all.medianAnnualWage)} (${formatWageYear(all.wageYear)}).`
            : null,
          spreads.length > 0 ? low.lead : null,
        ]
          .filter((part) => part !== null)
          .join(" ") || null,
    },
    citations: [
      ...projectionSources.map((id) => cite(id, () => (wageYear !== null ? `${period} release; pay ${formatWageYear(wageYear)}` : period))),
      ...surveyMedians.map((median) => cite(median.sourceId, () => `${formatWageYear(median.wageYear)}, median`)),
      ...spreads.map(({ pay }) => cite(pay.sourceId, () => `${formatWageYear(pay.wageYear)}, percentiles`)),
      ...roles.flatMap((r) => r.otherWages.map((w) => cite(w.sourceId, () => formatWageYear(w.wageYear)))),
    ],
    notes: [
      `The median is the middle wage of everyone in the occupation, beginners and experienced workers alike.`,
      ...hourly.map(
        ({ role, median }) =>
          `${role.title}: ${HOURLY_ONLY_NOTE}, so its median is ${medianPayText(median)} (${formatWageYear(median.wageYear)}), not turned into a yearly figure.`,
      ),
      ...(spreads.length > 0
        ? [
            `Under each median, the ${PAY_SPREAD_LABEL} spread from the same OEWS survey: a tenth of the occupation's workers earn less than the first figure and a tenth more than the second. ${low.lead} ${low.rest}`,
            ...spreads.map(
              ({ role, pay }) => `${role.title} (${role.occupation.title}): ${paySpreadText(pay)} (${formatWageYear(pay.wageYear)}).`,
            ),
          ]
        : []),
      ...roles.flatMap((r) =>
        r.otherWages.map(
          (w) =>
            `Sources disagree for ${r.title}: another release gives ${formatDollars(w.medianAnnualWage)} (${formatWageYear(w.wageYear)}).`,
        ),
      ),
      sharedNote,
    ],
  };
}

/** Each role's growth, worded against the all-occupations rate, and as bars with that rate as the last one. */
function growthSlide(context: ComparisonFigureContext): DraftSlide {
  const { comparison, cite, period, withProjection, projectionSources, sharedCaveat, sharedNote } = context;
  const { roles, allOccupations: all } = comparison;
  const bandSources = [...new Set(withProjection.flatMap((r) => (r.growthBand ? [r.growthBand.sourceId] : [])))];
  return {
    topic: "growth",
    title: `Growth, ${period}`,
    caveat: sharedCaveat,
    body: {
      kind: "figures",
      lede: `Projected change in jobs, ${period}`,
      figures: roles.map((r) => ({
        label: r.title,
        value: r.projection ? formatPercentChange(r.projection.changePercent) : "Not published",
        // Whose growth it is (the whole occupation's), the period's published verbal band (verbatim), then the
        // comparison with all occupations.
        detail:
          [
            r.projection ? `Growth of ${whoseFigures(r)}` : null,
            r.projection && r.growthBand ? r.growthBand.label : null,
            r.growthComparison && r.projection ? growthSentence(r.growthComparison, "none") : null,
          ]
            .filter((part) => part !== null)
            .join(" · ") || null,
      })),
      charts: [
        {
          title: `Projected change in jobs, ${period}`,
          rows: comparesOccupations(roles)
            ? mixedGrowthRows(withProjection, all)
            : [
                ...withProjection.map((r) => ({
                  label: r.title,
                  value: r.projection.changePercent,
                  text: formatPercentChange(r.projection.changePercent),
                  emphasis: true,
                })),
                ...(all
                  ? [{ label: "All occupations", value: all.changePercent, text: formatPercentChange(all.changePercent), emphasis: false }]
                  : []),
              ],
        },
      ],
      takeaway: null,
    },
    citations: [
      ...[...new Set([...projectionSources, ...(all ? [all.sourceId] : [])])].map((id) => cite(id, () => period)),
      ...bandSources.map((id) => cite(id, () => `growth band, ${period}`)),
    ],
    notes: [
      `Each role is compared with the all-occupations rate of the same period${all ? ` (${formatPercentChange(all.changePercent)})` : ""}.`,
      bandSources.length > 0
        ? `Beside each percent is the verbal band published for ${period} that it falls in, word for word; the footer cites it.`
        : `No verbal band such as “faster than average” is published for ${period} in our data, so none is shown.`,
      `A percent says how fast, not how many: the next slide puts growth next to openings.`,
      sharedNote,
    ],
  };
}

/**
 * A mixed comparison's growth bars, as the explorer decks draw careers (career-growth-bars.ts): one bar per BLS line,
 * roles and occupations named apart ("Role: …", "Occupation: …"), a role's line named under it, fastest first, then all
 * occupations. A role filed under a compared occupation shares its bar instead of looking like a second career.
 */
function mixedGrowthRows(columns: readonly ProjectedColumn[], all: AllOccupationsFigures | null) {
  const lines = growthLines(
    columns.map((c) => ({
      kind: c.kind ?? "role",
      title: c.title,
      socCode: c.occupation.socCode,
      socTitle: c.occupation.title,
      changePercent: c.projection.changePercent,
      projectionSourceId: c.projection.sourceId,
    })),
  );
  return growthBarRows(lines, all?.changePercent ?? null);
}

/** Growth and openings as two bar charts side by side, and the pair of roles that shows the misconception best. */
function openingsSlide({ comparison, cite, period, withProjection, projectionSources, sharedCaveat }: ComparisonFigureContext): DraftSlide {
  const years = withProjection[0]!.projection.targetYear - withProjection[0]!.projection.baseYear;
  return {
    topic: "openings",
    title: "Openings vs growth",
    // The bars carry role titles only: the slide says whose figures they are.
    caveat: [comparesOccupations(comparison.roles) ? MIXED_OPENINGS_SCOPE : OPENINGS_SCOPE, sharedCaveat]
      .filter((part) => part !== null)
      .join(" "),
    body: {
      kind: "figures",
      lede: "Growth says how fast. Openings say how many chances to get hired.",
      figures: [],
      charts: [
        {
          title: `Growth, ${period}`,
          rows: withProjection.map((r) => ({
            label: r.title,
            value: r.projection.changePercent,
            text: formatPercentChange(r.projection.changePercent),
            emphasis: false,
          })),
        },
        {
          title: `Openings each year, ${period} average`,
          rows: withProjection.map((r) => ({
            label: r.title,
            value: r.projection.annualOpenings ?? 0,
            text: r.projection.annualOpenings !== null ? formatCount(r.projection.annualOpenings) : "Not published",
            emphasis: false,
          })),
        },
      ],
      takeaway: openingsComparisonSentence(withProjection),
    },
    citations: projectionSources.map((id) => cite(id, () => period)),
    notes: [
      `Openings each year are an average over ${period}: new jobs plus the jobs left by workers who retire or change occupation.`,
      `Common misconception: the fastest-growing occupation is not always the one with the most openings. A large occupation growing slowly can offer more openings than a small one growing fast.`,
      ...withProjection.map(
        (r) =>
          `${r.title}: ${formatCount(r.projection.employmentBase)} jobs in ${r.projection.baseYear}, ${r.projection.changeNumeric !== null ? `${formatCountChange(r.projection.changeNumeric)} new jobs over ${years} years, ` : ""}${r.projection.annualOpenings !== null ? `${formatCount(r.projection.annualOpenings)} openings a year` : "openings not published"}.`,
      ),
    ],
  };
}
