/**
 * How a handout's text prints (handout.css, under @media print): the sheet's type size, the smallest size any text in it
 * may print at, and whether its lines are set tighter. A handout is one page, so each kind of sheet prints as large as
 * its largest content leaves room for (docs/decisions/021-print-and-colour-themes.md, amendment of 2026-12-06).
 * Browser-safe: plain values.
 */
import type { CSSProperties } from "react";

export interface HandoutPrintType {
  /** The sheet's type size in points (its notes and tables are smaller on screen: 0.8 to 0.9 of it). */
  sizePt: number;
  /** The smallest size, in points, that a note, a detail or a table of the sheet prints at; null: as on screen, in proportion. */
  minPt: number | null;
  /** Lines set at 1.18 instead of 1.2 (the densest comparisons). */
  tight: boolean;
}

/**
 * A role's handout: its own size since handouts were made (8 pt, details and tables at 0.8 of it). Measured 2026-12-06
 * on every role in every period, the fullest (QA Engineer, 2022-32) fills 98% of a Letter page as it is: there is no
 * room for larger type without printing less.
 */
export const ROLE_HANDOUT_PRINT: HandoutPrintType = { sizePt: 8, minPt: null, tight: false };

/**
 * A comparison's handout by its number of items, measured 2026-12-06 on 79 comparisons (26 of two items, 25 of three,
 * 28 of four; roles and occupations, every period; docs/PERFORMANCE.md, "Handout type"), each printed on Letter and A4:
 * two items fill up to 93% of a Letter page, three (whose AI notes are left to the comparison page, handout.ts) 95%,
 * four 98%. The floors are what the fullest of each size left room for; four items are 7.5 pt as before, their details
 * no longer 6.4 px.
 */
export function comparisonPrintType(items: number): HandoutPrintType {
  if (items <= 2) return { sizePt: 8, minPt: 7, tight: false };
  if (items === 3) return { sizePt: 8, minPt: 6.75, tight: true };
  return { sizePt: 7.5, minPt: 6, tight: true };
}

/** The custom properties handout.css reads in print. */
export function printTypeStyle(type: HandoutPrintType): CSSProperties {
  return {
    "--handout-print-size": `${type.sizePt}pt`,
    ...(type.minPt !== null ? { "--handout-print-min": `${type.minPt}pt` } : {}),
  } as CSSProperties;
}
