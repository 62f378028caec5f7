/**
 * The "where it leads" slides: the next roles, soonest first, with their typical years. The years are ranges,
 * not rules, and where Career Atlas estimated them the notes say that no statistical source publishes them.
 */
import type { SourceCitation } from "~/features/sources/citations";
import { listTitles } from "~/lib/list-titles";
import type { RoleComparison } from "~/features/compare/role-comparison";
import { TRACK_LABELS } from "~/features/roles/labels";
import type { ProgressionEdge, RoleProfile } from "~/features/roles/role-profile";
import { sourceVintage, type Citer } from "~/features/present/slide-citations";
import { MAX_SLIDE_ITEMS, type DraftSlide, type SlideColumn } from "~/features/present/slides";

/** Where one role leads or, for a top rung, how people reach it; none when the data has neither. */
export function roleLeadsSlide(profile: RoleProfile, cite: Citer): DraftSlide | null {
  const { leadsTo, comesFrom } = profile.progression;
  const edges = leadsTo.length > 0 ? leadsTo : comesFrom;
  if (edges.length === 0) return null;
  const shown = [...edges].sort(soonestFirst).slice(0, MAX_SLIDE_ITEMS);
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

/** Each compared role's first next steps side by side, and the destinations they share; none when no role leads anywhere. */
export function comparisonLeadsSlide(comparison: RoleComparison, cite: Citer): DraftSlide | null {
  const { roles, destinationsInCommon } = comparison;
  if (roles.every((r) => r.leadsTo.length === 0)) return null;
  const perRole = 3;
  const columns: SlideColumn[] = roles.map((r) => {
    const sorted = [...r.leadsTo].sort(soonestFirst);
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

function soonestFirst(a: ProgressionEdge, b: ProgressionEdge): number {
  return a.typicalYearsMin - b.typicalYearsMin || a.typicalYearsMax - b.typicalYearsMax;
}

/** Progression years: Career Atlas's own estimates are undated; an article's are as undated as the article. */
function edgeDataYear(sourceId: string): (source: SourceCitation | undefined) => string {
  return sourceId === "editorial" ? () => "editorial estimate, not dated" : sourceVintage;
}

function edgeLine(edge: ProgressionEdge): string {
  return `${edge.title}: ${edge.typicalYearsMin}–${edge.typicalYearsMax} years (${TRACK_LABELS[edge.track].toLowerCase()})`;
}
