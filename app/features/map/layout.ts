import type { MapGraph, MapNodeId } from "~/features/map/map-graph";

/**
 * Geometry of the skills map, in SVG user units (the SVG scales to its frame). Sizes are chosen for a projector:
 * 18-unit labels stay about 16 px high at the widths the frame allows, and the frame scrolls sideways on phones.
 */
export const MAP_LAYOUT = {
  nodeWidth: 360,
  nodeHeight: 38,
  rowPitch: 48,
  columnGap: 150,
  headerHeight: 64,
  bottomPadding: 12,
  labelSize: 18,
  figureSize: 16,
} as const;

export type MapColumn = 0 | 1 | 2;

export interface PlacedNode {
  id: MapNodeId;
  column: MapColumn;
  /** Position in its column, from the top. */
  index: number;
  x: number;
  y: number;
}

export interface MapLayout {
  width: number;
  height: number;
  columnX: [number, number, number];
  nodes: Map<MapNodeId, PlacedNode>;
  /** Node ids column by column, top to bottom (the keyboard order). */
  columns: [MapNodeId[], MapNodeId[], MapNodeId[]];
}

/**
 * Three columns (skills, roles, progression roles). The tallest column sets the height; every column spreads its
 * nodes evenly over that height, so a short column's links fan out instead of bunching at the top.
 */
export function layoutMap(graph: MapGraph): MapLayout {
  const { nodeWidth, nodeHeight, rowPitch, columnGap, headerHeight, bottomPadding } = MAP_LAYOUT;
  const columns: [MapNodeId[], MapNodeId[], MapNodeId[]] = [
    graph.skills.map((n) => n.id),
    graph.roles.map((n) => n.id),
    graph.progressionRoles.map((n) => n.id),
  ];
  const rows = Math.max(1, ...columns.map((c) => c.length));
  const bodyHeight = rows * rowPitch;
  const columnX: [number, number, number] = [0, nodeWidth + columnGap, 2 * (nodeWidth + columnGap)];
  const nodes = new Map<MapNodeId, PlacedNode>();
  columns.forEach((ids, column) => {
    const slot = bodyHeight / Math.max(ids.length, 1);
    ids.forEach((id, index) => {
      nodes.set(id, {
        id,
        column: column as MapColumn,
        index,
        x: columnX[column as MapColumn],
        y: Math.round(headerHeight + slot * index + (slot - nodeHeight) / 2),
      });
    });
  });
  return { width: columnX[2] + nodeWidth, height: headerHeight + bodyHeight + bottomPadding, columnX, nodes, columns };
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
