import type { ReactNode } from "react";
import type { CareerCluster } from "~db/schema/enums";
import type { MapFocus, MapGraph, RoleNode } from "~/features/map/map-graph";
import { CLUSTER_LABELS, LEVEL_LABELS } from "~/features/roles/labels";
import { FocusLink } from "~/features/map/components/focus-link";
import { MapFocusPanel } from "~/features/map/components/map-focus-panel";
import {
  GrowthNote,
  GrowthText,
  InDemandNote,
  inWords,
  leadsToWords,
  sideMovesWords,
  SkillMarks,
} from "~/features/map/components/twin-items";
import { indexGraph, type TwinView } from "~/features/map/components/twin-view";

export type MapTwinProps = { graph: MapGraph } & Pick<
  TwinView,
  "paths" | "technology" | "focusHref" | "vintageLabel" | "citation" | "sourceNumber"
>;

/**
 * The accessible twin of the diagram, in the server HTML: the focused paths (when something is focused), then the
 * map as three lists, one per column. Each node appears once, as a link that focuses the map on it; its links to
 * other nodes are named in words, so the list costs one tab stop per node.
 */
export function MapTwin({ graph, paths, technology, focusHref, vintageLabel, citation, sourceNumber }: MapTwinProps) {
  const focusedKey = paths?.focus ? `${paths.focus.type}:${paths.focus.slug}` : null;
  const view: TwinView = {
    index: indexGraph(graph),
    paths,
    technology,
    focusHref,
    vintageLabel,
    citation,
    sourceNumber,
    isCurrent: (type: MapFocus["type"], slug: string) => focusedKey === `${type}:${slug}`,
  };
  const on = (id: string) => (paths?.nodeIds.has(id as never) ? "is-on" : undefined);
  const clusters = [...new Set(graph.roles.map((r) => r.cluster))];
  const name = (slug: string) => view.index.roleBySlug.get(slug)!.title;

  return (
    <>
      <MapFocusPanel view={view} />
      <section aria-labelledby="map-list-title" className="map-twin">
        <h2 id="map-list-title">The map as lists</h2>
        <p>
          Every skill and role of the diagram once, with what it connects to. Choose a name to focus the map on it (the diagram and the
          paths above follow).
        </p>
        <GrowthNote roles={[...graph.roles, ...graph.progressionRoles]} view={view} />

        <h3 id="map-list-skills">Hot skills</h3>
        <InDemandNote skills={graph.skills} view={view} />
        <ol className="map-twin__skills" aria-labelledby="map-list-skills">
          {graph.skills.map((skill) => (
            <li key={skill.id} className={on(skill.id)}>
              <RoleLink focus={{ type: "skill", slug: skill.slug }} view={view}>
                {skill.name}
              </RoleLink>{" "}
              <SkillMarks skill={skill} sourceNumber={sourceNumber} />
              <span className="map-twin__count">
                needed by {skill.roleCount} role{skill.roleCount === 1 ? "" : "s"}:{" "}
                {inWords(view.index.roleLinksOfSkill(skill.slug).map((l) => `${name(l.role)}${l.importance === "core" ? " (core)" : ""}`))}
              </span>
            </li>
          ))}
        </ol>

        <h3>Roles that need them, by career cluster</h3>
        {clusters.map((cluster) => (
          <ClusterList key={cluster} cluster={cluster} roles={graph.roles.filter((r) => r.cluster === cluster)} view={view} on={on} />
        ))}

        <h3 id="map-list-progression">Where they lead: lead and executive roles</h3>
        <ul className="map-twin__roles" aria-labelledby="map-list-progression">
          {graph.progressionRoles.map((role) => {
            const routesIn = view.index.routesInto(role.slug).map((r) => name(r.from));
            const leads = leadsToWords(role.slug, view);
            return (
              <RoleItem key={role.id} role={role} view={view} className={on(role.id)}>
                ← {routesIn.length} route{routesIn.length === 1 ? "" : "s"} in: {inWords(routesIn)}
                {leads ? `; leads on to ${leads}` : ""}
              </RoleItem>
            );
          })}
        </ul>
      </section>
    </>
  );
}

function ClusterList({
  cluster,
  roles,
  view,
  on,
}: {
  cluster: CareerCluster;
  roles: RoleNode[];
  view: TwinView;
  on: (id: string) => string | undefined;
}) {
  const id = `map-list-${cluster}`;
  return (
    <>
      <h4 id={id}>{CLUSTER_LABELS[cluster]}</h4>
      <ul className="map-twin__roles" aria-labelledby={id}>
        {roles.map((role) => {
          const skills = (view.index.linksOfRole.get(role.slug) ?? []).map((l) => view.index.skillBySlug.get(l.skill)!.name);
          const leads = leadsToWords(role.slug, view);
          const side = sideMovesWords(role.slug, view);
          return (
            <RoleItem key={role.id} role={role} view={view} className={on(role.id)}>
              needs {inWords(skills)}
              {leads ? `; leads to ${leads}` : ""}
              {side ? `; ${side}` : ""}
            </RoleItem>
          );
        })}
      </ul>
    </>
  );
}

/** A role once: the link that focuses it, its level and growth, then its connections in words. */
function RoleItem({ role, view, className, children }: { role: RoleNode; view: TwinView; className?: string; children: ReactNode }) {
  return (
    <li className={className}>
      <RoleLink focus={{ type: "role", slug: role.slug }} view={view}>
        {role.title}
      </RoleLink>{" "}
      <span className="map-twin__importance">({LEVEL_LABELS[role.level].toLowerCase()})</span> <GrowthText role={role} />
      <span className="map-twin__leads"> {children}</span>
    </li>
  );
}

function RoleLink({ focus, view, children }: { focus: MapFocus; view: TwinView; children: string }) {
  return (
    <FocusLink focus={focus} current={view.isCurrent(focus.type, focus.slug)} className="map-twin__name" focusHref={view.focusHref}>
      {children}
    </FocusLink>
  );
}
