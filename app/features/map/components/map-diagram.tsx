import { Link, useNavigate } from "react-router";
import { useMemo, useState, type KeyboardEvent } from "react";
import { formatPercentChange } from "~/lib/format";
import type { FocusPaths, MapFocus, MapGraph, MapNodeId, RoleNode, SkillNode } from "~/features/map/map-graph";
import { arcPath, labelLines, layoutMap, linkPath, MAP_LAYOUT, neighbourNode, type PlacedNode } from "~/features/map/layout";

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

/**
 * The skills map as an SVG layered graph, rendered on the server (no chart library): three columns of labelled
 * nodes, the roles grouped by career cluster. Unfocused it draws only the routes to lead and executive roles, faint,
 * so the columns and groups read first; a focus draws its skills' links and its routes in full and fades the rest.
 * Every node is a link to the page focused on it. The diagram is one tab stop (roving tabindex, the same markup
 * before and after hydration): arrow keys move between nodes, Enter or Space focuses one, and focusing changes
 * the URL in place without reloading the data. Without JavaScript the list below reaches every node.
 */
export function MapDiagram({ graph, paths, focusHref, vintageLabel, citation, titleId, descriptionId }: MapDiagramProps) {
  const layout = useMemo(() => layoutMap(graph), [graph]);
  const navigate = useNavigate();
  const focusedId = paths?.focus ? nodeIdOf(paths.focus) : null;
  const [active, setActive] = useState<MapNodeId | null>(null);
  const firstSeed = paths ? [...paths.seedIds].find((id) => layout.nodes.has(id)) : undefined;
  // The tab stop: the node last moved to, else the focused node (or a technology's first node), else the first skill.
  const tabStop =
    active && layout.nodes.has(active)
      ? active
      : focusedId && layout.nodes.has(focusedId)
        ? focusedId
        : (firstSeed ?? layout.columns[0][0]);

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

  const state = (id: MapNodeId) => (!paths ? "" : paths.seedIds.has(id) ? " is-focus is-on" : paths.nodeIds.has(id) ? " is-on" : " is-dim");
  const routesIn = new Set(paths?.routesIn.map((r) => r.id));
  const linkState = (id: string) =>
    !paths ? " is-quiet" : routesIn.has(id) ? " is-on is-route-in" : paths.linkIds.has(id) ? " is-on" : " is-dim";
  const place = (id: MapNodeId) => layout.nodes.get(id)!;
  // A skill's links are drawn only on a focus that includes them: all of them at once are the tangle this avoids.
  const skillLinks = paths ? graph.skillLinks.filter((l) => paths.linkIds.has(l.id)) : [];

  const nodeProps = (id: MapNodeId, focus: MapFocus, label: string) => ({
    "data-node": id,
    to: focusHref(focus),
    replace: true,
    preventScrollReset: true,
    "aria-label": label,
    "aria-current": id === focusedId ? ("true" as const) : undefined,
    tabIndex: id === tabStop ? 0 : -1,
    onFocus: () => setActive(id),
  });

  const { nodeWidth, nodeHeight } = MAP_LAYOUT;
  const columnTitles = [
    ["Hot skills", "roles on this map that need each"],
    ["Roles that need them", `by career cluster; growth ${vintageLabel}`],
    ["Where they lead", `lead and executive roles; growth ${vintageLabel}`],
  ] as const;

  return (
    <div className="map-frame">
      <svg
        className={`map-svg${paths ? " has-focus" : ""}${paths?.column === "progression" ? " shows-routes-in" : ""}`}
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
          {layout.groups.map((group) => (
            <text key={`${group.column}:${group.text}`} x={group.x + 2} y={group.y} className="map-svg__group">
              {group.text}
            </text>
          ))}
        </g>
        <g aria-hidden="true" className="map-svg__links">
          {skillLinks.map((link) => (
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
          {graph.progressionLinks.map((link) => {
            const { path, arrow } = arcPath(place(`role:${link.from}`), place(`role:${link.to}`));
            return (
              <g key={link.id} data-link={link.id} className={`map-link map-link--onward${linkState(link.id)}`}>
                <path d={path} />
                <path d={arrow} />
              </g>
            );
          })}
        </g>
        <g role="list" aria-label="Hot skills">
          {graph.skills.map((skill) => (
            <g role="listitem" key={skill.id}>
              <Link
                {...nodeProps(skill.id, { type: "skill", slug: skill.slug }, skillLabel(skill))}
                className={`map-node map-node--skill${state(skill.id)}`}
              >
                <title>{`${skill.name}: needed by ${skillFigure(skill)} on this map`}</title>
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
  // One or two lines, broken between words (never squeezed); the full name is the accessible name and tooltip.
  const lines = labelLines(label, figure);
  const { lineHeight } = MAP_LAYOUT;
  const top = centre - ((lines.length - 1) * lineHeight) / 2;
  return (
    <>
      <rect x={node.x} y={node.y} width={width} height={height} rx={6} className="map-node__box" />
      <text x={node.x + 14} y={top} dominantBaseline="central" className="map-node__label">
        {lines.map((line, i) => (
          <tspan key={`${i}:${line}`} x={node.x + 14} y={top + i * lineHeight}>
            {line}
          </tspan>
        ))}
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
