/**
 * The bars of an explorer deck's growth slide: one bar per BLS occupation line, whatever careers are filed under it.
 * A curated role has no figures of its own (ADR 004): its growth is that of the BLS line it is filed under, so two
 * roles on one line drawn as two bars read as two careers growing equally. They share one bar instead, named
 * together, with the line named under them ("BLS: …", as blsLineLabel names it on the lists). Bars run fastest
 * first; all occupations, the reference, comes last. Pure: careers in, chart rows out.
 */
import { formatPercentChange } from "~/lib/format";
import { listTitles, sameTitle } from "~/lib/list-titles";
import type { BarRow } from "~/features/present/slides";

/** A career as the growth slide draws it: a curated role or an occupation, and the BLS line its figures are. */
export interface GrowthCareer {
  kind: "role" | "occupation";
  /** The role's title, or the occupation's (O*NET's on the interests list, BLS's on the skills list). */
  title: string;
  /** The BLS line the figures are for. */
  socCode: string;
  socTitle: string;
  changePercent: number | null;
  projectionSourceId: string | null;
}

/** One bar: a BLS line and the careers shown on it, in the order they came. */
export interface GrowthLine {
  socCode: string;
  socTitle: string;
  changePercent: number;
  projectionSourceId: string | null;
  roles: string[];
  occupations: string[];
}

/** The lede above the bars: what a bar is and the order they run in; what a role's bar is, where the chart has one. */
export function growthBarsLede(lines: readonly Pick<GrowthLine, "roles">[]): string {
  const order = "One bar per BLS occupation, fastest first, all occupations last.";
  return lines.some((line) => line.roles.length > 0)
    ? `${order} A role's bar is the growth of the BLS occupation it is filed under, named after “BLS:”; roles filed under the same one share its bar.`
    : order;
}

/** Under the bars: how many grow at least as fast as all occupations ("1 of these 2 occupations grows …"). */
export function growthBarsTakeaway(lines: readonly Pick<GrowthLine, "changePercent">[], allOccupationsChange: number): string {
  const faster = lines.filter((line) => line.changePercent >= allOccupationsChange).length;
  const these = lines.length === 1 ? "this occupation" : `these ${lines.length} occupations`;
  const grow = faster === 1 ? "grows" : "grow";
  const all = formatPercentChange(allOccupationsChange);
  return lines.length === 1
    ? `${faster === 1 ? "It grows" : "It does not grow"} at least as fast as all occupations (${all}).`
    : `${faster} of ${these} ${grow} at least as fast as all occupations (${all}).`;
}

/** The careers with a projection, one line per SOC code (first appearance names it), fastest first, then by name. */
export function growthLines(careers: readonly GrowthCareer[]): GrowthLine[] {
  const lines = new Map<string, GrowthLine>();
  for (const career of careers) {
    if (career.changePercent === null) continue;
    let line = lines.get(career.socCode);
    if (!line) {
      line = {
        socCode: career.socCode,
        socTitle: career.socTitle,
        changePercent: career.changePercent,
        projectionSourceId: career.projectionSourceId,
        roles: [],
        occupations: [],
      };
      lines.set(career.socCode, line);
    }
    const names = career.kind === "role" ? line.roles : line.occupations;
    if (!names.includes(career.title)) names.push(career.title);
  }
  return [...lines.values()].sort(
    (a, b) => b.changePercent - a.changePercent || (lineLabel(a) < lineLabel(b) ? -1 : lineLabel(a) > lineLabel(b) ? 1 : 0),
  );
}

/**
 * "Role: Data Scientist", "Roles: Machine Learning Engineer and Research Scientist", "Occupation: Actuaries",
 * "Roles: Cloud Engineer; occupation: Computer Systems Engineers/Architects": who the bar is for, roles and
 * occupations told apart by words, not colour.
 */
export function lineLabel(line: Pick<GrowthLine, "roles" | "occupations">): string {
  const parts = [
    line.roles.length > 0 ? `${line.roles.length === 1 ? "Role" : "Roles"}: ${listTitles(line.roles)}` : null,
    line.occupations.length > 0 ? `${line.occupations.length === 1 ? "Occupation" : "Occupations"}: ${listTitles(line.occupations)}` : null,
  ].filter((part) => part !== null);
  return parts.map((part, i) => (i === 0 ? part : part.charAt(0).toLowerCase() + part.slice(1))).join("; ");
}

/**
 * Under a bar's label, the BLS line whose figure it is: always under a role's (a role is never a BLS line), under an
 * occupation's only where the line has another title (O*NET's "Biostatisticians" is BLS's "Statisticians").
 */
export function lineDetail(line: Pick<GrowthLine, "roles" | "occupations" | "socTitle">): string | null {
  const sameAsOccupation = line.roles.length === 0 && line.occupations.every((title) => sameTitle(title, line.socTitle));
  return sameAsOccupation ? null : `BLS: ${line.socTitle}`;
}

/** The chart's rows: the lines, fastest first, then all occupations (emphasised) as the reference. */
export function growthBarRows(lines: readonly GrowthLine[], allOccupationsChange: number | null): BarRow[] {
  return [
    ...lines.map((line) => ({
      label: lineLabel(line),
      detail: lineDetail(line),
      value: line.changePercent,
      text: formatPercentChange(line.changePercent),
      emphasis: false,
    })),
    ...(allOccupationsChange !== null
      ? [{ label: "All occupations", value: allOccupationsChange, text: formatPercentChange(allOccupationsChange), emphasis: true }]
      : []),
  ];
}

/** For the notes: the lines several careers share, said in words ("Machine Learning Engineer and Research Scientist are both …"). */
export function sharedLineNotes(lines: readonly GrowthLine[]): string[] {
  return lines.flatMap((line) => {
    const names = [...line.roles, ...line.occupations];
    if (names.length < 2) return [];
    const filed = names.length === 2 ? "are both filed" : "are all filed";
    return [
      `${listTitles(names)} ${filed} under BLS's ${line.socTitle} (SOC ${line.socCode}), so they share one bar: BLS publishes one growth figure for the whole occupation (${formatPercentChange(line.changePercent)}), not one per career.`,
    ];
  });
}
