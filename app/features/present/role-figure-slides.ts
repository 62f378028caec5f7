/**
 * One role's figure slides: pay, growth against all occupations, and openings against growth. The figures are
 * those of the role's whole occupation (BLS counts occupations, not job titles), so each slide says so on its
 * face and the notes explain why; none of these slides exists when BLS published no projection for the vintage.
 */
import { formatCount, formatCountChange, formatDollars, formatPercentChange, formatWageYear } from "~/lib/format";
import type { AllOccupationsFigures } from "~/features/compare/role-comparison";
import { growthSentence } from "~/features/roles/growth-sentence";
import type { RoleProfile } from "~/features/roles/role-profile";
import { openingsSentence } from "~/features/present/openings-sentences";
import { sourceVintage, type Citer } from "~/features/present/slide-citations";
import type { DraftSlide } from "~/features/present/slides";
import { lowPercentilesNote, PAY_SPREAD_LABEL, paySpreadText } from "~/features/pay/pay";
import { wholeOccupationNote } from "~/features/roles/occupation-scope";
import { SUMMED_LINES_NOTE, SUMMED_MARK, SUMMED_PROJECTION_NOTE, withSummedMark } from "~/features/roles/summed-lines";

/** What the role deck has worked out once and every figure slide uses. */
export interface RoleFigureContext {
  profile: RoleProfile;
  /** The all-occupations line of the same vintage (pay and openings for reference), if published. */
  allOccupations: AllOccupationsFigures | null;
  cite: Citer;
  /** The projection period as shown: "2024–34". */
  period: string;
  /** On the slide: whose figures these are, and which roles show the same numbers. */
  sharedCaveat: string;
  /** In the notes: why the figures are the occupation's, not the job title's. */
  sharedNote: string;
}

type Projection = NonNullable<RoleProfile["quickFacts"]["projection"]>;

/** Pay, growth and openings, in that order; none without a projection. */
export function roleFigureSlides(context: RoleFigureContext): DraftSlide[] {
  const projection = context.profile.quickFacts.projection;
  if (!projection) return [];
  return [paySlide(context, projection), growthSlide(context, projection), openingsSlide(context, projection)];
}

function paySlide({ profile, allOccupations, cite, period, sharedCaveat, sharedNote }: RoleFigureContext, p: Projection): DraftSlide {
  const { occupation } = profile;
  const wage = p.medianAnnualWage !== null && p.wageYear !== null ? { value: p.medianAnnualWage, year: p.wageYear } : null;
  const pay = profile.quickFacts.pay;
  const spread = pay ? paySpreadText(pay) : null;
  const scope = wholeOccupationNote(profile.role.title, p.occupationTitle);
  const low = lowPercentilesNote({ quarter: false });
  return {
    topic: "pay",
    title: "Pay",
    caveat: sharedCaveat,
    body: {
      kind: "figures",
      lede: null,
      figures: [
        wage
          ? {
              label: `Median annual pay, ${formatWageYear(wage.year)}`,
              value: formatDollars(wage.value),
              // The spread the median hides, from the same survey, in the detail line: a range is too wide to stand as a figure.
              detail: spread ? `${PAY_SPREAD_LABEL}: ${spread}` : occupation.title,
            }
          : {
              label: "Median annual pay",
              value: "Not published",
              detail: `BLS gives no median wage for ${occupation.title} in ${period}`,
            },
        ...(allOccupations?.medianAnnualWage != null && allOccupations.wageYear != null
          ? [
              {
                label: `All occupations, ${formatWageYear(allOccupations.wageYear)}`,
                value: formatDollars(allOccupations.medianAnnualWage),
                detail: "Median for every U.S. job",
              },
            ]
          : []),
      ],
      charts: [],
      takeaway: wage ? `Pay of ${scope}.${spread ? ` ${low.lead}` : ""}` : null,
    },
    citations: [
      cite(p.sourceId, () => (wage ? `${period} release; pay ${formatWageYear(wage.year)}` : period)),
      ...(pay && spread ? [cite(pay.sourceId, () => `${formatWageYear(pay.wageYear)}, percentiles`)] : []),
      ...profile.quickFacts.otherWages.map((w) => cite(w.sourceId, () => formatWageYear(w.wageYear))),
    ],
    notes: [
      `The median is the middle wage: half of the workers in the occupation earn more, half earn less. It covers beginners and experienced workers alike.`,
      ...(pay && spread
        ? [
            `${PAY_SPREAD_LABEL}, ${formatWageYear(pay.wageYear)}: ${spread}, from the same OEWS survey. A tenth of all ${occupation.title.toLowerCase()} earn less than the first figure and a tenth more than the second. ${low.lead} ${low.rest}`,
          ]
        : []),
      ...profile.quickFacts.otherWages.map(
        (w) =>
          `Sources disagree: another release gives ${formatDollars(w.medianAnnualWage)} (${formatWageYear(w.wageYear)}) for the same occupation. Both are shown on the profile; neither is "the" right one.`,
      ),
      sharedNote,
    ],
  };
}

/** Growth against the all-occupations rate of the same period, with the wider occupation groups as bars. */
function growthSlide({ profile, cite, period, sharedCaveat }: RoleFigureContext, p: Projection): DraftSlide {
  const { occupation, vintage } = profile;
  const { comparison, growthBand: band } = profile.quickFacts;
  const growthRows = profile.charts.growth;
  const earlier = profile.charts.vintages.filter((v) => v.vintage !== vintage);
  const figureStatements = profile.outlookStatements.filter((s) => s.figure !== null);
  return {
    topic: "growth",
    title: `Growth, ${period}`,
    caveat: sharedCaveat,
    body: {
      kind: "figures",
      lede: null,
      figures: [
        {
          label: `Projected change in jobs, ${period}`,
          value: formatPercentChange(p.changePercent),
          // The period's published verbal band, verbatim, beside the percent it comes from.
          detail: band ? `${band.label} · ${occupation.title}` : occupation.title,
        },
        ...(comparison
          ? [
              {
                label: `All occupations, ${period}`,
                value: formatPercentChange(comparison.allOccupationsPercent),
                detail: "Every U.S. job",
              },
            ]
          : []),
      ],
      charts:
        growthRows.length > 1
          ? [
              {
                title: `Projected change in jobs, ${period}`,
                rows: growthRows.map((r) => ({
                  // A group Career Atlas summed is marked as on the profile's chart: BLS published no such row.
                  label: withSummedMark(r.kind === "detailed" ? r.occupationTitle : r.label, r),
                  value: r.changePercent,
                  text: formatPercentChange(r.changePercent, r.percentDecimals),
                  emphasis: r.isRoleOccupation,
                })),
              },
            ]
          : [],
      takeaway: comparison ? growthSentence(comparison, { period }) : null,
    },
    citations: [
      cite(p.sourceId, () => period),
      ...(band ? [cite(band.sourceId, () => `growth band, ${period}`)] : []),
      ...(comparison ? [cite(comparison.allOccupationsSourceId, () => period)] : []),
      // The footer says which figure is Career Atlas's sum of the cited lines, as the profile's chart does under its source.
      ...growthRows.map((r) => cite(r.sourceId, () => (r.isDerived ? `${period}; ${SUMMED_LINES_NOTE}` : period))),
    ],
    notes: [
      `Growth is the percent change in the number of jobs over ten years (${period}). We compare it with the all-occupations rate of the same period.`,
      band
        ? `“${band.label}” is the verbal band ${band.isDerived ? "Career Atlas worked out (not BLS's or O*NET's)" : "published"} for ${period} that this percent falls in; the footer cites it.`
        : `No verbal band such as “faster than average” is published for ${period} in our data, so none is shown: the percent and the all-occupations rate say it.`,
      `A percent says how fast, not how many: a small occupation can grow fast and still add few jobs. The next slide shows the openings.`,
      ...(earlier.length > 0
        ? [
            `Projections are revised every year. For ${occupation.title}: ${earlier
              .map((v) => `${formatPercentChange(v.changePercent)} in ${v.label}`)
              .join(", ")}, against ${formatPercentChange(p.changePercent)} now. Always say which projection period a figure is from.`,
          ]
        : []),
      ...figureStatements.map(
        (s) =>
          `You may hear: “${s.statement}” (${cite(s.sourceId, sourceVintage).label}).${s.note ? ` ${s.note}` : ""}${s.kind === "uncited_claim" ? " Don't present it as a projection." : ""}`,
      ),
      ...(p.isDerived ? [SUMMED_PROJECTION_NOTE] : []),
      ...growthRows
        .filter((r) => r.isDerived && !r.isRoleOccupation)
        .map(
          (r) =>
            `${r.occupationTitle} (${r.socCode}) is not a BLS table row: Career Atlas added up the published lines it covers, so its bar says “${SUMMED_MARK}”.`,
        ),
    ],
  };
}

/** Openings against growth: the common misconception that the fastest-growing occupation offers the most chances. */
function openingsSlide({ profile, allOccupations, cite, period, sharedNote }: RoleFigureContext, p: Projection): DraftSlide {
  const yearsSpan = p.targetYear - p.baseYear;
  return {
    topic: "openings",
    title: "Openings vs growth",
    // Openings are counted per occupation: 55,600 a year is every IT manager's opening, not the CTO's.
    caveat: `Openings of ${wholeOccupationNote(profile.role.title, p.occupationTitle)}.`,
    body: {
      kind: "figures",
      lede: "Growth says how fast. Openings say how many chances to get hired.",
      figures: [
        {
          label: `Jobs in ${p.baseYear}`,
          value: formatCount(p.employmentBase),
          detail: `Projected ${formatCount(p.employmentProjected)} in ${p.targetYear}`,
        },
        {
          label: `New jobs, ${period}`,
          value: p.changeNumeric !== null ? formatCountChange(p.changeNumeric) : formatPercentChange(p.changePercent),
          detail: `Growth ${formatPercentChange(p.changePercent)} over ${yearsSpan} years`,
        },
        {
          label: `Openings each year, ${period} average`,
          value: p.annualOpenings !== null ? formatCount(p.annualOpenings) : "Not published",
          detail: "New jobs plus workers who leave",
        },
      ],
      charts: [],
      takeaway: openingsSentence(p.annualOpenings, p.changeNumeric, yearsSpan),
    },
    citations: [cite(p.sourceId, () => period)],
    notes: [
      `Openings each year are an average over ${period}. They count new jobs and the jobs left by workers who retire or move to another occupation.`,
      `Common misconception: the fastest-growing occupation is not always the one with the most openings. A large occupation that grows slowly can offer more openings every year than a small one that grows fast.`,
      ...(allOccupations?.annualOpenings != null
        ? [`For scale: all occupations together have ${formatCount(allOccupations.annualOpenings)} openings a year (${period}).`]
        : []),
      sharedNote,
    ],
  };
}
