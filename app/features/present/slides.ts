/**
 * Presenter mode: turns a role profile or a role comparison into slides (pure: data in, slides out).
 * One insight per slide; every slide carries the citations of the figures it shows and the speaker's talking
 * points. Rendered by app/components/present/*, served by app/routes/present.tsx and present_.notes.tsx.
 *
 * Figures are shown as published (format.ts); comparisons with all occupations are stated as facts (no BLS
 * verbal growth bands); AI-impact layers (official, research, editorial) stay apart, never blended.
 */
import type { SourceCitation } from "~/features/sources/citations";
import {
  formatCalendarDate,
  formatCount,
  formatCountChange,
  formatDollars,
  formatPercentChange,
  formatVintage,
  formatWageYear,
} from "~/lib/format";
import { AI_LAYER_LABELS, TRACK_LABELS } from "~/features/roles/labels";
import type { AllOccupationsFigures, ComparedRole, RoleComparison } from "~/features/compare/role-comparison";
import type {
  AiNote,
  ExposureScores,
  GrowthComparison,
  ProfileSkill,
  ProgressionEdge,
  ProjectionVintage,
  RoleProfile,
} from "~/features/roles/role-profile";

// ---------------------------------------------------------------------------------------------------------
// The slide format

/** A source as a slide's footer cites it, with the data year (or date) of what the slide takes from it. */
export interface SlideCitation {
  sourceId: string;
  /** "Publisher, Title". */
  label: string;
  /** "2024–34; pay May 2024", "29.3 (May 2025)", "as of August 22, 2023". */
  dataYear: string;
}

/** A figure shown large, with what it measures (and its data year) in its label. */
export interface BigFigure {
  label: string;
  value: string;
  detail: string | null;
}

/** One bar of a slide's bar chart: the value is only for the bar's length, the text is what is read. */
export interface BarRow {
  label: string;
  value: number;
  text: string;
  emphasis: boolean;
}

export interface BarChart {
  title: string;
  rows: BarRow[];
}

export interface SlideColumn {
  heading: string;
  /** Small line under the heading: date, author, occupation. */
  meta: string | null;
  figures: BigFigure[];
  items: string[];
}

export interface SkillItem {
  name: string;
  /** Text marks ("In demand", "O*NET Hot Technology", "3 of 3 roles"): never colour alone. */
  marks: string[];
}

export type SlideBody =
  | { kind: "title"; kicker: string; lede: string; meta: string[] }
  | { kind: "list"; lede: string | null; items: string[]; takeaway: string | null }
  | { kind: "figures"; lede: string | null; figures: BigFigure[]; charts: BarChart[]; takeaway: string | null }
  | { kind: "columns"; lede: string | null; columns: SlideColumn[]; takeaway: string | null }
  | { kind: "skills"; lede: string; skills: SkillItem[]; takeaway: string | null }
  | { kind: "question"; label: string; question: string }
  | { kind: "sources"; sources: SourceCitation[] };

export type SlideTopic =
  | "title"
  | "what-they-do"
  | "pay"
  | "growth"
  | "openings"
  | "skills"
  | "leads-to"
  | "ai-impact"
  | "ai-official"
  | "ai-research"
  | "ai-editorial"
  | "discussion"
  | "sources";

export interface Slide {
  /** 1-based position, as in `?slide=` and the counter "3 / 12". */
  number: number;
  /** The slide's anchor in the page: `#slide-3`. */
  id: string;
  topic: SlideTopic;
  title: string;
  /** A warning shown on the slide itself (exposure is not job loss; roles that share figures). */
  caveat: string | null;
  body: SlideBody;
  citations: SlideCitation[];
  /** Talking points for the presenter, including the common misconceptions the slide invites. */
  notes: string[];
  /** Much text for one slide: the view sets smaller type. */
  dense: boolean;
}

export interface Deck {
  kind: "role" | "comparison";
  /** Role titles, for the page title and the bar: "Back-End Developer" or "Back-End Developer vs Data Scientist". */
  title: string;
  slugs: string[];
  vintage: ProjectionVintage;
  /** When the data version the slides show was loaded (ISO timestamp). */
  dataAsOf: string;
  /**
   * The data version tag of a deck pinned with `&data=` (docs/decisions/008): its figures are that version's, its
   * footers name it and its addresses keep it. Absent for the current figures.
   */
  pinnedDataVersion?: string;
  slides: Slide[];
}

/** More characters than this on one slide (body and caveat) get the smaller type. */
export const DENSE_SLIDE_CHARACTERS = 650;
/** Slides list at most this many skills, next roles or bullets; the rest go to the speaker notes. */
export const MAX_SLIDE_ITEMS = 6;

type DraftSlide = Omit<Slide, "number" | "id" | "dense">;

// ---------------------------------------------------------------------------------------------------------
// URL state and navigation (shared by the server, the presenter and the notes window)

export interface DeckAddress {
  slugs: readonly string[];
  vintage: string;
  latestVintage: string;
  /** The data version tag a pinned deck shows (`data=`), or undefined for the current figures. */
  dataVersion?: string;
}

/** The address of the deck on screen: its roles, vintage and data pin. */
export function deckAddress(deck: Pick<Deck, "slugs" | "vintage" | "pinnedDataVersion">, latestVintage: string): DeckAddress {
  return { slugs: deck.slugs, vintage: deck.vintage, latestVintage, dataVersion: deck.pinnedDataVersion };
}

/**
 * The presenter's address: `/present?role=a` for one role, `/present?roles=a,b` for a comparison, plus
 * `vintage=` when not the latest, `data=` when pinned to a data version, `slide=` (1-based) and `notes=1`.
 * `path` may be "/present/notes".
 */
export function presentHref(
  { slugs, vintage, latestVintage, dataVersion }: DeckAddress,
  { path = "/present", slide, notes = false }: { path?: string; slide?: number; notes?: boolean } = {},
): string {
  const parts = [slugs.length === 1 ? `role=${encodeURIComponent(slugs[0]!)}` : `roles=${slugs.map(encodeURIComponent).join(",")}`];
  if (vintage !== latestVintage) parts.push(`vintage=${encodeURIComponent(vintage)}`);
  if (dataVersion) parts.push(`data=${encodeURIComponent(dataVersion)}`);
  if (slide !== undefined && slide > 1) parts.push(`slide=${slide}`);
  if (notes) parts.push("notes=1");
  return `${path}?${parts.join("&")}`;
}

/** The slide a `?slide=` value asks for, as a 0-based index; past the end is the last slide (decks change with the data). */
export function slideIndexFromParam(slide: number | string | null | undefined, count: number): number {
  const n = typeof slide === "string" ? Number.parseInt(slide, 10) : slide;
  if (n === null || n === undefined || !Number.isFinite(n) || n < 1 || count < 1) return 0;
  return Math.min(Math.floor(n), count) - 1;
}

/** Parameters that change only the view of a deck (which slide, notes shown), never its data. */
export const VIEW_ONLY_PARAMS = ["slide", "notes"] as const;

/** True when two addresses show the same deck (same page, roles, vintage and data pin), whatever the slide or notes. */
export function sameDeckAddress(a: URL, b: URL): boolean {
  if (a.pathname !== b.pathname) return false;
  const deckParams = (url: URL) => {
    const params = new URLSearchParams(url.search);
    for (const name of VIEW_ONLY_PARAMS) params.delete(name);
    params.sort();
    return params.toString();
  };
  return deckParams(a) === deckParams(b);
}

export type SlideCommand = "next" | "previous" | "first" | "last";

/**
 * What a key press does in the presenter: arrows, Page Up / Page Down (presentation clickers send these),
 * space and shift+space, Home and End. Keys with Ctrl, Alt or Meta belong to the browser.
 */
export function slideCommandForKey(event: {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}): SlideCommand | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case "ArrowRight":
    case "ArrowDown":
    case "PageDown":
      return "next";
    case "ArrowLeft":
    case "ArrowUp":
    case "PageUp":
      return "previous";
    case " ":
    case "Spacebar":
      return event.shiftKey ? "previous" : "next";
    case "Home":
      return "first";
    case "End":
      return "last";
    default:
      return null;
  }
}

/** The 0-based index a command leads to; it stops at the first and the last slide (no wrapping). */
export function applySlideCommand(index: number, count: number, command: SlideCommand): number {
  if (count < 1) return 0;
  switch (command) {
    case "next":
      return Math.min(index + 1, count - 1);
    case "previous":
      return Math.max(index - 1, 0);
    case "first":
      return 0;
    case "last":
      return count - 1;
  }
}

// ---------------------------------------------------------------------------------------------------------
// One role

export interface RoleDeckInput {
  profile: RoleProfile;
  /** The all-occupations line of the same vintage (pay and openings for reference), if published. */
  allOccupations: AllOccupationsFigures | null;
  /** When the data version the figures come from was loaded (ISO): the pinned one when the profile is pinned. */
  dataAsOf: string;
}

/** The slides for one role: title, what they do, pay, growth, openings vs growth, hot skills, where it leads, AI impact, questions, sources. */
export function buildRoleDeck({ profile, allOccupations, dataAsOf }: RoleDeckInput): Deck {
  const cite = citer(profile.sources);
  const { role, occupation, vintage } = profile;
  const p = profile.quickFacts.projection;
  const period = formatVintage(vintage);
  const occupationName = `${occupation.title} (SOC ${occupation.socCode})`;
  const shared = profile.sharesFiguresWith.map((r) => r.title);
  const sharedCaveat =
    shared.length > 0
      ? `Figures for the whole occupation ${occupationName}: ${listTitles(shared)} ${shared.length === 1 ? "shows" : "show"} the same numbers.`
      : `Figures for the whole occupation ${occupationName}, not only this job title.`;
  const sharedNote =
    shared.length > 0
      ? `${role.title} shares its figures with ${listTitles(shared)}: BLS counts occupations, not job titles, and all of them are filed under ${occupationName}. Differences between these roles are in the work and the skills, not in these numbers.`
      : `BLS counts occupations, not job titles: these numbers cover everyone in ${occupationName}, not only people called ${role.title}.`;
  const slides: DraftSlide[] = [];

  slides.push({
    topic: "title",
    title: role.title,
    caveat: null,
    body: {
      kind: "title",
      kicker: `Career Atlas · Projections ${period}`,
      lede: role.summary,
      meta: [`Figures: ${occupationName}`],
    },
    citations: [cite(occupation.sourceId, sourceVintage), ...(p ? [cite(p.sourceId, () => period)] : [])],
    notes: [
      `We look at ${role.title} one idea per slide, using the ${period} BLS employment projections and O*NET.`,
      `${occupation.note}`,
      sharedNote,
    ],
  });

  const bullets = role.whatTheyDo.slice(0, 4);
  slides.push({
    topic: "what-they-do",
    title: "What the job involves",
    caveat: null,
    body: { kind: "list", lede: null, items: bullets, takeaway: null },
    citations: [cite("editorial", () => "Career Atlas summary of its cited sources")],
    notes: [
      ...role.whatTheyDo.slice(4).map((item) => `Also: ${item}`),
      `Ask the class which of these tasks they have seen in an app they use every day.`,
    ],
  });

  if (p) {
    const yearsSpan = p.targetYear - p.baseYear;
    // Pay
    const wage = p.medianAnnualWage !== null && p.wageYear !== null ? { value: p.medianAnnualWage, year: p.wageYear } : null;
    slides.push({
      topic: "pay",
      title: "Pay",
      caveat: sharedCaveat,
      body: {
        kind: "figures",
        lede: null,
        figures: [
          wage
            ? { label: `Median annual pay, ${formatWageYear(wage.year)}`, value: formatDollars(wage.value), detail: occupation.title }
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
        takeaway: null,
      },
      citations: [
        cite(p.sourceId, () => (wage ? `${period} release; pay ${formatWageYear(wage.year)}` : period)),
        ...profile.quickFacts.otherWages.map((w) => cite(w.sourceId, () => formatWageYear(w.wageYear))),
      ],
      notes: [
        `The median is the middle wage: half of the workers in the occupation earn more, half earn less. It covers beginners and experienced workers alike.`,
        ...profile.quickFacts.otherWages.map(
          (w) =>
            `Sources disagree: another release gives ${formatDollars(w.medianAnnualWage)} (${formatWageYear(w.wageYear)}) for the same occupation. Both are shown on the profile; neither is "the" right one.`,
        ),
        sharedNote,
      ],
    });

    // Growth against all occupations
    const comparison = profile.quickFacts.comparison;
    const growthRows = profile.charts.growth;
    const earlier = profile.charts.vintages.filter((v) => v.vintage !== vintage);
    const figureStatements = profile.outlookStatements.filter((s) => s.figure !== null);
    slides.push({
      topic: "growth",
      title: `Growth, ${period}`,
      caveat: sharedCaveat,
      body: {
        kind: "figures",
        lede: null,
        figures: [
          { label: `Projected change in jobs, ${period}`, value: formatPercentChange(p.changePercent), detail: occupation.title },
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
                    label: r.kind === "detailed" ? r.occupationTitle : r.label,
                    value: r.changePercent,
                    text: formatPercentChange(r.changePercent, r.percentDecimals),
                    emphasis: r.isRoleOccupation,
                  })),
                },
              ]
            : [],
        takeaway: comparison ? growthSentence(p.changePercent, comparison, period) : null,
      },
      citations: [
        cite(p.sourceId, () => period),
        ...(comparison ? [cite(comparison.allOccupationsSourceId, () => period)] : []),
        ...growthRows.map((r) => cite(r.sourceId, () => period)),
      ],
      notes: [
        `Growth is the percent change in the number of jobs over ten years (${period}). We compare it with the all-occupations rate of the same period instead of using a verbal label such as "faster than average".`,
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
        ...(p.isDerived ? ["These figures are Career Atlas sums of published BLS lines, not a BLS table row."] : []),
      ],
    });

    // Openings vs growth: the common misconception
    slides.push({
      topic: "openings",
      title: "Openings vs growth",
      caveat: null,
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
    });
  }

  slides.push(roleSkillsSlide(profile, cite));
  const leads = roleLeadsSlide(profile, cite);
  if (leads) slides.push(leads);
  slides.push(roleAiSlide(profile.aiImpact, role.title, cite));

  profile.discussionQuestions.forEach((q, i) => {
    slides.push({
      topic: "discussion",
      title: `Discussion ${i + 1} of ${profile.discussionQuestions.length}`,
      caveat: null,
      body: { kind: "question", label: role.title, question: q.text },
      citations: [cite(q.sourceId, sourceVintage)],
      notes: [`Give the class a minute to think, then ask two or three students to answer before you add anything.`],
    });
  });

  return finishDeck({
    kind: "role",
    title: role.title,
    slugs: [role.slug],
    vintage,
    dataAsOf,
    ...(profile.pinnedDataVersion ? { pinnedDataVersion: profile.pinnedDataVersion } : {}),
    slides,
    sources: profile.sources,
  });
}

function roleSkillsSlide(profile: RoleProfile, cite: Citer): DraftSlide {
  const all = profile.skillGroups.flatMap((g) => g.skills);
  const marked = all.filter((s) => s.marks.inDemand.length > 0 || s.marks.hotTechnologies.length > 0);
  const ranked = [...marked].sort(
    (a, b) =>
      Number(b.marks.inDemand.length > 0) - Number(a.marks.inDemand.length > 0) ||
      Number(b.marks.hotTechnologies.length > 0) - Number(a.marks.hotTechnologies.length > 0) ||
      Number(b.importance === "core") - Number(a.importance === "core") ||
      a.name.localeCompare(b.name, "en"),
  );
  const highlights = all.filter((s) => s.marks.highlights.length > 0);
  const highlightSources = [...new Set(highlights.flatMap((s) => s.marks.highlights.map((h) => h.sourceId)))];
  const onetSourceId = marked.find((s) => s.marks.onetSourceId)?.marks.onetSourceId ?? null;
  const named = highlights.slice(0, 4).map((s) => s.name);
  const highlightLine =
    highlights.length > 0
      ? `The role's articles single out ${highlights.length > named.length ? `${named.join(", ")} and ${highlights.length - named.length} more` : listTitles(named)} as skills to watch.`
      : null;

  if (ranked.length === 0) {
    const core = all.filter((s) => s.importance === "core");
    return {
      topic: "skills",
      title: "Core skills",
      caveat: null,
      body: {
        kind: "skills",
        lede: `None of ${profile.role.title}'s skills carries an O*NET Hot Technology or In Demand mark; these are the core skills its sources name.`,
        skills: core.slice(0, MAX_SLIDE_ITEMS).map((s) => ({ name: s.name, marks: ["Core"] })),
        takeaway: highlightLine,
      },
      citations: [...new Set(core.slice(0, MAX_SLIDE_ITEMS).map((s) => s.sourceId))].map((id) => cite(id, sourceVintage)),
      notes: skillNotes(core.slice(MAX_SLIDE_ITEMS), highlights),
    };
  }
  const shown = ranked.slice(0, MAX_SLIDE_ITEMS);
  return {
    topic: "skills",
    title: "Top hot skills",
    caveat: null,
    body: {
      kind: "skills",
      lede: `Skills this role needs that O*NET marks as in demand for its occupation or as a Hot Technology.`,
      skills: shown.map((s) => ({ name: s.name, marks: skillMarks(s) })),
      takeaway: highlightLine,
    },
    citations: [...(onetSourceId ? [cite(onetSourceId, sourceVintage)] : []), ...highlightSources.map((id) => cite(id, sourceVintage))],
    notes: [
      `O*NET's own flags: "In demand" means the technology appears often in job postings for this occupation; "Hot Technology" means it appears often in postings across all occupations.`,
      ...skillNotes(ranked.slice(MAX_SLIDE_ITEMS), highlights),
    ],
  };
}

function skillMarks(skill: ProfileSkill): string[] {
  return [
    ...(skill.marks.inDemand.length > 0 ? ["In demand"] : []),
    ...(skill.marks.hotTechnologies.length > 0 ? ["O*NET Hot Technology"] : []),
    skill.importance === "core" ? "Core" : "Useful",
  ];
}

function skillNotes(rest: ProfileSkill[], highlights: ProfileSkill[]): string[] {
  return [
    ...(rest.length > 0 ? [`Also on the list: ${listTitles(rest.map((s) => s.name))}.`] : []),
    ...(highlights.length > 0
      ? [
          `The "skills to watch" come from the role's articles, not from O*NET: ${highlights.map((s) => `${s.name} (“${s.marks.highlights[0]!.evidence}”)`).join("; ")}.`,
        ]
      : []),
    `Skills change faster than job titles: ask which of these students could start learning for free this year.`,
  ];
}

function roleLeadsSlide(profile: RoleProfile, cite: Citer): DraftSlide | null {
  const { leadsTo, comesFrom } = profile.progression;
  const edges = leadsTo.length > 0 ? leadsTo : comesFrom;
  if (edges.length === 0) return null;
  const shown = [...edges]
    .sort((a, b) => a.typicalYearsMin - b.typicalYearsMin || a.typicalYearsMax - b.typicalYearsMax)
    .slice(0, MAX_SLIDE_ITEMS);
  const rest = edges.filter((e) => !shown.includes(e));
  return {
    topic: "leads-to",
    title: leadsTo.length > 0 ? "Where it leads" : "How people get here",
    caveat: null,
    body: {
      kind: "list",
      lede:
        leadsTo.length > 0
          ? `Common next steps from ${profile.role.title}:`
          : `${profile.role.title} is a top rung in our data. People reach it from:`,
      items: shown.map(edgeLine),
      takeaway: "Years are typical ranges, not rules: many people move faster or slower, or change track.",
    },
    citations: [...new Set(shown.map((e) => e.sourceId))].map((id) => cite(id, edgeDataYear(id))),
    notes: [
      ...rest.map((e) => `Also: ${edgeLine(e)}.`),
      ...shown.flatMap((e) =>
        e.skillsGained.length > 0 ? [`To move to ${e.title}, people typically add ${listTitles(e.skillsGained)}.`] : [],
      ),
      ...(shown.some((e) => e.sourceId === "editorial")
        ? ["The years are Career Atlas editorial estimates; no statistical source publishes them."]
        : []),
    ],
  };
}

/** Progression years: Career Atlas's own estimates are undated; an article's are as undated as the article. */
function edgeDataYear(sourceId: string): (source: SourceCitation | undefined) => string {
  return sourceId === "editorial" ? () => "editorial estimate, not dated" : sourceVintage;
}

function edgeLine(edge: ProgressionEdge): string {
  return `${edge.title}: ${edge.typicalYearsMin}–${edge.typicalYearsMax} years (${TRACK_LABELS[edge.track].toLowerCase()})`;
}

const AI_CAVEAT =
  "Exposure to AI measures how much of the work AI could speed up. It is not a forecast of job loss. The three kinds of sources are kept apart, never combined into one score.";

function roleAiSlide(ai: RoleProfile["aiImpact"], roleTitle: string, cite: Citer): DraftSlide {
  const official = pickNote(ai.official);
  const research = pickNote(ai.research.filter((n) => n.aspect !== "exposure" || !ai.exposure));
  const editorial = pickNote(ai.editorial);
  const columns: SlideColumn[] = [
    noteColumn(AI_LAYER_LABELS.official, official, "No BLS statement on record for this occupation."),
    ai.exposure
      ? {
          heading: AI_LAYER_LABELS.research,
          meta: `“GPTs are GPTs” study, ${ai.exposure.onetTitle}`,
          figures: exposureFigures(ai.exposure),
          items: [],
        }
      : noteColumn(AI_LAYER_LABELS.research, research, "No research exposure scores on record for this occupation."),
    noteColumn(AI_LAYER_LABELS.editorial, editorial, "No editorial notes written for this role yet."),
  ];
  const shownNotes = [official, ai.exposure ? null : research, editorial].filter((n): n is AiNote => n !== null);
  const others = [...ai.official, ...ai.research, ...ai.editorial].filter((n) => !shownNotes.includes(n));
  return {
    topic: "ai-impact",
    title: "AI impact: three kinds of sources",
    caveat: AI_CAVEAT,
    body: { kind: "columns", lede: null, columns, takeaway: null },
    citations: [
      ...(official ? [noteCitation(official, cite)] : []),
      ...(ai.exposure ? [cite(ai.exposure.sourceId, sourceVintage)] : research ? [noteCitation(research, cite)] : []),
      ...(editorial ? [noteCitation(editorial, cite)] : []),
    ],
    notes: [
      `Common misconception: "exposed to AI" does not mean "will lose their jobs". Exposure is the share of tasks AI could speed up; how many ${roleTitle} jobs there will be is a separate question, which the BLS projections answer by their own methods.`,
      ...(ai.exposure
        ? [
            `β (beta) counts tasks an LLM alone could do at least twice as fast, plus half of those that need software built on top of it, from 0 (none) to 1 (all). GPT-4 and human raters are shown side by side because they do not always agree.`,
          ]
        : []),
      `Never average these layers: BLS statements, research scores and editorial notes answer different questions.`,
      ...others.slice(0, 5).map((n) => `${layerName(n)} (${formatCalendarDate(n.asOf)}): ${n.statement}`),
    ],
  };
}

// ---------------------------------------------------------------------------------------------------------
// A comparison

export interface DiscussionQuestion {
  roleSlug: string;
  position: number;
  text: string;
  sourceId: string;
}

export interface ComparisonDeckInput {
  comparison: RoleComparison;
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
  const { roles, vintage, allOccupations: all } = comparison;
  const period = formatVintage(vintage);
  const titles = roles.map((r) => r.title);
  const withProjection = roles.filter(
    (r): r is ComparedRole & { projection: NonNullable<ComparedRole["projection"]> } => r.projection !== null,
  );
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
  const slides: DraftSlide[] = [];

  slides.push({
    topic: "title",
    title: titles.join(" vs "),
    caveat: null,
    body: {
      kind: "title",
      kicker: `Career Atlas · Comparing ${roles.length} roles · Projections ${period}`,
      lede: `${listTitles(titles)}: pay, growth, openings, skills, next steps and AI impact, side by side.`,
      meta: roles.map((r) => `${r.title}: ${r.occupation.title} (SOC ${r.occupation.socCode})`),
    },
    citations: [...new Set(roles.map((r) => r.occupation.sourceId))].map((id) => cite(id, sourceVintage)),
    notes: [
      sharedNote,
      ...(sharedCaveat ? [sharedCaveat] : []),
      `The projections are BLS's ${period} release; the data was loaded on ${formatCalendarDate(dataAsOf)}.`,
    ],
  });

  slides.push({
    topic: "what-they-do",
    title: "What each one does",
    caveat: null,
    body: {
      kind: "columns",
      lede: null,
      columns: roles.map((r) => ({ heading: r.title, meta: null, figures: [], items: [r.summary] })),
      takeaway: null,
    },
    citations: [cite("editorial", () => "Career Atlas summary of its cited sources")],
    notes: [`Ask the class to guess, before the next slides, which of these pays most and which has the most openings.`],
  });

  if (withProjection.length > 0) {
    const wageYear = withProjection.find((r) => r.projection.wageYear !== null)?.projection.wageYear ?? null;
    slides.push({
      topic: "pay",
      title: "Pay",
      caveat: sharedCaveat,
      body: {
        kind: "figures",
        lede: wageYear !== null ? `Median annual pay, ${formatWageYear(wageYear)}` : "Median annual pay",
        figures: roles.map((r) => ({
          label: r.title,
          value: r.projection?.medianAnnualWage != null ? formatDollars(r.projection.medianAnnualWage) : "Not published",
          detail: r.projection?.wageYear != null ? `${formatWageYear(r.projection.wageYear)} · ${r.occupation.title}` : r.occupation.title,
        })),
        charts: [],
        takeaway:
          all?.medianAnnualWage != null && all.wageYear != null
            ? `All occupations: ${formatDollars(all.medianAnnualWage)} (${formatWageYear(all.wageYear)}).`
            : null,
      },
      citations: [
        ...projectionSources.map((id) =>
          cite(id, () => (wageYear !== null ? `${period} release; pay ${formatWageYear(wageYear)}` : period)),
        ),
        ...roles.flatMap((r) => r.otherWages.map((w) => cite(w.sourceId, () => formatWageYear(w.wageYear)))),
      ],
      notes: [
        `The median is the middle wage of everyone in the occupation, beginners and experienced workers alike.`,
        ...roles.flatMap((r) =>
          r.otherWages.map(
            (w) =>
              `Sources disagree for ${r.title}: another release gives ${formatDollars(w.medianAnnualWage)} (${formatWageYear(w.wageYear)}).`,
          ),
        ),
        sharedNote,
      ],
    });

    slides.push({
      topic: "growth",
      title: `Growth, ${period}`,
      caveat: sharedCaveat,
      body: {
        kind: "figures",
        lede: `Projected change in jobs, ${period}`,
        figures: roles.map((r) => ({
          label: r.title,
          value: r.projection ? formatPercentChange(r.projection.changePercent) : "Not published",
          detail:
            r.growthComparison && r.projection
              ? growthSentence(r.projection.changePercent, r.growthComparison, period, { short: true })
              : null,
        })),
        charts: [
          {
            title: `Projected change in jobs, ${period}`,
            rows: [
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
      citations: [...projectionSources, ...(all ? [all.sourceId] : [])].filter(unique).map((id) => cite(id, () => period)),
      notes: [
        `Each role is compared with the all-occupations rate of the same period${all ? ` (${formatPercentChange(all.changePercent)})` : ""}, not with a verbal label such as "faster than average".`,
        `A percent says how fast, not how many: the next slide puts growth next to openings.`,
        sharedNote,
      ],
    });

    const years = withProjection[0]!.projection.targetYear - withProjection[0]!.projection.baseYear;
    slides.push({
      topic: "openings",
      title: "Openings vs growth",
      caveat: sharedCaveat,
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
    });
  }

  slides.push(comparisonSkillsSlide(comparison, cite));
  const leads = comparisonLeadsSlide(comparison, cite);
  if (leads) slides.push(leads);
  slides.push(...comparisonAiSlides(comparison, cite));

  for (const role of roles) {
    const own = questions.filter((q) => q.roleSlug === role.slug).sort((a, b) => a.position - b.position);
    if (own.length === 0) continue;
    slides.push({
      topic: "discussion",
      title: `Discussion: ${role.title}`,
      caveat: null,
      body: { kind: "list", lede: null, items: own.map((q) => q.text), takeaway: null },
      citations: [...new Set(own.map((q) => q.sourceId))].map((id) => cite(id, sourceVintage)),
      notes: [`Pick one question per group; ask each group which of the ${roles.length} roles they would try first, and why.`],
    });
  }

  return finishDeck({
    kind: "comparison",
    title: titles.join(" vs "),
    slugs: roles.map((r) => r.slug),
    vintage,
    dataAsOf,
    ...(comparison.pinnedDataVersion ? { pinnedDataVersion: comparison.pinnedDataVersion } : {}),
    slides,
    sources,
  });
}

function comparisonSkillsSlide(comparison: RoleComparison, cite: Citer): DraftSlide {
  const { roles, hotSkillsInCommon: hot } = comparison;
  const onetSourceId =
    hot.find((h) => h.onetSourceId)?.onetSourceId ?? roles.flatMap((r) => r.skills).find((s) => s.onetSourceId)?.onetSourceId ?? null;
  const marksNote = `O*NET's own flags: "In demand" means frequent in job postings for one of these roles' occupations; "Hot Technology" means frequent in postings across all occupations.`;
  if (hot.length > 0) {
    const shown = [...hot]
      .sort((a, b) => b.roleCount - a.roleCount || b.inDemandFor.length - a.inDemandFor.length)
      .slice(0, MAX_SLIDE_ITEMS);
    const rest = hot.filter((h) => !shown.includes(h));
    return {
      topic: "skills",
      title: "Hot skills they share",
      caveat: null,
      body: {
        kind: "skills",
        lede: `Skills ${roles.length === 2 ? "both roles" : "two or more of these roles"} need that O*NET marks as in demand or as a Hot Technology.`,
        skills: shown.map((s) => ({
          name: s.name,
          marks: [
            `${s.roleCount} of ${roles.length} roles`,
            ...(s.inDemandFor.length > 0 ? ["In demand"] : []),
            ...(s.hotTechnology ? ["O*NET Hot Technology"] : []),
          ],
        })),
        takeaway: null,
      },
      citations: onetSourceId ? [cite(onetSourceId, sourceVintage)] : [],
      notes: [
        marksNote,
        ...(rest.length > 0 ? [`Also shared: ${listTitles(rest.map((s) => s.name))}.`] : []),
        `Shared skills make moving between these roles easier: learning one opens the door to the others.`,
      ],
    };
  }
  const columns = roles.map((r) => {
    const top = r.skills.filter((s) => s.hotTechnology || s.inDemandFor.length > 0).slice(0, 3);
    return { heading: r.title, meta: null, figures: [], items: top.length > 0 ? top.map((s) => s.name) : ["No O*NET-marked skills"] };
  });
  return {
    topic: "skills",
    title: "Hot skills of each role",
    caveat: null,
    body: {
      kind: "columns",
      lede: "These roles share no skill that O*NET marks as in demand or a Hot Technology.",
      columns,
      takeaway: null,
    },
    citations: onetSourceId ? [cite(onetSourceId, sourceVintage)] : [],
    notes: [marksNote],
  };
}

function comparisonLeadsSlide(comparison: RoleComparison, cite: Citer): DraftSlide | null {
  const { roles, destinationsInCommon } = comparison;
  if (roles.every((r) => r.leadsTo.length === 0)) return null;
  const perRole = 3;
  const columns: SlideColumn[] = roles.map((r) => {
    const sorted = [...r.leadsTo].sort((a, b) => a.typicalYearsMin - b.typicalYearsMin || a.typicalYearsMax - b.typicalYearsMax);
    return {
      heading: r.title,
      meta: null,
      figures: [],
      items: sorted.length > 0 ? sorted.slice(0, perRole).map(edgeLine) : ["A top rung in our data"],
    };
  });
  const sourceIds = [...new Set(roles.flatMap((r) => r.leadsTo.map((e) => e.sourceId)))];
  return {
    topic: "leads-to",
    title: "Where each leads",
    caveat: null,
    body: {
      kind: "columns",
      lede: null,
      columns,
      takeaway:
        destinationsInCommon.length > 0
          ? destinationsInCommon
              .slice(0, 2)
              .map(
                (d) =>
                  `${listTitles(d.fromSlugs.map((s) => roles.find((r) => r.slug === s)!.title))} can ${d.fromSlugs.length === 2 ? "both" : "all"} lead to ${d.title}.`,
              )
              .join(" ")
          : null,
    },
    citations: sourceIds.map((id) => cite(id, edgeDataYear(id))),
    notes: [
      ...roles.flatMap((r) =>
        r.leadsTo.length > perRole ? [`${r.title} also leads to ${listTitles(r.leadsTo.slice(perRole).map((e) => e.title))}.`] : [],
      ),
      "Years are typical ranges, not rules; where the source is Career Atlas editorial, no statistical source publishes them.",
    ],
  };
}

function comparisonAiSlides(comparison: RoleComparison, cite: Citer): DraftSlide[] {
  const { roles, economyAiNotes } = comparison;
  const officialNotes = roles.map((r) => pickNote(r.aiImpact.official));
  const editorialNotes = roles.map((r) => pickNote(r.aiImpact.editorial));
  const exposures = roles.map((r) => r.aiImpact.exposure);
  const jobLoss = `Common misconception: "exposed to AI" does not mean "will lose their jobs". Exposure is the share of tasks AI could speed up.`;
  const layersApart = "Never average these layers: BLS statements, research scores and editorial notes answer different questions.";
  return [
    {
      topic: "ai-official",
      title: "AI impact: what BLS says",
      caveat: AI_CAVEAT,
      body: {
        kind: "columns",
        lede: AI_LAYER_LABELS.official,
        columns: roles.map((r, i) => noteColumn(r.title, officialNotes[i]!, "No BLS statement on record for this occupation.")),
        takeaway: null,
      },
      citations: officialNotes.filter((n): n is AiNote => n !== null).map((n) => noteCitation(n, cite)),
      notes: [
        jobLoss,
        layersApart,
        ...economyAiNotes.official.slice(0, 3).map((n) => `BLS, about the whole economy (${formatCalendarDate(n.asOf)}): ${n.statement}`),
      ],
    },
    {
      topic: "ai-research",
      title: "AI impact: research on exposure",
      caveat: AI_CAVEAT,
      body: {
        kind: "columns",
        lede: "Share of tasks large language models could speed up (β measure, from 0 to 1), as rated in a research study",
        columns: roles.map((r, i) => {
          const exposure = exposures[i];
          return exposure
            ? { heading: r.title, meta: exposure.onetTitle, figures: exposureFigures(exposure), items: [] }
            : { heading: r.title, meta: null, figures: [], items: ["No research exposure scores on record."] };
        }),
        takeaway: null,
      },
      citations: [...new Set(exposures.flatMap((e) => (e ? [e.sourceId] : [])))].map((id) => cite(id, sourceVintage)),
      notes: [
        jobLoss,
        `β (beta) counts tasks an LLM alone could do at least twice as fast, plus half of those that need software built on top of it. GPT-4 and human raters are shown side by side because they do not always agree.`,
        ...economyAiNotes.research.slice(0, 3).map((n) => `Research, about the whole economy: ${n.statement}`),
      ],
    },
    {
      topic: "ai-editorial",
      title: "AI impact: what career articles say",
      caveat: AI_CAVEAT,
      body: {
        kind: "columns",
        lede: `${AI_LAYER_LABELS.editorial}: opinions, not statistics`,
        columns: roles.map((r, i) => noteColumn(r.title, editorialNotes[i]!, "No editorial notes written for this role yet.")),
        takeaway: null,
      },
      citations: editorialNotes.filter((n): n is AiNote => n !== null).map((n) => noteCitation(n, cite)),
      notes: [
        "These are the views of the articles we use (reviewed by Career Atlas), not measurements: ask the class what evidence would support or contradict them.",
        layersApart,
      ],
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------
// Shared pieces

type Citer = (sourceId: string, dataYear: (source: SourceCitation | undefined) => string) => SlideCitation;

function citer(sources: SourceCitation[]): Citer {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return (sourceId, dataYear) => {
    const source = byId.get(sourceId);
    return { sourceId, label: source ? `${source.publisher}, ${source.title}` : sourceId, dataYear: dataYear(source) };
  };
}

/** A source's own release or vintage as its data year ("29.3 (May 2025)", "2024–34"); "not dated" for articles. */
function sourceVintage(source: SourceCitation | undefined): string {
  if (!source?.vintage) return "not dated";
  return /^\d{4}-\d{2}$/.test(source.vintage) ? formatVintage(source.vintage) : source.vintage;
}

function noteCitation(note: AiNote, cite: Citer): SlideCitation {
  return cite(note.sourceId, () => `as of ${formatCalendarDate(note.asOf)}`);
}

/** The note a slide shows for a layer: about the role or occupation before the whole economy, a finding before a method caveat. */
function pickNote(notes: AiNote[]): AiNote | null {
  const rank = (n: AiNote) => (n.scope === "economy" ? 2 : 0) + (n.aspect === "method_caveat" ? 1 : 0);
  return [...notes].sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

function noteColumn(heading: string, note: AiNote | null, empty: string): SlideColumn {
  if (!note) return { heading, meta: null, figures: [], items: [empty] };
  return { heading, meta: `${note.author ?? layerName(note)} · ${formatCalendarDate(note.asOf)}`, figures: [], items: [note.statement] };
}

function layerName(note: AiNote): string {
  return note.layer === "official" ? "BLS" : note.layer === "research" ? "Research" : "Editorial";
}

function exposureFigures(exposure: ExposureScores): BigFigure[] {
  const beta = exposure.rows.find((r) => r.measure === "beta");
  return [
    { label: "β exposure, GPT-4 rating", value: beta?.gpt4 != null ? beta.gpt4.toFixed(2) : "—", detail: null },
    { label: "β exposure, human rating", value: beta?.human != null ? beta.human.toFixed(2) : "—", detail: null },
  ];
}

/** "About 2.4 times the all-occupations rate of +3.1% (2024–34)." and the other relations, as the profile words them. */
export function growthSentence(
  percent: number,
  comparison: Pick<GrowthComparison, "relation" | "ratio" | "allOccupationsPercent">,
  period: string,
  { short = false } = {},
): string {
  const all = formatPercentChange(comparison.allOccupationsPercent);
  const tail = short ? "" : ` (${period})`;
  switch (comparison.relation) {
    case "multiple":
      return `About ${comparison.ratio} times the all-occupations rate of ${all}${tail}.`;
    case "close":
      return `Close to the all-occupations rate of ${all}${tail}.`;
    case "above":
      return `Above the all-occupations rate of ${all}${tail}.`;
    case "below":
      return `Below the all-occupations rate of ${all}${tail}.`;
    case "decline":
      return `A decline (${formatPercentChange(percent)}) while all occupations change by ${all}${tail}.`;
    case "no_growth":
      return `No change while all occupations change by ${all}${tail}.`;
  }
}

/**
 * What one occupation's openings say next to its growth. Openings over the period are new jobs plus
 * replacements, so when a year's openings times the years is more than twice the new jobs, most openings
 * replace workers who leave: arithmetic on the published figures, not a new figure.
 */
export function openingsSentence(annualOpenings: number | null, changeNumeric: number | null, years: number): string | null {
  if (annualOpenings === null || changeNumeric === null) return null;
  if (changeNumeric <= 0) {
    return `Jobs are projected to shrink, yet there are ${formatCount(annualOpenings)} openings a year: workers retire or change occupations.`;
  }
  if (annualOpenings * years > 2 * changeNumeric) {
    return `${formatCount(annualOpenings)} openings every year, against ${formatCountChange(changeNumeric)} new jobs over all ${years} years: most openings come from workers who retire or change occupations.`;
  }
  return `${formatCount(annualOpenings)} openings every year, against ${formatCountChange(changeNumeric)} new jobs over ${years} years: growth is a large part of the openings here.`;
}

/**
 * The comparison's misconception in one sentence: a role that grows faster than another yet has fewer openings
 * (the pair with the widest growth gap), or, when there is none, why that still is not a rule.
 */
export function openingsComparisonSentence(
  roles: { title: string; occupation: { socCode: string }; projection: { changePercent: number; annualOpenings: number | null } }[],
): string | null {
  const withOpenings = roles.filter((r) => r.projection.annualOpenings !== null);
  if (withOpenings.length < 2) return null;
  // One entry per occupation: roles filed under the same occupation share its figures.
  const occupations = [...new Map(withOpenings.map((r) => [r.occupation.socCode, r])).values()].map((r) => ({
    name: listTitles(withOpenings.filter((o) => o.occupation.socCode === r.occupation.socCode).map((o) => o.title)),
    growth: r.projection.changePercent,
    openings: r.projection.annualOpenings!,
  }));
  if (occupations.length === 1) return "All of these roles share one occupation, so their growth and openings are the same.";
  let inversion: { faster: (typeof occupations)[number]; slower: (typeof occupations)[number] } | null = null;
  for (const faster of occupations) {
    for (const slower of occupations) {
      if (
        faster.growth > slower.growth &&
        faster.openings < slower.openings &&
        (!inversion || faster.growth - slower.growth > inversion.faster.growth - inversion.slower.growth)
      ) {
        inversion = { faster, slower };
      }
    }
  }
  if (!inversion) {
    return "Here the faster-growing roles also have more openings each year, but that is not a rule: openings depend on how big the occupation is and how many workers leave it.";
  }
  const { faster, slower } = inversion;
  return `${faster.name} grows faster (${formatPercentChange(faster.growth)}) than ${slower.name} (${formatPercentChange(slower.growth)}), but ${slower.name} has more openings each year (${formatCount(slower.openings)} against ${formatCount(faster.openings)}).`;
}

/** Numbers the slides, merges each slide's citations by source, adds the sources slide, and marks dense slides. */
function finishDeck({ sources, slides, ...deck }: Omit<Deck, "slides"> & { slides: DraftSlide[]; sources: SourceCitation[] }): Deck {
  const merged = slides.map((s) => ({ ...s, citations: mergeCitations(s.citations) }));
  const citedIds = [...new Set(merged.flatMap((s) => s.citations.map((c) => c.sourceId)))];
  const cited = citedIds.flatMap((id) => sources.filter((s) => s.id === id));
  const all: DraftSlide[] = [
    ...merged,
    {
      topic: "sources",
      title: "Sources",
      caveat: null,
      body: { kind: "sources", sources: cited },
      citations: [{ sourceId: "sources", label: "The sources listed on this slide", dataYear: "each source's release, as listed" }],
      notes: [
        `Every figure in these slides comes from these sources. The full ${deck.kind === "role" ? "profile" : "comparison"} page shows each figure with its source on hover or tap, and the charts' data tables.`,
      ],
    },
  ];
  return {
    ...deck,
    slides: all.map((s, i) => ({ ...s, number: i + 1, id: `slide-${i + 1}`, dense: slideCharacters(s) > DENSE_SLIDE_CHARACTERS })),
  };
}

function mergeCitations(citations: SlideCitation[]): SlideCitation[] {
  const byId = new Map<string, SlideCitation>();
  for (const c of citations) {
    const existing = byId.get(c.sourceId);
    if (!existing) byId.set(c.sourceId, { ...c });
    else if (!existing.dataYear.split("; ").includes(c.dataYear)) existing.dataYear = `${existing.dataYear}; ${c.dataYear}`;
  }
  return [...byId.values()];
}

/** The characters a slide shows (not its notes or footer), to pick the type size. */
export function slideCharacters(slide: Pick<Slide, "title" | "caveat" | "body">): number {
  const b = slide.body;
  const figures = (fs: BigFigure[]) => fs.reduce((n, f) => n + f.label.length + f.value.length + (f.detail?.length ?? 0), 0);
  let body = 0;
  switch (b.kind) {
    case "title":
      body = b.kicker.length + b.lede.length + b.meta.join("").length;
      break;
    case "list":
      body = (b.lede?.length ?? 0) + b.items.join("").length + (b.takeaway?.length ?? 0);
      break;
    case "figures":
      body =
        (b.lede?.length ?? 0) +
        figures(b.figures) +
        b.charts.reduce((n, c) => n + c.title.length + c.rows.reduce((m, r) => m + r.label.length + r.text.length, 0), 0) +
        (b.takeaway?.length ?? 0);
      break;
    case "columns":
      body =
        (b.lede?.length ?? 0) +
        b.columns.reduce((n, c) => n + c.heading.length + (c.meta?.length ?? 0) + figures(c.figures) + c.items.join("").length, 0) +
        (b.takeaway?.length ?? 0);
      break;
    case "skills":
      body = b.lede.length + b.skills.reduce((n, s) => n + s.name.length + s.marks.join("").length, 0) + (b.takeaway?.length ?? 0);
      break;
    case "question":
      body = b.label.length + b.question.length;
      break;
    case "sources":
      body = b.sources.reduce((n, s) => n + s.publisher.length + s.title.length + s.attribution.length, 0);
      break;
  }
  return slide.title.length + (slide.caveat?.length ?? 0) + body;
}

/** "A", "A and B", "A, B and C". */
export function listTitles(titles: readonly string[]): string {
  if (titles.length <= 1) return titles[0] ?? "";
  return `${titles.slice(0, -1).join(", ")} and ${titles[titles.length - 1]}`;
}

function unique<T>(value: T, index: number, array: T[]): boolean {
  return array.indexOf(value) === index;
}
