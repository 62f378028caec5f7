import { Link, useNavigate } from "react-router";
import { useMemo, useState, type KeyboardEvent } from "react";
import { formatPercentChange } from "~/lib/format";
import type { FocusPaths, MapFocus, MapGraph, MapNodeId, RoleNode, SkillNode } from "~/features/map/map-graph";
import { useHydrated } from "~/lib/use-hydrated";
import { layoutMap, linkPath, MAP_LAYOUT, neighbourNode, type PlacedNode } from "~/features/map/layout";

export interface MapDiagramProps {
  graph: MapGraph;
  paths: FocusPaths | null;
  /** The page URL focusing on a node (keeps the filters). */
  focusHref: (focus: MapFocus) => string;
  /** "2024–34" */
  vintageLabel: string;
  /** "[2] U.S. Bureau of Labor Statistics, ..." for a source id. */
  citation: (sourceId: string) => string;
  titleId: string;
  descriptionId: string;
}

const ARROW_KEYS = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End"]);
/** Rough advance of a bold 18-unit label and a 16-unit figure per character (system UI fonts), kept on the wide side. */
const LABEL_CHAR = 10.8;
const FIGURE_CHAR = 9.2;

/**
 * The skills map as an SVG layered graph, rendered on the server (no chart library): three columns of labelled
 * nodes and curved links. Every node is a link to the page focused on it, so focus works without JavaScript;
 * after hydration the diagram is one tab stop with arrow-key movement (roving tabindex), Enter or Space focuses
 * a node, and focusing changes the URL in place without reloading the data.
 */
export function MapDiagram({ graph, paths, focusHref, vintageLabel, citation, titleId, descriptionId }: MapDiagramProps) {
  const layout = useMemo(() => layoutMap(graph), [graph]);
  const hydrated = useHydrated();
  const navigate = useNavigate();
  const focusedId = paths ? nodeIdOf(paths.focus) : null;
  const [active, setActive] = useState<MapNodeId | null>(null);
  const firstId = layout.columns[0][0] ?? null;
  // The tab stop: the node last moved to, else the focused node, else the first skill.
  const tabStop = active && layout.nodes.has(active) ? active : focusedId && layout.nodes.has(focusedId) ? focusedId : firstId;

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const element = (event.target as Element).closest<SVGAElement>("[data-node]");
    const id = element?.dataset.node as MapNodeId | undefined;
    if (!element || !id) return;
    if (event.key === " ") {
      event.preventDefault();
      navigate(element.getAttribute("href")!, { replace: true, preventScrollReset: true });
    } else if (ARROW_KEYS.has(event.key)) {
      event.preventDefault();
      const next = neighbourNode(layout, id, event.key as Parameters<typeof neighbourNode>[2], paths?.nodeIds);
      if (next) {
        setActive(next);
        event.currentTarget.querySelector<SVGAElement>(`[data-node="${next}"]`)?.focus();
      }
    }
  };

  const state = (id: MapNodeId) => (!paths ? "" : id === focusedId ? " is-focus is-on" : paths.nodeIds.has(id) ? " is-on" : " is-dim");
  const linkState = (id: string) => (!paths ? "" : paths.linkIds.has(id) ? " is-on" : " is-dim");
  const place = (id: MapNodeId) => layout.nodes.get(id)!;

  const nodeProps = (id: MapNodeId, focus: MapFocus, label: string) => ({
    "data-node": id,
    to: focusHref(focus),
    replace: true,
    preventScrollReset: true,
    "aria-label": label,
    "aria-current": id === focusedId ? ("true" as const) : undefined,
    tabIndex: hydrated ? (id === tabStop ? 0 : -1) : undefined,
    onFocus: () => setActive(id),
  });

  const { nodeWidth, nodeHeight } = MAP_LAYOUT;
  const columnTitles = [
    ["Hot skills", "roles on this map that need each"],
    ["Roles that need them", `projected growth ${vintageLabel}`],
    ["Where they lead", `lead and executive roles, growth ${vintageLabel}`],
  ] as const;

  return (
    <div className="map-frame">
      <svg
        className={`map-svg${paths ? " has-focus" : ""}`}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        height={layout.height}
        role="group"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        onKeyDown={onKeyDown}
      >
        <g aria-hidden="true" className="map-svg__headers">
          {columnTitles.map(([title, subtitle], column) => (
            <g key={title}>
              <text x={layout.columnX[column as 0 | 1 | 2]} y={22} className="map-svg__column-title">
                {title}
              </text>
              <text x={layout.columnX[column as 0 | 1 | 2]} y={46} className="map-svg__column-subtitle">
                {subtitle}
              </text>
            </g>
          ))}
        </g>
        <g aria-hidden="true" className="map-svg__links">
          {graph.skillLinks.map((link) => (
            <path
              key={link.id}
              data-link={link.id}
              d={linkPath(place(`skill:${link.skill}`), place(`role:${link.role}`))}
              className={`map-link map-link--${link.importance}${linkState(link.id)}`}
            />
          ))}
          {graph.stepLinks.map((link) => (
            <path
              key={link.id}
              data-link={link.id}
              d={linkPath(place(`role:${link.from}`), place(`role:${link.to}`))}
              className={`map-link ${link.via.length > 0 ? "map-link--via" : "map-link--direct"}${linkState(link.id)}`}
            />
          ))}
        </g>
        <g role="list" aria-label="Hot skills">
          {graph.skills.map((skill) => (
            <g role="listitem" key={skill.id}>
              <Link
                {...nodeProps(skill.id, { type: "skill", slug: skill.slug }, skillLabel(skill))}
                className={`map-node map-node--skill${state(skill.id)}`}
              >
                <NodeShape node={place(skill.id)} label={skill.name} figure={skillFigure(skill)} width={nodeWidth} height={nodeHeight} />
              </Link>
            </g>
          ))}
        </g>
        {(
          [
            ["Roles that need them", graph.roles],
            ["Where they lead", graph.progressionRoles],
          ] as const
        ).map(([title, roles]) => (
          <g role="list" aria-label={title} key={title}>
            {roles.map((role) => (
              <g role="listitem" key={role.id}>
                <Link
                  {...nodeProps(role.id, { type: "role", slug: role.slug }, roleLabel(role, vintageLabel))}
                  className={`map-node map-node--role${state(role.id)}`}
                >
                  <title>
                    {role.growth
                      ? `${role.title}: projected employment change ${formatPercentChange(role.growth.changePercent)}, ${vintageLabel}. Source: ${citation(role.growth.sourceId)}.`
                      : `${role.title}: no projection for ${vintageLabel}.`}
                  </title>
                  <NodeShape node={place(role.id)} label={role.title} figure={roleFigure(role)} width={nodeWidth} height={nodeHeight} />
                </Link>
              </g>
            ))}
          </g>
        ))}
      </svg>
    </div>
  );
}

function NodeShape({
  node,
  label,
  figure,
  width,
  height,
}: {
  node: PlacedNode;
  label: string;
  figure: string;
  width: number;
  height: number;
}) {
  const centre = node.y + height / 2;
  // A label that would run into the figure is squeezed to fit (the full name is in the accessible name either way).
  const room = width - 28 - figure.length * FIGURE_CHAR - 12;
  const squeeze = label.length * LABEL_CHAR > room ? { textLength: Math.round(room), lengthAdjust: "spacingAndGlyphs" as const } : {};
  return (
    <>
      <rect x={node.x} y={node.y} width={width} height={height} rx={6} className="map-node__box" />
      <text x={node.x + 14} y={centre} dominantBaseline="central" className="map-node__label" {...squeeze}>
        {label}
      </text>
      <text x={node.x + width - 14} y={centre} dominantBaseline="central" textAnchor="end" className="map-node__figure">
        {figure}
      </text>
    </>
  );
}

export function nodeIdOf(focus: MapFocus): MapNodeId {
  return `${focus.type}:${focus.slug}`;
}

/** Accessible names start with the node's visible text (WCAG 2.5.3, label in name), then explain it. */
function skillLabel(skill: SkillNode): string {
  return `${skill.name} ${skillFigure(skill)}: hot skill, needed by ${skill.roleCount} role${skill.roleCount === 1 ? "" : "s"} on this map`;
}

function skillFigure(skill: SkillNode): string {
  return `${skill.roleCount} role${skill.roleCount === 1 ? "" : "s"}`;
}

function roleFigure(role: RoleNode): string {
  return role.growth ? formatPercentChange(role.growth.changePercent) : "n/a";
}

function roleLabel(role: RoleNode, vintageLabel: string): string {
  return `${role.title} ${roleFigure(role)}: ${role.growth ? `projected employment change, ${vintageLabel}` : `no projection for ${vintageLabel}`}`;
}
