/**
 * The one-page handouts (a role, a comparison): what each prints, chosen from the role profile and the role
 * comparison the other pages use. Plain data only; every figure keeps its source id and data year, and the
 * handout numbers only the sources it actually cites.
 *
 * A handout must fit one printed page (Letter and A4) for every role, so each list is capped here and the page
 * says how many more the full profile or comparison shows.
 */
import type { SourceCitation } from "~/features/sources/citations";
import { columnMedian, compareGrowthRows, growthRows, type CompareGrowthRow } from "~/features/compare/compare-charts";
import { lineMedianPay, type MedianPay } from "~/features/pay/pay";
import type { ComparedOccupation, Comparison } from "~/features/compare/comparison";
import { withDataPin } from "~/features/data-pin/data-pin";
import {
  compareHref,
  type ComparedRole,
  type HotSkillInCommon,
  type PricedRole,
  type PricedRoleComparison,
  type RoleComparison,
} from "~/features/compare/role-comparison";
import { pickAiNote } from "~/features/roles/pick-ai-note";
import type {
  AiNote,
  ExposureScores,
  GrowthChartRow,
  ProfileSkill,
  ProgressionEdge,
  QuickFacts,
  RoleProfile,
} from "~/features/roles/role-profile";
import { sourceCredit } from "~/features/sources/citations";
import { withSummedMark } from "~/features/roles/summed-lines";

/** A QR code as one SVG path (built by qr.server.ts; the page draws it inline, no image request). */
export interface QrCodeSvg {
  /** What the code encodes. */
  text: string;
  /** Side of the square viewBox, in modules, quiet zone included. */
  viewBoxSize: number;
  /** Dark modules, one closed rectangle per horizontal run: `M<x> <y>h<run>v1h-<run>z`. */
  path: string;
  /** QR version (1-40): the symbol is 17 + 4 × version modules wide. */
  version: number;
}

export const HANDOUT_LIMITS = {
  /** Hot skills on a role handout. */
  hotSkills: 8,
  /** Hot skills in common on a comparison handout. */
  hotSkillsInCommon: 6,
  /** Next roles on a role handout. */
  leadsTo: 4,
  /** Next roles per role on a comparison handout. */
  leadsToPerRole: 2,
  /**
   * Items of a comparison handout that prints each one's AI notes (BLS's statement, the editorial note) beside its β
   * exposure; a comparison of more prints the exposure only, and says where the notes are. Three or four items' notes
   * took a fifth of the page: four items did not always fit one Letter page (4 of 28 measured printed two), even in
   * 7.5 pt type with 8 px tables.
   */
  aiNotesUpToItems: 2,
} as const;

/** One bar of the handout's growth chart (drawn on the server: the handout must print without JavaScript). */
export interface HandoutGrowthBar {
  key: string;
  label: string;
  /** What the label leaves out, e.g. "SOC 15-1254" or "Web developers, SOC 15-1254" (null for all occupations). */
  detail: string | null;
  changePercent: number;
  /** As published: OOH group pages give whole numbers, BLS tables one decimal. */
  decimals: 0 | 1;
  /** The bar the chart is about (solid), a wider group for context (hatched), or all occupations (outline). */
  kind: "role" | "context" | "total";
  employmentBase: number;
  employmentProjected: number;
  baseYear: number;
  targetYear: number;
  sourceId: string;
}

/** A hot skill as the handout lists it: its importance and the marks that make it "hot", as text. */
export interface HandoutSkill {
  slug: string;
  name: string;
  importance: ProfileSkill["importance"];
  /** O*NET In Demand for the role's own occupation. */
  inDemand: boolean;
  /** O*NET Hot Technology (frequent in postings across all occupations). */
  hotTechnology: boolean;
  /** Sources that name the skill as hot or important for the future. */
  highlightSourceIds: string[];
}

/** The AI-impact summary: one note per layer at most, the layers kept apart, plus the research exposure scores. */
export interface HandoutAiSummary {
  official: AiNote | null;
  /** β (beta) exposure, both raters, for the role's primary O*NET occupation. */
  exposure: { onetCode: string; onetTitle: string; gpt4: number | null; human: number | null; sourceId: string } | null;
  /** A research note, shown only where no exposure scores exist. */
  research: AiNote | null;
  editorial: AiNote | null;
}

export interface RoleHandout {
  vintage: RoleProfile["vintage"];
  role: Pick<RoleProfile["role"], "slug" | "title" | "summary" | "level">;
  occupation: { socCode: string; title: string; sourceId: string };
  sharesFiguresWith: RoleProfile["sharesFiguresWith"];
  quickFacts: QuickFacts;
  growthBars: HandoutGrowthBar[];
  hotSkills: HandoutSkill[];
  /** All the role's skills with a hot mark (the handout lists the first few). */
  hotSkillCount: number;
  onetSourceId: string | null;
  leadsTo: ProgressionEdge[];
  leadsToCount: number;
  ai: HandoutAiSummary;
  sources: SourceCitation[];
}

export interface ComparisonHandoutRole {
  /** A curated role, or a BLS occupation compared beside roles (docs/decisions/016): it has no next steps or AI notes. */
  kind: "role" | "occupation";
  /** The role's slug, or "occupation:<code>" (the compare page's column key). */
  slug: string;
  title: string;
  occupation: ComparedRole["occupation"];
  projection: ComparedRole["projection"];
  growthComparison: ComparedRole["growthComparison"];
  otherWages: ComparedRole["otherWages"];
  /**
   * The median printed (lineMedianPay): the projection line's own; where BLS prints none, the top code or, published by
   * the hour only (actors: 27-2011), the hourly median of the OEWS survey of the line's base year.
   */
  median: MedianPay | null;
  /** The OEWS percentiles of a yearly median's survey: the 10th–90th percentile spread printed under the median. */
  pay: PricedRole["pay"];
  entryEducation: string;
  workExperience: string;
  entrySourceId: string;
  entryDataYear: string | null;
  leadsTo: ProgressionEdge[];
  leadsToCount: number;
  ai: HandoutAiSummary;
}

export interface ComparisonHandout {
  vintage: RoleComparison["vintage"];
  /** The compared items: roles, then occupations, in the address's order. */
  roles: ComparisonHandoutRole[];
  allOccupations: RoleComparison["allOccupations"];
  sharedOccupations: RoleComparison["sharedOccupations"];
  growthBars: HandoutGrowthBar[];
  hotSkillsInCommon: HotSkillInCommon[];
  hotSkillsInCommonCount: number;
  onetSourceId: string | null;
  /** Whether the items' AI notes are printed, or only their β exposure (HANDOUT_LIMITS.aiNotesUpToItems). */
  aiNotes: boolean;
  sources: SourceCitation[];
}

const byFirstUse = (sources: SourceCitation[], ids: (string | null | undefined)[]): SourceCitation[] => {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === "string"))];
  return wanted.flatMap((id) => sources.filter((s) => s.id === id));
};

function betaExposure(exposure: ExposureScores | null): HandoutAiSummary["exposure"] {
  if (!exposure) return null;
  const beta = exposure.rows.find((r) => r.measure === "beta");
  if (!beta) return null;
  return { onetCode: exposure.onetCode, onetTitle: exposure.onetTitle, gpt4: beta.gpt4, human: beta.human, sourceId: exposure.sourceId };
}

function aiSummary(ai: { official: AiNote[]; research: AiNote[]; editorial: AiNote[]; exposure: ExposureScores | null }): HandoutAiSummary {
  const exposure = betaExposure(ai.exposure);
  return {
    official: pickAiNote(ai.official),
    exposure,
    research: exposure ? null : pickAiNote(ai.research),
    // Editorial notes are written for a role; economy-wide editorial opinion is not a summary of this role.
    editorial: pickAiNote(ai.editorial.filter((n) => n.scope !== "economy")),
  };
}

function aiSourceIds(ai: HandoutAiSummary): (string | undefined)[] {
  return [ai.official?.sourceId, ai.exposure?.sourceId, ai.research?.sourceId, ai.editorial?.sourceId];
}

/**
 * The role's most telling hot skills: core before useful, then In Demand for the role's own occupation, then a
 * source's own highlight, then O*NET Hot Technology; the profile's order breaks ties.
 */
function topHotSkills(profile: RoleProfile): { skills: HandoutSkill[]; count: number } {
  const all = profile.skillGroups.flatMap((g) => g.skills);
  const hot = all
    .map((skill, order) => ({
      skill: {
        slug: skill.slug,
        name: skill.name,
        importance: skill.importance,
        inDemand: skill.marks.inDemand.length > 0,
        hotTechnology: skill.marks.hotTechnologies.length > 0,
        highlightSourceIds: [...new Set(skill.marks.highlights.map((h) => h.sourceId))],
      } satisfies HandoutSkill,
      order,
    }))
    .filter(({ skill }) => skill.inDemand || skill.hotTechnology || skill.highlightSourceIds.length > 0);
  const score = (s: HandoutSkill) =>
    (s.importance === "core" ? 8 : 0) + (s.inDemand ? 4 : 0) + (s.highlightSourceIds.length > 0 ? 2 : 0) + (s.hotTechnology ? 1 : 0);
  hot.sort((a, b) => score(b.skill) - score(a.skill) || a.order - b.order);
  return { skills: hot.slice(0, HANDOUT_LIMITS.hotSkills).map((h) => h.skill), count: hot.length };
}

function profileGrowthBars(rows: GrowthChartRow[], profile: RoleProfile): HandoutGrowthBar[] {
  const p = profile.quickFacts.projection;
  return rows.map((row) => ({
    key: row.socCode,
    // A group Career Atlas summed is marked as on the profile's chart (bar and table row): BLS published no such row.
    label: withSummedMark(row.label, row),
    // The role's own line names its SOC code; the wider lines' labels already say what they cover.
    detail: row.isRoleOccupation ? `SOC ${row.socCode}` : null,
    changePercent: row.changePercent,
    decimals: row.percentDecimals,
    kind: row.isRoleOccupation ? "role" : row.kind === "total" ? "total" : "context",
    employmentBase: row.employmentBase,
    employmentProjected: row.employmentProjected,
    baseYear: p?.baseYear ?? 0,
    targetYear: p?.targetYear ?? 0,
    sourceId: row.sourceId,
  }));
}

/** What a role's handout prints, from the role profile (no query of its own). */
export function roleHandout(profile: RoleProfile): RoleHandout {
  const { skills: hotSkills, count: hotSkillCount } = topHotSkills(profile);
  const onetSourceId = profile.skillGroups.flatMap((g) => g.skills).find((s) => s.marks.onetSourceId)?.marks.onetSourceId ?? null;
  const ai = aiSummary(profile.aiImpact);
  const leadsTo = profile.progression.leadsTo.slice(0, HANDOUT_LIMITS.leadsTo);
  const growthBars = profileGrowthBars(profile.charts.growth, profile);
  const facts = profile.quickFacts;
  // The order the handout cites them in: quick facts, chart, skills, progression, AI impact.
  const sources = byFirstUse(profile.sources, [
    profile.occupation.sourceId,
    facts.projection?.sourceId,
    facts.projection ? facts.pay?.sourceId : null,
    facts.comparison?.allOccupationsSourceId,
    ...facts.otherWages.map((w) => w.sourceId),
    // Education and experience are printed with the projection's facts (none without a projection).
    facts.projection ? facts.entrySourceId : null,
    ...growthBars.map((b) => b.sourceId),
    hotSkills.some((s) => s.inDemand || s.hotTechnology) ? onetSourceId : null,
    ...hotSkills.flatMap((s) => s.highlightSourceIds),
    ...leadsTo.map((e) => e.sourceId),
    ...aiSourceIds(ai),
  ]);
  return {
    vintage: profile.vintage,
    role: { slug: profile.role.slug, title: profile.role.title, summary: profile.role.summary, level: profile.role.level },
    occupation: { socCode: profile.occupation.socCode, title: profile.occupation.title, sourceId: profile.occupation.sourceId },
    sharesFiguresWith: profile.sharesFiguresWith,
    quickFacts: facts,
    growthBars,
    hotSkills,
    hotSkillCount,
    onetSourceId,
    leadsTo,
    leadsToCount: profile.progression.leadsTo.length,
    ai,
    sources,
  };
}

/** What a comparison's handout prints, from the role comparison (no query of its own). */
export function comparisonHandout(comparison: PricedRoleComparison): ComparisonHandout {
  const roles: ComparisonHandoutRole[] = comparison.roles.map((role) => ({
    kind: "role",
    slug: role.slug,
    title: role.title,
    occupation: role.occupation,
    projection: role.projection,
    growthComparison: role.growthComparison,
    otherWages: role.otherWages,
    median: role.projection ? lineMedianPay(role.projection, role.pay) : null,
    // A spread only beside a published median.
    pay: role.projection?.medianAnnualWage != null ? role.pay : null,
    entryEducation: role.entryEducation,
    workExperience: role.workExperience,
    entrySourceId: role.entrySourceId,
    entryDataYear: role.entryDataYear,
    leadsTo: role.leadsTo.slice(0, HANDOUT_LIMITS.leadsToPerRole),
    leadsToCount: role.leadsTo.length,
    ai: aiSummary(role.aiImpact),
  }));
  return assembleComparisonHandout({
    vintage: comparison.vintage,
    roles,
    allOccupations: comparison.allOccupations,
    sharedOccupations: comparison.sharedOccupations,
    growthBars: compareGrowthRows(comparison).map(handoutGrowthBar),
    hot: comparison.hotSkillsInCommon,
    sources: comparison.sources,
  });
}

/**
 * What the handout of a comparison with occupations prints, from the compare page's own comparison (no query of its
 * own): every item's figures side by side, as the page shows them; hot skills in common between the roles only (two at
 * least: only curated roles list skills); next steps and AI notes for the roles, and for an occupation the GPTs-are-GPTs
 * β exposure the page shows for it. A spread is printed only from the median's own survey.
 */
export function mixedComparisonHandout(comparison: Comparison): ComparisonHandout {
  const byKey = new Map(comparison.roles.map((r) => [r.slug, r]));
  const roles: ComparisonHandoutRole[] = comparison.columns.map((column) => {
    const role = column.roleSlug ? byKey.get(column.roleSlug) : undefined;
    const occupation = comparison.occupations.find((o) => o.socCode === column.occupation.socCode && column.kind === "occupation");
    // The compare page's median (an hourly one as published); a spread only under a yearly one, from its own survey.
    const median = columnMedian(column);
    const sameSurvey = column.pay !== null && median?.per === "year" && median.wageYear === column.pay.wageYear;
    return {
      kind: column.kind,
      slug: column.key,
      title: column.title,
      occupation: role?.occupation ?? { ...column.occupation, onetCode: null },
      projection: column.projection,
      growthComparison: column.growthComparison,
      otherWages: column.otherWages,
      median,
      pay: sameSurvey ? column.pay : null,
      entryEducation: column.entryEducation ?? "Not published",
      workExperience: column.workExperience ?? "Not published",
      entrySourceId: column.entrySourceId ?? column.occupation.sourceId,
      entryDataYear: column.entryDataYear,
      leadsTo: role ? role.leadsTo.slice(0, HANDOUT_LIMITS.leadsToPerRole) : [],
      leadsToCount: role?.leadsTo.length ?? 0,
      ai: role ? aiSummary(role.aiImpact) : occupationAiSummary(occupation),
    };
  });
  const roleComparison = comparison.roleComparison;
  return assembleComparisonHandout({
    vintage: comparison.vintage as RoleComparison["vintage"],
    roles,
    allOccupations: comparison.allOccupations,
    // Items that show one occupation's figures, by their keys (the handout's `slug`s).
    sharedOccupations: comparison.sharedOccupations.map((o) => ({
      socCode: o.socCode,
      title: o.title,
      roleSlugs: comparison.columns.filter((c) => c.occupation.socCode === o.socCode).map((c) => c.key),
    })),
    growthBars: growthRows(comparison).map(handoutGrowthBar),
    hot: roleComparison && roleComparison.roles.length >= 2 ? roleComparison.hotSkillsInCommon : [],
    sources: comparison.sources,
  });
}

/** An occupation's AI line: the β exposure of its own O*NET occupation (or its first), both raters; no notes, which are written for roles. */
function occupationAiSummary(occupation: ComparedOccupation | undefined): HandoutAiSummary {
  const rows = occupation?.ai.exposure ?? [];
  const onetCode = rows.find((r) => r.onetCode === `${occupation?.socCode}.00`)?.onetCode ?? rows[0]?.onetCode;
  const beta = rows.filter((r) => r.onetCode === onetCode && r.measure === "beta");
  const score = (rater: string) => beta.find((r) => r.rater === rater)?.score ?? null;
  return {
    official: null,
    exposure:
      beta.length > 0
        ? {
            onetCode: beta[0]!.onetCode,
            onetTitle: beta[0]!.onetTitle,
            gpt4: score("gpt4"),
            human: score("human"),
            sourceId: beta[0]!.sourceId,
          }
        : null,
    research: null,
    editorial: null,
  };
}

function handoutGrowthBar(row: CompareGrowthRow): HandoutGrowthBar {
  return {
    key: row.key,
    label: row.label,
    detail: row.isAllOccupations ? null : `${row.occupationTitle}, SOC ${row.socCode}`,
    changePercent: row.changePercent,
    decimals: 1,
    kind: row.isAllOccupations ? "total" : "role",
    employmentBase: row.employmentBase,
    employmentProjected: row.employmentProjected,
    baseYear: row.baseYear,
    targetYear: row.targetYear,
    sourceId: row.sourceId,
  };
}

/**
 * A comparison handout from its items, bars and hot skills: the lists capped, the AI notes of three or four items left to
 * the comparison page, the sources numbered in order of first use.
 */
function assembleComparisonHandout({
  vintage,
  roles: items,
  allOccupations,
  sharedOccupations,
  growthBars,
  hot,
  sources: allSources,
}: {
  vintage: RoleComparison["vintage"];
  roles: ComparisonHandoutRole[];
  allOccupations: RoleComparison["allOccupations"];
  sharedOccupations: RoleComparison["sharedOccupations"];
  growthBars: HandoutGrowthBar[];
  hot: HotSkillInCommon[];
  sources: SourceCitation[];
}): ComparisonHandout {
  const aiNotes = items.length <= HANDOUT_LIMITS.aiNotesUpToItems;
  // Without its notes an item's AI summary is its β exposure, so the sheet numbers only the sources it prints.
  const roles = aiNotes
    ? items
    : items.map((item) => ({ ...item, ai: { official: null, exposure: item.ai.exposure, research: null, editorial: null } }));
  const hotSkillsInCommon = hot.slice(0, HANDOUT_LIMITS.hotSkillsInCommon);
  const onetSourceId = hotSkillsInCommon.find((h) => h.onetSourceId)?.onetSourceId ?? null;
  const sources = byFirstUse(allSources, [
    ...roles.map((r) => r.occupation.sourceId),
    ...roles.map((r) => r.projection?.sourceId),
    allOccupations?.sourceId,
    // A median BLS prints none of is its OEWS survey's (a line's own median is its projection's, listed above).
    ...roles.map((r) => r.median?.sourceId),
    ...roles.map((r) => r.pay?.sourceId),
    ...roles.flatMap((r) => r.otherWages.map((w) => w.sourceId)),
    ...roles.map((r) => r.entrySourceId),
    ...growthBars.map((b) => b.sourceId),
    onetSourceId,
    ...roles.flatMap((r) => r.leadsTo.map((e) => e.sourceId)),
    ...roles.flatMap((r) => aiSourceIds(r.ai)),
  ]);
  return {
    vintage,
    roles,
    allOccupations,
    sharedOccupations,
    growthBars,
    hotSkillsInCommon,
    hotSkillsInCommonCount: hot.length,
    onetSourceId,
    aiNotes,
    sources,
  };
}

/** Licences whose terms ask for an attribution line wherever their data is shown (CC BY, MIT). */
const ATTRIBUTION_REQUIRED = /^(CC BY|MIT)/;

/** The attribution lines a handout prints after its sources (print hides the site footer that normally carries them). */
export function handoutAttributions(sources: SourceCitation[]): string[] {
  return [...new Set(sources.filter((s) => ATTRIBUTION_REQUIRED.test(s.license)).map((s) => s.attribution.trim()))];
}

/**
 * The citation line a handout prints: the statistics' source and data year, then the Career Atlas data version.
 * "Source: U.S. Bureau of Labor Statistics, Employment Projections program, Employment Projections 2024-34 ...,
 * data year 2024–34 (median pay May 2024); Career Atlas data version v3-1a2b3c4d loaded November 21, 2026."
 */
export function handoutCitation({
  statistics,
  periodLabel,
  wageYearLabel,
  dataVersion,
  loadedOn,
}: {
  statistics: SourceCitation | undefined;
  periodLabel: string;
  wageYearLabel: string | null;
  dataVersion: string;
  loadedOn: string;
}): string {
  const source = statistics ? sourceCredit(statistics) : "U.S. Bureau of Labor Statistics, Employment Projections program";
  const year = `data year ${periodLabel}${wageYearLabel ? ` (median pay ${wageYearLabel})` : ""}`;
  return `Source: ${source}, ${year}; Career Atlas data version ${dataVersion} loaded ${loadedOn}.`;
}

/**
 * The address a handout's QR code points to: the page the handout summarises, pinned to the projection vintage
 * and to the data version the handout was printed from (`data=`), so a class sees the same figures all term.
 */
export function pinnedRoleUrl({
  origin,
  slug,
  vintage,
  dataVersion,
}: {
  origin: string;
  slug: string;
  vintage: string;
  dataVersion: string;
}): string {
  return `${origin}/roles/${slug}?vintage=${encodeURIComponent(vintage)}&data=${encodeURIComponent(dataVersion)}`;
}

export function pinnedCompareUrl({
  origin,
  slugs,
  occupations = [],
  vintage,
  dataVersion,
}: {
  origin: string;
  slugs: readonly string[];
  occupations?: readonly string[];
  vintage: string;
  dataVersion: string;
}): string {
  // `latest: ""` never matches, so the vintage is always written out: a pinned link names it even when it is the latest.
  return `${origin}${compareHref(slugs, { vintage, latest: "", occupations, extra: { data: dataVersion } })}`;
}

/**
 * The link to a role's handout, as the profile offers it: the vintage only when it is not the latest, and the data
 * version when the profile is pinned to an older one (so the handout prints the figures on screen).
 */
export function roleHandoutHref(
  slug: string,
  { vintage, latest, dataVersion }: { vintage: string; latest: string; dataVersion?: string },
): string {
  const href = `/roles/${slug}/handout${vintage === latest ? "" : `?vintage=${encodeURIComponent(vintage)}`}`;
  return dataVersion ? withDataPin(href, dataVersion) : href;
}

/**
 * The link to a comparison's handout, as the compare page offers it: like roleHandoutHref, with the roles in order,
 * then the occupations (`occupations=`, as the page's own address has them).
 */
export function compareHandoutHref(
  slugs: readonly string[],
  {
    vintage,
    latest,
    dataVersion,
    occupations = [],
  }: { vintage: string; latest: string; dataVersion?: string; occupations?: readonly string[] },
): string {
  return compareHref(slugs, { vintage, latest, path: "/compare/handout", occupations, extra: dataVersion ? { data: dataVersion } : {} });
}

/** A URL as printed under the QR code: without the scheme, which nobody types. */
export function printedUrl(url: string): string {
  return url.replace(/^https?:\/\//, "");
}
