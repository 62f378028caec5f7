import { Link, useNavigate } from "react-router";
import type { MouseEvent, ReactNode } from "react";
import { SourcedFigure } from "~/features/sources/components/sourced-figure";
import { formatPercentChange } from "~/lib/format";
import type { FocusPaths, MapFocus, MapGraph, RoleNode, SkillLink, SkillNode, StepLink } from "~/features/map/map-graph";

export interface MapTwinProps {
  graph: MapGraph;
  paths: FocusPaths | null;
  focusHref: (focus: MapFocus | null) => string;
  vintageLabel: string;
  /** "[2] U.S. Bureau of Labor Statistics, ..." for a source id. */
  citation: (sourceId: string) => string;
  /** The number of a source in the page's source list. */
  sourceNumber: (sourceId: string) => number | undefined;
}

/** The id of the focused-paths panel: links without JavaScript jump to it after the page reloads. */
export const FOCUS_PANEL_ID = "map-focus";

/**
 * A link that focuses the map on a node. Without JavaScript it loads the focused page and jumps to the focused
 * paths (the href carries #map-focus); with it, a plain click replaces the URL in place, without the jump and
 * without reloading the map data. The href is the same before and after hydration, so the hundreds of these
 * links on the page need no second render once the page is interactive. Clicks with a modifier key (a new tab)
 * keep the browser's behaviour.
 */
export function FocusLink({
  focus,
  current,
  children,
  className,
  focusHref,
}: {
  focus: MapFocus | null;
  current?: boolean;
  children: ReactNode;
  className?: string;
  focusHref: MapTwinProps["focusHref"];
}) {
  const navigate = useNavigate();
  const href = focusHref(focus);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!focus || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(href, { replace: true, preventScrollReset: true });
  };
  return (
    <Link
      to={focus ? `${href}#${FOCUS_PANEL_ID}` : href}
      replace
      preventScrollReset
      className={className}
      aria-current={current ? "true" : undefined}
      onClick={onClick}
    >
      {children}
    </Link>
  );
}

export function Growth({ role, vintageLabel, citation }: { role: RoleNode; vintageLabel: string; citation: MapTwinProps["citation"] }) {
  if (!role.growth) return <span className="muted">no projection</span>;
  return (
    <SourcedFigure source={{ label: citation(role.growth.sourceId), dataYear: vintageLabel }}>
      {formatPercentChange(role.growth.changePercent)}
    </SourcedFigure>
  );
}

function SkillMarks({ skill, sourceNumber }: { skill: SkillNode; sourceNumber: MapTwinProps["sourceNumber"] }) {
  const marks: ReactNode[] = [];
  if (skill.hotTechnology)
    marks.push(
      <span className="map-badge" key="hot">
        O*NET Hot Technology
      </span>,
    );
  if (skill.inDemandOccupations > 0) {
    marks.push(
      <span className="map-badge" key="demand">
        In Demand in {skill.inDemandOccupations} O*NET occupation{skill.inDemandOccupations === 1 ? "" : "s"}
      </span>,
    );
  }
  if (skill.highlightSourceIds.length > 0)
    marks.push(
      <span className="map-badge map-badge--source" key="highlight">
        Highlighted by a source
      </span>,
    );
  const hasOnetFlag = skill.hotTechnology || skill.inDemandOccupations > 0;
  const refs = [...(hasOnetFlag && skill.onetSourceId ? [skill.onetSourceId] : []), ...skill.highlightSourceIds];
  return (
    <span className="map-marks">
      {marks}
      {refs.map((id) => (
        <SourceNumber key={id} id={id} sourceNumber={sourceNumber} />
      ))}
    </span>
  );
}

function SourceNumber({ id, sourceNumber }: { id: string; sourceNumber: MapTwinProps["sourceNumber"] }) {
  const n = sourceNumber(id);
  return n ? (
    <a className="source-ref" href={`#source-${id}`} aria-label={`Source ${n}`}>
      [{n}]
    </a>
  ) : null;
}

function Via({ step }: { step: StepLink }) {
  if (step.via.length === 0) return null;
  return <span className="map-via"> (via {step.via.map((v) => v.title).join(" or ")})</span>;
}

const IMPORTANCE = { core: "core skill", useful: "useful skill" } as const;

/** Lookups the lists need, built once per render. */
function indexGraph(graph: MapGraph) {
  const roleBySlug = new Map([...graph.roles, ...graph.progressionRoles].map((r) => [r.slug, r]));
  const skillBySlug = new Map(graph.skills.map((s) => [s.slug, s]));
  const linksOfSkill = new Map<string, SkillLink[]>();
  const linksOfRole = new Map<string, SkillLink[]>();
  for (const link of graph.skillLinks) {
    linksOfSkill.set(link.skill, [...(linksOfSkill.get(link.skill) ?? []), link]);
    linksOfRole.set(link.role, [...(linksOfRole.get(link.role) ?? []), link]);
  }
  const stepsFrom = new Map<string, StepLink[]>();
  for (const step of graph.stepLinks) stepsFrom.set(step.from, [...(stepsFrom.get(step.from) ?? []), step]);
  const roleOrder = new Map(graph.roles.map((r, i) => [r.slug, i]));
  const byRoleOrder = (a: SkillLink, b: SkillLink) => roleOrder.get(a.role)! - roleOrder.get(b.role)!;
  return { roleBySlug, skillBySlug, linksOfSkill, linksOfRole, stepsFrom, byRoleOrder };
}

/**
 * The accessible twin of the diagram, in the server HTML: the focused node's paths (when a node is focused),
 * then every path as a nested list, skill -> roles -> progression roles. Every name focuses the map on it.
 */
export function MapTwin(props: MapTwinProps) {
  const { graph, paths, focusHref, vintageLabel, citation, sourceNumber } = props;
  const index = indexGraph(graph);
  const focusedKey = paths ? `${paths.focus.type}:${paths.focus.slug}` : null;
  const isCurrent = (type: MapFocus["type"], slug: string) => focusedKey === `${type}:${slug}`;
  const on = (id: string) => (paths ? (paths.nodeIds.has(id as never) ? " is-on" : "") : "");

  const nextRoles = (roleSlug: string) => {
    const steps = index.stepsFrom.get(roleSlug) ?? [];
    if (steps.length === 0) return null;
    return (
      <>
        {" "}
        <span className="map-twin__leads">→ leads to</span>{" "}
        <ul className="map-twin__next">
          {steps.map((step) => {
            const target = index.roleBySlug.get(step.to)!;
            return (
              <li key={step.id} className={paths?.linkIds.has(step.id) ? "is-on" : undefined}>
                <FocusLink focus={{ type: "role", slug: target.slug }} current={isCurrent("role", target.slug)} focusHref={focusHref}>
                  {target.title}
                </FocusLink>{" "}
                <Growth role={target} vintageLabel={vintageLabel} citation={citation} />
                <Via step={step} />
              </li>
            );
          })}
        </ul>
      </>
    );
  };

  return (
    <>
      <FocusPanel {...props} index={index} nextRoles={nextRoles} />
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
                current={isCurrent("skill", skill.slug)}
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
                {[...(index.linksOfSkill.get(skill.slug) ?? [])].sort(index.byRoleOrder).map((link) => {
                  const role = index.roleBySlug.get(link.role)!;
                  return (
                    <li key={link.id} className={paths?.linkIds.has(link.id) ? "is-on" : undefined}>
                      <FocusLink focus={{ type: "role", slug: role.slug }} current={isCurrent("role", role.slug)} focusHref={focusHref}>
                        {role.title}
                      </FocusLink>{" "}
                      <span className="map-twin__importance">({IMPORTANCE[link.importance]})</span>{" "}
                      <Growth role={role} vintageLabel={vintageLabel} citation={citation} />
                      {nextRoles(role.slug)}
                    </li>
                  );
                })}
              </ol>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

function FocusPanel({
  paths,
  focusHref,
  vintageLabel,
  citation,
  sourceNumber,
  index,
  nextRoles,
}: MapTwinProps & { index: ReturnType<typeof indexGraph>; nextRoles: (roleSlug: string) => ReactNode }) {
  if (!paths) return null;
  const { focus } = paths;
  const clear = (
    <p className="map-focus__actions">
      <FocusLink focus={null} focusHref={focusHref}>
        Clear the focus
      </FocusLink>{" "}
      (or press Escape)
    </p>
  );
  let body: ReactNode;
  if (paths.column === "skills") {
    const skill = index.skillBySlug.get(focus.slug)!;
    body = (
      <>
        <p>
          <SkillMarks skill={skill} sourceNumber={sourceNumber} /> <Link to={`/skills/${skill.slug}`}>More about {skill.name}</Link>
        </p>
        <h3>Roles that need {skill.name}, and where they lead</h3>
        <ol className="map-focus__list">
          {[...(index.linksOfSkill.get(skill.slug) ?? [])].sort(index.byRoleOrder).map((link) => {
            const role = index.roleBySlug.get(link.role)!;
            return (
              <li key={link.id}>
                <FocusLink focus={{ type: "role", slug: role.slug }} focusHref={focusHref}>
                  {role.title}
                </FocusLink>{" "}
                <span className="map-twin__importance">({IMPORTANCE[link.importance]})</span>{" "}
                <Growth role={role} vintageLabel={vintageLabel} citation={citation} />
                {nextRoles(role.slug)}
              </li>
            );
          })}
        </ol>
      </>
    );
  } else if (paths.column === "roles") {
    const role = index.roleBySlug.get(focus.slug)!;
    const needs = index.linksOfRole.get(role.slug) ?? [];
    body = (
      <>
        <p>
          Projected growth, {vintageLabel}: <Growth role={role} vintageLabel={vintageLabel} citation={citation} />.{" "}
          <Link to={`/roles/${role.slug}`}>Open the {role.title} profile</Link>
        </p>
        <h3>Hot skills {role.title} needs</h3>
        <ul className="map-focus__skills">
          {needs.map((link) => (
            <li key={link.id}>
              <FocusLink focus={{ type: "skill", slug: link.skill }} focusHref={focusHref}>
                {index.skillBySlug.get(link.skill)!.name}
              </FocusLink>{" "}
              <span className="map-twin__importance">({IMPORTANCE[link.importance]})</span>
            </li>
          ))}
        </ul>
        <h3>Where {role.title} leads</h3>
        {(index.stepsFrom.get(role.slug) ?? []).length > 0 ? (
          <div className="map-focus__next">{nextRoles(role.slug)}</div>
        ) : (
          <p>No move to a lead or executive role on record from {role.title}, directly or through a senior role.</p>
        )}
      </>
    );
  } else {
    const role = index.roleBySlug.get(focus.slug)!;
    body = (
      <>
        <p>
          Projected growth, {vintageLabel}: <Growth role={role} vintageLabel={vintageLabel} citation={citation} />.{" "}
          <Link to={`/roles/${role.slug}`}>Open the {role.title} profile</Link>
        </p>
        <h3>Roles on this map that lead to {role.title}, and the hot skills they need</h3>
        <ol className="map-focus__list">
          {paths.stepLinks.map((step) => {
            const from = index.roleBySlug.get(step.from)!;
            return (
              <li key={step.id}>
                <FocusLink focus={{ type: "role", slug: from.slug }} focusHref={focusHref}>
                  {from.title}
                </FocusLink>{" "}
                <Growth role={from} vintageLabel={vintageLabel} citation={citation} />
                <Via step={step} />
                <span className="map-focus__needs">
                  {" "}
                  needs{" "}
                  {(index.linksOfRole.get(from.slug) ?? []).map((link, i, all) => (
                    <span key={link.id}>
                      <FocusLink focus={{ type: "skill", slug: link.skill }} focusHref={focusHref}>
                        {index.skillBySlug.get(link.skill)!.name}
                      </FocusLink>
                      {i < all.length - 1 ? ", " : ""}
                    </span>
                  ))}
                </span>
              </li>
            );
          })}
        </ol>
      </>
    );
  }
  return (
    <section id={FOCUS_PANEL_ID} aria-labelledby="map-focus-title" className="map-focus" tabIndex={-1}>
      <h2 id="map-focus-title">
        {paths.column === "skills" ? "Paths from" : paths.column === "roles" ? "Paths through" : "Paths to"} {paths.label}
      </h2>
      {body}
      {clear}
    </section>
  );
}
