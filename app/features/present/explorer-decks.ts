/**
 * Decks of a student's explorer list, for a counselor to present: "start from your skills" (the careers that ask
 * for them, ranked by fit, and what to learn next) and "start from your interests" (the careers whose O*NET
 * interest code, its high points, has one of the picked areas; the nearest named as such where none does). Pure:
 * built from the lists the explorer pages show (readSkillsExplorer, readInterestsExplorer), so the slides and the page
 * never disagree. Every figure is the whole occupation's, as published, with its period or wage year; the fit rules
 * are stated as on the page (skill-fit.ts).
 */
import { formatPercentChange, formatVintage, formatWageYear } from "~/lib/format";
import {
  lowPercentilesNote,
  medianPayText,
  medianSpread,
  HOURLY_ONLY_NOTE,
  PAY_SPREAD_LABEL,
  payFor,
  paySpreadText,
  type MedianPay,
  type OccupationPay,
} from "~/features/pay/pay";
import { listTitles } from "~/lib/list-titles";
import type { GrowthBand } from "~/features/periods/periods";
import { blsLineLabel, INTEREST_AREAS, INTEREST_PROFILER_URL, interestSumText, onetAndBlsTitles } from "~/features/explore/interests";
import type { InterestOccupation, readInterestsExplorer } from "~/features/explore/interests-explorer.server";
import type { InterestAreaGuide } from "~/features/explore/queries.server";
import type { OccupationFit, readSkillsExplorer, RoleFit } from "~/features/explore/skills-explorer.server";
import { learnNextExampleText } from "~/features/explore/skill-fit";
import type { AllOccupationsFigures } from "~/features/compare/role-comparison";
import { finishDeck } from "~/features/present/finish-deck";
import { citer, sourceVintage, type Citer } from "~/features/present/slide-citations";
import {
  growthBarRows,
  growthBarsLede,
  growthBarsTakeaway,
  growthLines,
  sharedLineNotes,
  type GrowthCareer,
} from "~/features/present/career-growth-bars";
import { MAX_SLIDE_ITEMS, type BigFigure, type Deck, type DraftSlide, type SlideColumn } from "~/features/present/slides";

export type SkillsExplorerList = Awaited<ReturnType<typeof readSkillsExplorer>>;
export type InterestsExplorerList = Awaited<ReturnType<typeof readInterestsExplorer>>;

/** Careers shown in columns, with their figures, on the "fit best" slides; the rest are listed in the notes. */
const COLUMN_CAREERS = 3;

/** Example activities quoted on an interest area's slide (and one more example occupation). */
const AREA_EXAMPLES = 2;

/** What every explorer deck carries besides its list: when its data was loaded and the tag it is pinned to. */
export interface ExplorerDeckInput {
  /** When the data version the figures come from was loaded (ISO): the pinned one when the list is pinned. */
  dataAsOf: string;
  /** The `data=` tag of a pinned list. */
  pinnedDataVersion: string | undefined;
  /**
   * The OEWS percentiles of the careers' occupations, for the 10th–90th spread under each median on the career
   * columns (a median gets the spread of its own survey year only). A list pinned to an older data version gives
   * those archived with it (none for a version loaded before they were archived).
   */
  pays?: readonly OccupationPay[];
}

/** A career's outlook as both explorers list it. */
interface Outlook {
  changePercent: number | null;
  wageYear: number | null;
  projectionSourceId: string | null;
  band: GrowthBand | null;
  /** The median the list shows (listedLineMedian): the line's own, else its base year's OEWS top code or hourly median. */
  median: MedianPay | null;
}

const WHOLE_OCCUPATION =
  "Growth and pay are BLS figures for the whole occupation each career is filed under, every level of experience included.";

/**
 * "+15.8% growth, 2024–34 · $133,080 median pay (May 2024; 10th–90th percentile: $79,850 to $211,450)", or what is
 * not published; the spread where the list has the median's survey.
 */
function outlookLine(o: Outlook & { socCode: string }, period: string, pays: readonly OccupationPay[]): string {
  const growth = o.changePercent === null ? `no BLS projection for ${period}` : `${formatPercentChange(o.changePercent)} growth, ${period}`;
  if (!o.median) return growth;
  const pay = payOf(o, pays);
  const spread = pay ? `; ${PAY_SPREAD_LABEL}: ${paySpreadText(pay)}` : "";
  // "$23.33 an hour median pay (May 2024)": an hourly-only median as published, never a yearly figure or spread.
  return `${growth} · ${medianPayText(o.median)} median pay (${formatWageYear(o.median.wageYear)}${spread})`;
}

/** The survey a career's median comes from, for its 10th–90th spread (medianSpread: its own May year, a yearly median). */
function payOf(o: Outlook & { socCode: string }, pays: readonly OccupationPay[]): OccupationPay | null {
  return o.median ? medianSpread(o.median, payFor(pays, o.socCode, o.median.wageYear)) : null;
}

/** The growth and pay figures of one career's column: the median with its OEWS spread where the survey has one. */
function outlookFigures(o: Outlook & { socCode: string }, period: string, pays: readonly OccupationPay[]): BigFigure[] {
  const pay = payOf(o, pays);
  return [
    {
      label: `Growth, ${period}`,
      value: o.changePercent === null ? "Not published" : formatPercentChange(o.changePercent),
      detail: o.band?.label ?? null,
    },
    o.median
      ? {
          label: `Median pay, ${formatWageYear(o.median.wageYear)}`,
          value: medianPayText(o.median),
          detail: pay
            ? `whole occupation; ${PAY_SPREAD_LABEL}: ${paySpreadText(pay)}`
            : o.median.per === "hour"
              ? `whole occupation; ${HOURLY_ONLY_NOTE}`
              : "whole occupation",
        }
      : { label: "Median pay", value: "Not published", detail: null },
  ];
}

/**
 * The pay spreads a slide shows, under each median on a column slide or after it on a list slide: their survey's
 * citation, and the note that the low end is not a starting salary.
 */
function spreadCitationsAndNotes(
  careers: readonly (Outlook & { socCode: string })[],
  pays: readonly OccupationPay[],
  cite: Citer,
  where: "under" | "after" = "under",
) {
  const shown = careers.flatMap((c) => {
    const pay = payOf(c, pays);
    return pay ? [pay] : [];
  });
  if (shown.length === 0) return { citations: [], notes: [] };
  const low = lowPercentilesNote({ quarter: false });
  return {
    citations: shown.map((pay) => cite(pay.sourceId, () => formatWageYear(pay.wageYear))),
    notes: [
      `${where === "under" ? "Under" : "After"} each median, the ${PAY_SPREAD_LABEL} spread from the same OEWS survey: a tenth of the occupation's workers earn less than the first figure and a tenth more than the second. ${low.lead} ${low.rest}`,
    ],
  };
}

/**
 * The footer citations of careers' figures: each projection source with the period, the band table when a band is
 * shown, and the OEWS survey of a median BLS prints none of (a top code, or an hourly median).
 */
function outlookCitations(careers: readonly Outlook[], cite: Citer, period: string) {
  const wageYear = careers.find((c) => c.wageYear !== null)?.wageYear ?? null;
  const dataYear = wageYear !== null ? `${period} release; pay ${formatWageYear(wageYear)}` : period;
  return [
    ...careers.flatMap((c) => (c.projectionSourceId ? [cite(c.projectionSourceId, () => dataYear)] : [])),
    ...careers.flatMap((c) => (c.band ? [cite(c.band.sourceId, () => `growth band, ${period}`)] : [])),
    ...careers.flatMap(({ median, projectionSourceId }) =>
      median && median.sourceId !== projectionSourceId ? [cite(median.sourceId, () => formatWageYear(median.wageYear))] : [],
    ),
  ];
}

/** On the growth slide, which shows growth only: whose figure each bar is. */
const WHOLE_OCCUPATION_GROWTH =
  "Growth is BLS's figure for the whole occupation each career is filed under, every level of experience included.";

/**
 * The bar chart of the careers' growth beside all occupations: one bar per BLS line, roles and occupations named
 * as such, fastest first (career-growth-bars.ts). Careers without a projection are left out, and said so. The footer
 * cites the projections for the period only: the slide shows no pay and no verbal band.
 */
function growthSlide(
  careers: readonly GrowthCareer[],
  allOccupations: Pick<AllOccupationsFigures, "changePercent" | "sourceId"> | null,
  cite: Citer,
  period: string,
): DraftSlide | null {
  const lines = growthLines(careers);
  if (lines.length === 0) return null;
  const all = allOccupations?.changePercent ?? null;
  const rows = growthBarRows(lines, all);
  const unpublished = careers.filter((c) => c.changePercent === null).map((c) => c.title);
  const drawn = careers.filter((c) => c.changePercent !== null);
  return {
    topic: "growth",
    title: `How fast these careers grow, ${period}`,
    caveat: WHOLE_OCCUPATION_GROWTH,
    body: {
      kind: "figures",
      lede: growthBarsLede(lines),
      figures: [],
      charts: [{ title: `Projected change in jobs, ${period}`, rows }],
      takeaway: all !== null ? growthBarsTakeaway(lines, all) : null,
    },
    citations: [
      ...drawn.flatMap((c) => (c.projectionSourceId ? [cite(c.projectionSourceId, () => period)] : [])),
      ...(allOccupations && all !== null ? [cite(allOccupations.sourceId, () => period)] : []),
    ],
    notes: [
      `Growth is the percent change in the number of jobs over the ten years ${period}. A percent says how fast, not how many: a small occupation can grow fast and still add few jobs.`,
      ...(lines.some((l) => l.roles.length > 0)
        ? [
            `Roles are Career Atlas's tech roles. BLS publishes no figures for a job title, so a role's bar is the occupation it is filed under.`,
          ]
        : []),
      ...sharedLineNotes(lines),
      ...(unpublished.length > 0 ? [`BLS publishes no projection for ${period} for ${listTitles(unpublished)}, so no bar is drawn.`] : []),
    ],
  };
}

function discussionSlide(question: string, label: string, cite: Citer): DraftSlide {
  return {
    topic: "discussion",
    title: "Discussion",
    caveat: null,
    body: { kind: "question", label, question },
    citations: [cite("editorial", () => "Career Atlas question")],
    notes: [`Give the class a minute to think, then ask two or three students to answer before you add anything.`],
  };
}

/** "4 of 6 points", the fit as the page shows it. */
function fitValue(c: { fit: { points: number; maxPoints: number } }): string {
  return `${c.fit.points} of ${c.fit.maxPoints}`;
}

/** The deck of a skills-explorer list: title, the fit rules, roles and occupations that fit best, learn next, growth, a question, sources. */
export function buildSkillsDeck(list: SkillsExplorerList, { dataAsOf, pinnedDataVersion, pays = [] }: ExplorerDeckInput): Deck {
  const cite = citer(list.sources);
  const { picks, roles, occupations, learn, period: projectionPeriod, scope } = list;
  const period = formatVintage(projectionPeriod.vintage);
  const names = picks.map((p) => p.name);
  const namesOf = (c: RoleFit | OccupationFit) => c.fit.matched.map((i) => picks[i]!.name);
  const careers = scope === "tech" ? "tech occupations" : "occupations";
  const technologySourceId = occupations[0]?.technologySourceId ?? null;
  const unknown = list.readings.flatMap((r) => (r.status === "unknown" ? [r.input] : []));

  const title: DraftSlide = {
    topic: "title",
    title: "Careers that use your skills",
    caveat: null,
    body: {
      kind: "title",
      kicker: `Career Atlas · Start from your skills · Projections ${period}`,
      lede: `${listTitles(names)}: the tech careers that ask for ${names.length === 1 ? "it" : "them"}, ranked by fit, with their outlook and what to learn next.`,
      meta: [`${roles.length} of our tech roles and ${list.occupationMatches} ${careers} ask for at least one of these skills`],
    },
    citations: [cite(projectionPeriod.sourceId, () => period), ...(technologySourceId ? [cite(technologySourceId, sourceVintage)] : [])],
    notes: [
      `A student picked these skills: ${listTitles(names)}. Skills are Career Atlas's curated skills and O*NET 30.1's technology examples; the outlook is BLS's ${period} projections.`,
      ...(unknown.length > 0 ? [`Not recognised, so left out: ${listTitles(unknown.map((u) => `“${u}”`))}.`] : []),
    ],
  };

  const top = roles[0] ?? occupations[0];
  const worked = top
    ? `For ${top.title}: ${picks
        .map((p, i) => `${p.name} ${top.fit.strong.includes(i) ? 2 : top.fit.matched.includes(i) ? 1 : 0}`)
        .join(" + ")} = ${fitValue(top)} points.`
    : null;
  const rules: DraftSlide = {
    topic: "fit",
    title: "How the fit is worked out",
    caveat: null,
    body: {
      kind: "list",
      lede: null,
      items: [
        "Each of your skills a career asks for earns 1 point.",
        "1 more where the career marks it strong: a core skill of one of our roles, or a technology O*NET flags “In Demand” for an occupation.",
        `Fit is the points out of 2 per skill picked (${2 * picks.length} here). Ties go to more skills matched, then faster growth.`,
      ],
      takeaway: worked,
    },
    citations: [cite("editorial", () => "Career Atlas method"), ...(technologySourceId ? [cite(technologySourceId, sourceVintage)] : [])],
    notes: [
      `“In Demand” is O*NET's flag for a technology employers often name in job postings for that occupation.`,
      `Fit says how much of what the student already knows a career uses. It says nothing about whether they would enjoy it or get hired.`,
    ],
  };

  const roleColumns = (shown: RoleFit[]): SlideColumn[] =>
    shown.map((r) => ({
      heading: r.title,
      meta: `Filed under ${r.occupationTitle}`,
      figures: [{ label: "Fit, points", value: fitValue(r), detail: namesOf(r).join(", ") }, ...outlookFigures(r, period, pays)],
      items:
        r.missingCore.length > 0
          ? [
              `Still to learn: ${r.missingCore
                .slice(0, 3)
                .map((m) => m.name)
                .join(", ")}`,
            ]
          : [],
    }));
  const roleSpreads = spreadCitationsAndNotes(roles.slice(0, COLUMN_CAREERS), pays, cite);
  const rolesSlide: DraftSlide | null =
    roles.length === 0
      ? null
      : {
          topic: "matches",
          title: "Tech roles that fit best",
          caveat: WHOLE_OCCUPATION,
          body: {
            kind: "columns",
            lede: null,
            columns: roleColumns(roles.slice(0, COLUMN_CAREERS)),
            takeaway: roles.length > COLUMN_CAREERS ? `${roles.length - COLUMN_CAREERS} more roles ask for some of these skills.` : null,
          },
          citations: [...outlookCitations(roles.slice(0, COLUMN_CAREERS), cite, period), ...roleSpreads.citations],
          notes: [
            ...roleSpreads.notes,
            ...roles
              .slice(COLUMN_CAREERS)
              .map((r) => `Also: ${r.title}, ${fitValue(r)} points (${namesOf(r).join(", ")}); ${outlookLine(r, period, pays)}.`),
          ],
        };

  const occupationSpreads = spreadCitationsAndNotes(occupations.slice(0, MAX_SLIDE_ITEMS), pays, cite, "after");
  const occupationsSlide: DraftSlide | null =
    occupations.length === 0
      ? null
      : {
          topic: "matches",
          title: scope === "tech" ? "Tech occupations that fit best" : "Occupations that fit best",
          caveat: null,
          body: {
            kind: "list",
            lede: "O*NET lists these skills among the technologies each occupation uses.",
            items: occupations.slice(0, MAX_SLIDE_ITEMS).map((o) => `${o.title}: ${fitValue(o)} points · ${outlookLine(o, period, pays)}`),
            takeaway:
              list.occupationMatches > MAX_SLIDE_ITEMS
                ? `${list.occupationMatches} ${careers} ask for at least one of these skills.`
                : null,
          },
          citations: [
            ...outlookCitations(occupations.slice(0, MAX_SLIDE_ITEMS), cite, period),
            ...occupationSpreads.citations,
            ...(technologySourceId ? [cite(technologySourceId, sourceVintage)] : []),
          ],
          notes: [
            ...occupationSpreads.notes,
            ...occupations
              .slice(MAX_SLIDE_ITEMS)
              .map((o) => `Also: ${o.title} (SOC ${o.socCode}), ${fitValue(o)} points; ${outlookLine(o, period, pays)}.`),
          ],
        };

  const all = list.allOccupations;
  const learnSlide: DraftSlide | null =
    learn.length === 0
      ? null
      : {
          topic: "learn-next",
          title: "What to learn next",
          caveat: null,
          body: {
            kind: "skills",
            lede:
              all !== null
                ? `The skills asked for most by the careers on this list that grow at least as fast as all occupations (${formatPercentChange(all.changePercent)}, ${period}).`
                : "The skills asked for most by the growing careers on this list.",
            skills: learn.map((l) => {
              const strong = l.careers.filter((c) => c.strong).length;
              return {
                name: l.name,
                marks: [
                  `${l.careers.length} growing career${l.careers.length === 1 ? "" : "s"}`,
                  ...(strong > 0 ? [`core or in demand for ${strong}`] : []),
                ],
              };
            }),
            takeaway: null,
          },
          citations: [
            cite("editorial", () => "Career Atlas method"),
            ...(technologySourceId ? [cite(technologySourceId, sourceVintage)] : []),
            ...(all ? [cite(all.sourceId, () => period)] : []),
          ],
          notes: [
            `Each skill earns 2 points from every growing career on this list that marks it core, hot or in demand, and 1 from every other growing career on it that asks for it. Each career counts once: one of our roles stands for the BLS occupation it is filed under, which is not counted again beside it.`,
            `For ${learn[0]!.name}: ${learnNextExampleText(learn[0]!)}`,
            ...learn.map((l) => `${l.name} (${l.points} points): ${listTitles(l.careers.map((c) => c.title))}.`),
          ],
        };

  // The best roles and occupations, an occupation once (a role's bar is already its occupation's figure).
  const shownRoles = roles.slice(0, COLUMN_CAREERS);
  const growth = growthSlide(
    [
      ...shownRoles.map((r): GrowthCareer => ({ ...r, kind: "role", socTitle: r.occupationTitle })),
      ...occupations
        .filter((o) => !shownRoles.some((r) => r.socCode === o.socCode))
        .slice(0, COLUMN_CAREERS)
        .map((o): GrowthCareer => ({ ...o, kind: "occupation", socTitle: o.title })),
    ],
    all,
    cite,
    period,
  );

  return finishDeck({
    kind: "skills",
    title: `Careers for ${listTitles(names)}`,
    slugs: [],
    explorer: { kind: "skills", have: names, scope },
    vintage: projectionPeriod.vintage,
    dataAsOf,
    ...(pinnedDataVersion ? { pinnedDataVersion } : {}),
    slides: [
      title,
      rules,
      ...(rolesSlide ? [rolesSlide] : []),
      ...(occupationsSlide ? [occupationsSlide] : []),
      ...(learnSlide ? [learnSlide] : []),
      ...(growth ? [growth] : []),
      discussionSlide(
        "Which career on this list would you like to find out more about, and which skill would you learn first to get closer to it?",
        "Your skills",
        cite,
      ),
    ],
    sources: list.sources,
  });
}

/** The deck of an interests-explorer list: title, the areas picked, tech roles, tech occupations, growth, a question, sources. */
export function buildInterestsDeck(
  list: InterestsExplorerList,
  {
    dataAsOf,
    pinnedDataVersion,
    allOccupations,
    pays = [],
    areaGuide = null,
  }: ExplorerDeckInput & {
    allOccupations: Pick<AllOccupationsFigures, "changePercent" | "sourceId"> | null;
    /** O*NET's own description, examples and basic interest areas of each RIASEC area, by name (listInterestAreaGuide). */
    areaGuide?: ReadonlyMap<string, InterestAreaGuide> | null;
  },
): Deck {
  const cite = citer(list.sources);
  const { pickedNames, roles, tech, other, interestSourceId, period: projectionPeriod } = list;
  const period = formatVintage(projectionPeriod.vintage);
  const areas = list.picked.map((id) => INTEREST_AREAS.find((a) => a.id === id)!);
  const interestCitation = interestSourceId ? [cite(interestSourceId, sourceVintage)] : [];
  // An O*NET occupation's figures are its BLS line's, which can be a broader one with another name: the slides name it
  // as the explorer's list does ("Poets, Lyricists and Creative Writers (BLS: Writers and authors)").
  const careerName = (o: InterestOccupation) => {
    const bls = blsLineLabel(o);
    return bls ? `${o.title} (${bls})` : o.title;
  };
  const matchedText = (o: InterestOccupation) => {
    const sum = interestSumText(o.fit, o.scores, pickedNames);
    return `${o.fit.matched.map((name) => `${name} ${o.scores[name].toFixed(2)}`).join(", ")} (code ${o.code})${sum ? `; ${sum.charAt(0).toLowerCase()}${sum.slice(1)}` : ""}`;
  };

  const title: DraftSlide = {
    topic: "title",
    title: "Careers that fit your interests",
    caveat: null,
    body: {
      kind: "title",
      kicker: `Career Atlas · Start from your interests · Projections ${period}`,
      lede: `${listTitles(pickedNames)}: the tech careers whose O*NET interest code has ${pickedNames.length === 1 ? "this area" : "one of these areas"}.`,
      // "1 tech occupation": Social has one tech occupation with it among its high points.
      meta: [
        `${roles.length} of our tech roles, ${list.techTotal} tech occupation${list.techTotal === 1 ? "" : "s"} and ${list.otherTotal} other occupation${list.otherTotal === 1 ? "" : "s"} fit`,
      ],
    },
    citations: [...interestCitation, cite(projectionPeriod.sourceId, () => period)],
    notes: [
      `O*NET scores every occupation from 1 (low) to 7 (high) on six interest areas, Holland's RIASEC model, and names the one to three areas most characteristic of it: its interest code (its "high points"), a second or third area only where its score stands out. An occupation fits when a picked area is in its code.`,
      `To find their own interest areas, students can take O*NET's Interest Profiler at ${INTEREST_PROFILER_URL}; Career Atlas does not reproduce it.`,
    ],
  };

  const areasSlide: DraftSlide = {
    topic: "interests",
    title: areas.length === 1 ? "The interest area picked" : "The interest areas picked",
    caveat: null,
    body: {
      kind: "columns",
      lede: null,
      columns: areas.map((a) => ({ heading: a.name, meta: a.short, figures: [], items: [a.explanation, a.tech] })),
      takeaway: null,
    },
    citations: [cite("editorial", () => "Career Atlas explanations"), ...interestCitation],
    notes: [`The area names are O*NET's; the explanations and the tech examples are Career Atlas's, written for students.`],
  };

  // Each picked area as O*NET describes it to students: its basic interest areas, and example activities and
  // occupations (the explorer page shows the same under "The six areas"); each basic area's own words in the notes.
  const basicAreaCount = new Set([...(areaGuide?.values() ?? [])].flatMap((g) => g.basic.map((b) => b.elementId))).size;
  const onetAreaSlides: DraftSlide[] = areas.flatMap((a) => {
    const guide = areaGuide?.get(a.name);
    if (!guide) return [];
    const onet = [cite(guide.sourceId, sourceVintage)];
    return [
      {
        topic: "interests",
        title: `${a.name}, in O*NET's words`,
        caveat: null,
        body: {
          kind: "list",
          lede: `“${guide.description}”`,
          items: [
            ...(guide.basic.length > 0 ? [`Basic interest areas under it: ${guide.basic.map((b) => b.name).join(", ")}.`] : []),
            ...(guide.activities.length > 0
              ? [
                  `For example: ${guide.activities
                    .slice(0, AREA_EXAMPLES)
                    .map((x) => `“${x}”`)
                    .join(" ")}`,
                ]
              : []),
            ...(guide.occupations.length > 0
              ? [`Occupations O*NET gives as examples: ${listTitles(guide.occupations.slice(0, AREA_EXAMPLES + 1).map((o) => o.title))}.`]
              : []),
          ],
          takeaway: null,
        },
        citations: onet,
        notes: [
          `O*NET divides the six areas into ${basicAreaCount} basic interest areas; the ones under ${a.name}, in O*NET's words, each with one of its example activities:`,
          ...guide.basic.map(
            (b) =>
              `${b.name}: ${b.description}${b.activities[0] ? ` For example: “${b.activities[0]}”` : ""}${
                b.alsoUnder.length > 0 ? ` (also under ${listTitles(b.alsoUnder)})` : ""
              }`,
          ),
          `Occupations are scored on the six areas only, not on the basic ones, so the lists that follow fit on the six.`,
        ],
      },
    ];
  });

  const roleSpreads = spreadCitationsAndNotes(
    roles.slice(0, COLUMN_CAREERS).map((r) => r.occupation),
    pays,
    cite,
  );
  const rolesSlide: DraftSlide | null =
    roles.length === 0
      ? null
      : {
          topic: "matches",
          title: "Tech roles that fit",
          caveat: WHOLE_OCCUPATION,
          body: {
            kind: "columns",
            lede: null,
            columns: roles.slice(0, COLUMN_CAREERS).map((r) => ({
              heading: r.title,
              meta: onetAndBlsTitles(r.occupation),
              figures: [
                { label: "O*NET interest code", value: r.occupation.code, detail: r.occupation.fit.matched.join(", ") },
                ...outlookFigures(r.occupation, period, pays),
              ],
              items: [],
            })),
            takeaway: roles.length > COLUMN_CAREERS ? `${roles.length - COLUMN_CAREERS} more of our tech roles fit.` : null,
          },
          citations: [
            ...interestCitation,
            ...outlookCitations(
              roles.slice(0, COLUMN_CAREERS).map((r) => r.occupation),
              cite,
              period,
            ),
            ...roleSpreads.citations,
          ],
          notes: [
            ...roleSpreads.notes,
            `The letters are O*NET's interest code of the occupation each role is filed under: the one to three areas O*NET names as most characteristic of it, highest first; R, I, A, S, E, C for Realistic, Investigative, Artistic, Social, Enterprising, Conventional.`,
            ...roles
              .slice(COLUMN_CAREERS)
              .map((r) => `Also: ${r.title}, ${matchedText(r.occupation)}; ${outlookLine(r.occupation, period, pays)}.`),
          ],
        };

  const listSlide = (rows: InterestOccupation[], total: number, heading: string, what: string): DraftSlide | null => {
    if (rows.length === 0) return null;
    const shown = rows.slice(0, MAX_SLIDE_ITEMS);
    const spreads = spreadCitationsAndNotes(shown, pays, cite, "after");
    return {
      topic: "matches",
      title: heading,
      caveat: null,
      body: {
        kind: "list",
        lede: null,
        items: shown.map((o) => `${careerName(o)}: ${matchedText(o)} · ${outlookLine(o, period, pays)}`),
        takeaway: total > MAX_SLIDE_ITEMS ? `${total} ${what} fit in all.` : null,
      },
      citations: [...interestCitation, ...outlookCitations(shown, cite, period), ...spreads.citations],
      notes: [
        ...spreads.notes,
        ...rows
          .slice(MAX_SLIDE_ITEMS)
          .map(
            (o) =>
              `Also: ${o.title} (${[blsLineLabel(o), `SOC ${o.socCode}`].filter(Boolean).join(", ")}), ${matchedText(o)}; ${outlookLine(o, period, pays)}.`,
          ),
      ],
    };
  };

  // No role or no tech occupation fitting: the nearest, as the explorer's list names them, never an empty answer.
  const scoresOf = (o: InterestOccupation) =>
    `${pickedNames.map((name) => `${name} ${o.scores[name].toFixed(2)}`).join(", ")} (code ${o.code})`;
  const rankedOn = pickedNames.length === 1 ? pickedNames[0]! : `${listTitles(pickedNames)} together`;
  const closestSlide = (title: string, lede: string, items: string[]): DraftSlide | null =>
    items.length === 0
      ? null
      : {
          topic: "matches",
          title,
          caveat: null,
          body: { kind: "list", lede, items, takeaway: null },
          citations: interestCitation,
          notes: [
            `None of these is a match: the picked ${pickedNames.length === 1 ? "area is" : "areas are"} in none of their O*NET interest codes. They are the nearest by their score on ${rankedOn}, on O*NET's 1–7 scale.`,
          ],
        };
  const closestRolesSlide = rolesSlide
    ? null
    : closestSlide(
        "Tech roles that come closest",
        `None of our tech roles fits. The occupations our roles are filed under that score highest on ${rankedOn}:`,
        list.closestRoles.map(
          (g) => `${listTitles(g.roles.map((r) => r.title))} (${onetAndBlsTitles(g.occupation)}): ${scoresOf(g.occupation)}`,
        ),
      );
  const techSlide = listSlide(tech, list.techTotal, "Tech occupations that fit", "tech occupations");
  const closestTechSlide = techSlide
    ? null
    : closestSlide(
        "Tech occupations that come closest",
        `No tech occupation fits. The tech occupations that score highest on ${rankedOn}:`,
        list.closestTech.map((o) => `${careerName(o)}: ${scoresOf(o)}`),
      );
  const otherSlide = listSlide(other, list.otherTotal, "Other occupations that fit", "other occupations");
  const shownRoles = roles.slice(0, COLUMN_CAREERS);
  const growth = growthSlide(
    [
      ...shownRoles.map((r): GrowthCareer => ({ ...r.occupation, kind: "role", title: r.title })),
      ...tech
        .filter((o) => !shownRoles.some((r) => r.occupation.socCode === o.socCode))
        .slice(0, COLUMN_CAREERS)
        .map((o): GrowthCareer => ({ ...o, kind: "occupation" })),
    ],
    allOccupations,
    cite,
    period,
  );

  return finishDeck({
    kind: "interests",
    title: `Careers for ${listTitles(pickedNames)} interests`,
    slugs: [],
    explorer: { kind: "interests", like: list.picked },
    vintage: projectionPeriod.vintage,
    dataAsOf,
    ...(pinnedDataVersion ? { pinnedDataVersion } : {}),
    slides: [
      title,
      areasSlide,
      ...onetAreaSlides,
      ...(rolesSlide ? [rolesSlide] : []),
      ...(closestRolesSlide ? [closestRolesSlide] : []),
      ...(techSlide ? [techSlide] : []),
      ...(closestTechSlide ? [closestTechSlide] : []),
      ...(growth ? [growth] : []),
      ...(otherSlide ? [otherSlide] : []),
      discussionSlide("Which of these careers surprised you, and what would you want to ask someone who does it?", "Your interests", cite),
    ],
    sources: list.sources,
  });
}
