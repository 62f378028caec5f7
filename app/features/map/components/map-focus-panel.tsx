import { Link } from "react-router";
import type { ReactNode } from "react";
import type { FocusPaths } from "~/features/map/map-graph";
import { FOCUS_PANEL_ID, FocusLink } from "~/features/map/components/focus-link";
import type { TwinView } from "~/features/map/components/twin-view";
import { Growth, Importance, NextRoles, RoleNeedItem, SkillMarks, Via } from "~/features/map/components/twin-items";

/**
 * The focused node's paths, above the full list: from a skill (the roles that need it and where they lead),
 * through a role (its skills and next roles), or to a lead or executive role (the roles that lead to it).
 * Links without JavaScript land here (#map-focus), so it is focusable and names the node in its heading.
 */
export function MapFocusPanel({ view }: { view: TwinView }) {
  const { paths } = view;
  if (!paths) return null;
  return (
    <section id={FOCUS_PANEL_ID} aria-labelledby="map-focus-title" className="map-focus" tabIndex={-1}>
      <h2 id="map-focus-title">
        {paths.column === "skills" ? "Paths from" : paths.column === "roles" ? "Paths through" : "Paths to"} {paths.label}
      </h2>
      {paths.column === "skills" ? (
        <PathsFromSkill paths={paths} view={view} />
      ) : paths.column === "roles" ? (
        <PathsThroughRole paths={paths} view={view} />
      ) : (
        <PathsToRole paths={paths} view={view} />
      )}
      <p className="map-focus__actions">
        <FocusLink focus={null} focusHref={view.focusHref}>
          Clear the focus
        </FocusLink>{" "}
        (or press Escape)
      </p>
    </section>
  );
}

function PathsFromSkill({ paths, view }: { paths: FocusPaths; view: TwinView }) {
  const skill = view.index.skillBySlug.get(paths.focus.slug)!;
  return (
    <>
      <p>
        <SkillMarks skill={skill} sourceNumber={view.sourceNumber} /> <Link to={`/skills/${skill.slug}`}>More about {skill.name}</Link>
      </p>
      <h3>Roles that need {skill.name}, and where they lead</h3>
      <ol className="map-focus__list">
        {view.index.roleLinksOfSkill(skill.slug).map((link) => (
          <RoleNeedItem key={link.id} link={link} view={view} />
        ))}
      </ol>
    </>
  );
}

function PathsThroughRole({ paths, view }: { paths: FocusPaths; view: TwinView }) {
  const role = view.index.roleBySlug.get(paths.focus.slug)!;
  const needs = view.index.linksOfRole.get(role.slug) ?? [];
  return (
    <>
      <RoleGrowthLine slug={role.slug} view={view} />
      <h3>Hot skills {role.title} needs</h3>
      <ul className="map-focus__skills">
        {needs.map((link) => (
          <li key={link.id}>
            <FocusLink focus={{ type: "skill", slug: link.skill }} focusHref={view.focusHref}>
              {view.index.skillBySlug.get(link.skill)!.name}
            </FocusLink>{" "}
            <Importance link={link} />
          </li>
        ))}
      </ul>
      <h3>Where {role.title} leads</h3>
      {(view.index.stepsFrom.get(role.slug) ?? []).length > 0 ? (
        <div className="map-focus__next">
          <NextRoles roleSlug={role.slug} view={view} />
        </div>
      ) : (
        <p>No move to a lead or executive role on record from {role.title}, directly or through a senior role.</p>
      )}
    </>
  );
}

function PathsToRole({ paths, view }: { paths: FocusPaths; view: TwinView }) {
  const role = view.index.roleBySlug.get(paths.focus.slug)!;
  return (
    <>
      <RoleGrowthLine slug={role.slug} view={view} />
      <h3>Roles on this map that lead to {role.title}, and the hot skills they need</h3>
      <ol className="map-focus__list">
        {paths.stepLinks.map((step) => {
          const from = view.index.roleBySlug.get(step.from)!;
          return (
            <li key={step.id}>
              <FocusLink focus={{ type: "role", slug: from.slug }} focusHref={view.focusHref}>
                {from.title}
              </FocusLink>{" "}
              <Growth role={from} view={view} />
              <Via step={step} />
              <span className="map-focus__needs">
                {" "}
                needs <SkillList roleSlug={from.slug} view={view} />
              </span>
            </li>
          );
        })}
      </ol>
    </>
  );
}

/** The focused role's growth and a link to its profile. */
function RoleGrowthLine({ slug, view }: { slug: string; view: TwinView }) {
  const role = view.index.roleBySlug.get(slug)!;
  return (
    <p>
      Projected growth, {view.vintageLabel}: <Growth role={role} view={view} />.{" "}
      <Link to={`/roles/${role.slug}`}>Open the {role.title} profile</Link>
    </p>
  );
}

/** "Python, SQL, Docker": the hot skills a role needs, each focusing the map on it. */
function SkillList({ roleSlug, view }: { roleSlug: string; view: TwinView }): ReactNode {
  return (view.index.linksOfRole.get(roleSlug) ?? []).map((link, i, all) => (
    <span key={link.id}>
      <FocusLink focus={{ type: "skill", slug: link.skill }} focusHref={view.focusHref}>
        {view.index.skillBySlug.get(link.skill)!.name}
      </FocusLink>
      {i < all.length - 1 ? ", " : ""}
    </span>
  ));
}
