/**
 * How a projection line that Career Atlas added up itself is marked, in the same words wherever it is shown: the
 * profile's growth chart, its slides and its handout. BLS gives no table row for some Occupational Outlook Handbook
 * groups ("Web developers and digital designers"), so the seed sums the published lines under the group and stores
 * the sum with `isDerived` set. Its figures are then Career Atlas's, worked from BLS's: a page that shows one beside
 * the BLS citation alone credits BLS with a number BLS never published.
 */

/** The mark after a summed line's name or figure. */
export const SUMMED_MARK = "summed by Career Atlas";

/** "Web developers and digital designers (OOH group) (summed by Career Atlas)"; a published line as it is. */
export function withSummedMark(text: string, line: { isDerived: boolean }): string {
  return line.isDerived ? `${text} (${SUMMED_MARK})` : text;
}

/** Beside the source of a chart or slide that shows a summed line: what the mark means. */
export const SUMMED_LINES_NOTE = "a group marked as a sum was added up by Career Atlas from published lines";

/** In a summed line's row of a data table, after what kind of line it is. */
export const SUMMED_KIND_NOTE = "sum of published lines, by Career Atlas";

/** Under a role's figures when the role's own occupation line is a sum. */
export const SUMMED_PROJECTION_NOTE = "These figures are Career Atlas sums of published BLS lines, not a BLS table row.";
