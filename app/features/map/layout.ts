import type { MapGraph, MapNodeId, RoleNode } from "~/features/map/map-graph";
import { CLUSTER_LABELS, LEVEL_LABELS } from "~/features/roles/labels";

/**
 * Geometry of the skills map, in SVG user units (the SVG scales to its frame). Sizes are chosen for a projector:
 * 18-unit labels stay about 16 px high at the widths the frame allows, and the frame scrolls sideways on phones.
 * A node holds two lines of label, so no name is squeezed; the right margin holds the arcs of the moves between
 * lead and executive roles.
 */
export const MAP_LAYOUT = {
  nodeWidth: 360,
  nodeHeight: 50,
  rowPitch: 58,
  columnGap: 150,
  headerHeight: 64,
  /** A group's label (career cluster, level) above its first node. */
  groupHeight: 34,
  arcMargin: 140,
  bottomPadding: 12,
  labelSize: 18,
  lineHeight: 21,
  figureSize: 16,
} as const;

/** Rough advance of a bold 18-unit label and a 16-unit figure per character (system UI fonts), kept on the wide side. */
const LABEL_CHAR = 10.8;
const FIGURE_CHAR = 9.2;
const PADDING = 14;

export type MapColumn = 0 | 1 | 2;

export interface PlacedNode {
  id: MapNodeId;
  column: MapColumn;
  /** Position in its column, from the top. */
  index: number;
  x: number;
  y: number;
}

export interface GroupLabel {
  column: MapColumn;
  text: string;
  x: number;
  /** Baseline. */
  y: number;
}

export interface MapLayout {
  width: number;
  height: number;
  columnX: [number, number, number];
  nodes: Map<MapNodeId, PlacedNode>;
  /** Node ids column by column, top to bottom (the keyboard order). */
  columns: [MapNodeId[], MapNodeId[], MapNodeId[]];
  /** The middle column's career clusters and the right column's levels. */
  groups: GroupLabel[];
}

/**
 * Three columns (skills, roles grouped by career cluster, lead and executive roles grouped by level). The tallest
 * column sets the height; every column spreads its nodes evenly over that height, so a short column's links fan
 * out instead of bunching at the top.
 */
export function layoutMap(graph: MapGraph): MapLayout {
  const { nodeWidth, nodeHeight, rowPitch, columnGap, headerHeight, groupHeight, arcMargin, bottomPadding } = MAP_LAYOUT;
  const columnX: [number, number, number] = [0, nodeWidth + columnGap, 2 * (nodeWidth + columnGap)];
  const items: { id: MapNodeId; group: string | null }[][] = [
    graph.skills.map((n) => ({ id: n.id, group: null })),
    withGroups(graph.roles, (r) => CLUSTER_LABELS[r.cluster]),
    withGroups(graph.progressionRoles, (r) => LEVEL_LABELS[r.level]),
  ];
  const groupCount = (column: { group: string | null }[]) => column.filter((i) => i.group).length;
  const bodyHeight = Math.max(rowPitch, ...items.map((c) => c.length * rowPitch + groupCount(c) * groupHeight));

  const nodes = new Map<MapNodeId, PlacedNode>();
  const groups: GroupLabel[] = [];
  items.forEach((column, c) => {
    const slot = (bodyHeight - groupCount(column) * groupHeight) / Math.max(column.length, 1);
    let y = headerHeight;
    column.forEach((item, index) => {
      if (item.group) {
        groups.push({ column: c as MapColumn, text: item.group, x: columnX[c as MapColumn], y: Math.round(y + groupHeight - 10) });
        y += groupHeight;
      }
      nodes.set(item.id, {
        id: item.id,
        column: c as MapColumn,
        index,
        x: columnX[c as MapColumn],
        y: Math.round(y + (slot - nodeHeight) / 2),
      });
      y += slot;
    });
  });
  const columns = items.map((c) => c.map((i) => i.id)) as MapLayout["columns"];
  return { width: columnX[2] + nodeWidth + arcMargin, height: headerHeight + bodyHeight + bottomPadding, columnX, nodes, columns, groups };
}

/** Each node with the name of its group where a new group starts. */
function withGroups(roles: RoleNode[], groupOf: (role: RoleNode) => string) {
  return roles.map((r, i) => ({ id: r.id, group: i === 0 || groupOf(roles[i - 1]!) !== groupOf(r) ? groupOf(r) : null }));
}

/** A horizontal S-curve from the right edge of one node to the left edge of the next column's node. */
export function linkPath(from: PlacedNode, to: PlacedNode): string {
  const { nodeWidth, nodeHeight } = MAP_LAYOUT;
  const x1 = from.x + nodeWidth;
  const y1 = from.y + nodeHeight / 2;
  const x2 = to.x;
  const y2 = to.y + nodeHeight / 2;
  const mid = (x1 + x2) / 2;
  return `M${x1} ${y1}C${mid} ${y1} ${mid} ${y2} ${x2} ${y2}`;
}

/**
 * A move between two nodes of one column: an arc out of the right edge of one and back into the right edge of the
 * other, wider the farther apart they are (so nested arcs do not overlap), with an arrowhead at the end.
 */
export function arcPath(from: PlacedNode, to: PlacedNode): { path: string; arrow: string } {
  const { nodeWidth, nodeHeight, arcMargin } = MAP_LAYOUT;
  const x = from.x + nodeWidth;
  const y1 = from.y + nodeHeight / 2 + (to.y > from.y ? 8 : -8);
  const y2 = to.y + nodeHeight / 2 + (to.y > from.y ? -8 : 8);
  const bulge = Math.min(arcMargin - 16, 36 + Math.abs(y2 - y1) * 0.14);
  return {
    path: `M${x} ${y1}C${Math.round(x + bulge)} ${y1} ${Math.round(x + bulge)} ${y2} ${x} ${y2}`,
    arrow: `M${x + 12} ${y2 - 7}L${x} ${y2}L${x + 12} ${y2 + 7}`,
  };
}

/**
 * A node's label in at most two lines that fit beside its figure, broken between words; a name still too long
 * ends in "…" (the full name is the node's accessible name and tooltip). Never squeezed.
 */
export function labelLines(label: string, figure: string): string[] {
  const room = Math.floor((MAP_LAYOUT.nodeWidth - 2 * PADDING - figure.length * FIGURE_CHAR - 12) / LABEL_CHAR);
  if (label.length <= room) return [label];
  const words = label.split(" ");
  let first = "";
  while (words.length > 0 && `${first} ${words[0]}`.trim().length <= room) first = `${first} ${words.shift()}`.trim();
  if (!first) first = words.shift()!;
  let second = words.join(" ");
  if (first.length > room) first = `${first.slice(0, room - 1)}…`;
  if (second.length > room) second = `${second.slice(0, room - 1).trimEnd()}…`;
  return second ? [first, second] : [first];
}

/**
 * The node keyboard focus moves to from `id` with an arrow key: up/down within the column, left/right to the
 * neighbouring column's node nearest in height (among `preferred` nodes, e.g. those on the focused paths, when
 * that column has any). Home/End: first/last of the column. Null when there is nowhere to go.
 */
export function neighbourNode(
  layout: MapLayout,
  id: MapNodeId,
  key: "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight" | "Home" | "End",
  preferred?: ReadonlySet<MapNodeId>,
): MapNodeId | null {
  const node = layout.nodes.get(id);
  if (!node) return null;
  const column = layout.columns[node.column];
  switch (key) {
    case "ArrowUp":
      return column[node.index - 1] ?? null;
    case "ArrowDown":
      return column[node.index + 1] ?? null;
    case "Home":
      return column[0] ?? null;
    case "End":
      return column[column.length - 1] ?? null;
    case "ArrowLeft":
    case "ArrowRight": {
      const target = node.column + (key === "ArrowLeft" ? -1 : 1);
      if (target < 0 || target > 2) return null;
      const all = layout.columns[target as MapColumn];
      const onPath = preferred ? all.filter((c) => preferred.has(c)) : [];
      const candidates = onPath.length > 0 ? onPath : all;
      let best: MapNodeId | null = null;
      let distance = Infinity;
      for (const candidate of candidates) {
        const d = Math.abs(layout.nodes.get(candidate)!.y - node.y);
        if (d < distance) {
          best = candidate;
          distance = d;
        }
      }
      return best;
    }
  }
}
