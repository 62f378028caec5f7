/**
 * The openings takeaways: the misconception a growth figure invites (fast growth means many chances to get
 * hired) put in one sentence. Arithmetic on the published figures only; no new figure is computed or shown.
 */
import { formatCount, formatCountChange, formatPercentChange } from "~/lib/format";
import { listTitles } from "~/lib/list-titles";

/**
 * What one occupation's openings say next to its growth. Openings over the period are new jobs plus
 * replacements, so when a year's openings times the years is more than twice the new jobs, most openings
 * replace workers who leave.
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
