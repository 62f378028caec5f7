/**
 * Fixtures shared by the unit tests of slides, decks and pay: a source as the citation helpers see it, and OEWS May
 * 2024's figures for Actors (27-2011), the case of an occupation that publishes hourly pay only.
 */
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
