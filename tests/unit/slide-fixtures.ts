/**
 * Fixtures shared by the unit tests of slides, decks and pay: a source as the citation helpers see it, a compared role
 * as the role comparison gives it, and OEWS May 2024's figures for Actors (27-2011), the case of an occupation that
 * publishes hourly pay only.
 */
import type { ComparedRole, PricedRole } from "~/features/compare/role-comparison";
import type { OccupationPay } from "~/features/pay/pay";
import type { SourceCitation } from "~/features/sources/citations";

/** A source named after its id, so a test can tell which one a slide or note cites. */
export const sourceCitation = (id: string, vintage: string | null = null): SourceCitation => ({
  id,
  kind: "official_statistics",
  publisher: `Publisher of ${id}`,
  author: null,
  title: `Title of ${id}`,
  vintage,
  publishedOn: null,
  url: null,
  attribution: `Attribution of ${id}`,
  license: "Public domain",
});

/** OEWS May 2024, 27-2011 Actors: hourly wages only (BLS prints no median with the 2024-34 projections). */
export const actorsPay = (sourceId: string): OccupationPay => ({
  socCode: "27-2011",
  wageYear: 2024,
  employment: 38800,
  annual: { p10: null, p25: null, median: null, p75: null, p90: null },
  hourly: { p10: 14, p25: 16.94, median: 23.33, p75: 41.09, p90: 97.19 },
  topCoded: [],
  topCodeAnnual: null,
  annualOnly: false,
  sourceId,
});

/** A verbal growth band as growth_bands holds one (O*NET OnLine's 2024–34 wording). */
export const muchFasterBand = {
  rank: 1,
  label: "Much faster than average (7% or higher)",
  minPercent: 6.5,
  maxPercent: null,
  isDerived: false,
  sourceId: "onet-bands",
};

/** A role as the role comparison gives it: its occupation's projection, a growth band from 6.5%, and one next step. */
export const pricedRole = (
  slug: string,
  title: string,
  soc: string,
  changePercent: number,
  annualOpenings: number,
  medianAnnualWage: number,
  ai: Partial<ComparedRole["aiImpact"]> = {},
  pay: PricedRole["pay"] = null,
): PricedRole => ({
  slug,
  title,
  pay,
  summary: `${title} summary.`,
  careerCluster: "software-development",
  level: "mid",
  occupation: { socCode: soc, title: `${title} occupation`, onetCode: `${soc}.00`, sourceId: "onet" },
  projection: {
    vintage: "2024-34",
    baseYear: 2024,
    targetYear: 2034,
    changePercent,
    changeNumeric: 1000,
    employmentBase: 100000,
    employmentProjected: 110000,
    annualOpenings,
    medianAnnualWage,
    wageYear: 2024,
    sourceId: "bls",
  },
  growthBand: changePercent >= 6.5 ? muchFasterBand : null,
  growthComparison: { allOccupationsPercent: 3.1, allOccupationsSourceId: "bls", relation: "multiple", ratio: 2 },
  otherWages: [],
  entryEducation: "Bachelor's degree",
  workExperience: "None",
  entrySourceId: "bls",
  entryDataYear: "2024-34",
  skills: [],
  industries: [],
  aiImpact: { official: [], research: [], editorial: [], exposure: null, ...ai },
  leadsTo: [
    {
      slug: "lead-developer",
      title: "Lead Developer",
      track: "technical",
      typicalYearsMin: 4,
      typicalYearsMax: 8,
      skillsGained: [],
      sourceId: "editorial",
      note: null,
    },
  ],
});
