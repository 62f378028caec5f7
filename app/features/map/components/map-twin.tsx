import type { MapFocus, MapGraph } from "~/features/map/map-graph";
import { FocusLink } from "~/features/map/components/focus-link";
import { MapFocusPanel } from "~/features/map/components/map-focus-panel";
import { RoleNeedItem, SkillMarks } from "~/features/map/components/twin-items";
import { indexGraph, type TwinView } from "~/features/map/components/twin-view";

export type MapTwinProps = { graph: MapGraph } & Pick<TwinView, "paths" | "focusHref" | "vintageLabel" | "citation" | "sourceNumber">;

/**
 * The accessible twin of the diagram, in the server HTML: the focused node's paths (when a node is focused),
 * then every path as a nested list, skill -> roles -> progression roles. Every name focuses the map on it.
 */
export function MapTwin({ graph, paths, focusHref, vintageLabel, citation, sourceNumber }: MapTwinProps) {
  const focusedKey = paths ? `${paths.focus.type}:${paths.focus.slug}` : null;
  const view: TwinView = {
    index: indexGraph(graph),
    paths,
    focusHref,
    vintageLabel,
    citation,
    sourceNumber,
    isCurrent: (type: MapFocus["type"], slug: string) => focusedKey === `${type}:${slug}`,
  };
  const on = (id: string) => (paths ? (paths.nodeIds.has(id as never) ? " is-on" : "") : "");

  return (
    <>
      <MapFocusPanel view={view} />
      <section aria-labelledby="map-list-title" className="map-twin">
        <h2 id="map-list-title">Every path, skill by skill</h2>
        <p>
          The diagram as a list: each hot skill, the roles that need it (as a core or a useful skill) with their projected growth for{" "}
          {vintageLabel}, and the lead and executive roles those roles lead to. Choose a name to focus the map on it.
        </p>
        <ol className="map-twin__skills">
          {graph.skills.map((skill) => (
            <li key={skill.id} className={`map-twin__skill${on(skill.id)}`}>
              <FocusLink
                focus={{ type: "skill", slug: skill.slug }}
                current={view.isCurrent("skill", skill.slug)}
                className="map-twin__skill-name"
                focusHref={focusHref}
              >
                {skill.name}
              </FocusLink>{" "}
              <SkillMarks skill={skill} sourceNumber={sourceNumber} />
              <span className="map-twin__count">
                needed by {skill.roleCount} role{skill.roleCount === 1 ? "" : "s"}
              </span>
              <ol className="map-twin__roles">
                {view.index.roleLinksOfSkill(skill.slug).map((link) => (
                  <RoleNeedItem key={link.id} link={link} view={view} marked />
                ))}
              </ol>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
