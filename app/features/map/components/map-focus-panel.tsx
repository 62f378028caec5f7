import { Fragment } from "react";
import { Link } from "react-router";
import { PROGRESSION_LEVELS, type FocusPaths, type MapTechnology, type RoleMove, type StepLink } from "~/features/map/map-graph";
import { FOCUS_PANEL_ID, FocusLink } from "~/features/map/components/focus-link";
import type { TwinView } from "~/features/map/components/twin-view";
import {
  GrowthNote,
  GrowthText,
  Importance,
  inWords,
  leadsToWords,
  routeKind,
  sideMovesWords,
  SkillMarks,
  SourceNumber,
} from "~/features/map/components/twin-items";

/**
 * The focused node's paths, above the full list: from a skill (the roles that need it and where they lead), through
 * a role (its skills and next roles), to a lead or executive role (every route in), or from a technology (its
 * skills and the roles whose occupations list it, and where they lead). Links without JavaScript land here
 * (#map-focus), so it is focusable and names the node in its heading.
 */
export function MapFocusPanel({ view }: { view: TwinView }) {
  const { paths } = view;
  if (!paths) return null;
  const heading =
    paths.column === "skills"
      ? `Paths from ${paths.label}`
      : paths.column === "roles"
        ? `Paths through ${paths.label}`
        : paths.column === "progression"
          ? `Paths to ${paths.label}`
          : `Starting from ${paths.label}`;
  return (
    <section id={FOCUS_PANEL_ID} aria-labelledby="map-focus-title" className="map-focus" tabIndex={-1}>
      <h2 id="map-focus-title">{heading}</h2>
      <GrowthNote roles={[...paths.roles, ...paths.progressionRoles]} view={view} />
      {paths.column === "skills" ? (
        <PathsFromSkill paths={paths} view={view} />
      ) : paths.column === "roles" ? (
        <PathsThroughRole paths={paths} view={view} />
      ) : paths.column === "progression" ? (
        <PathsToRole paths={paths} view={view} />
      ) : (
        <PathsFromTechnology paths={paths} technology={view.technology!} view={view} />
      )}
      <p className="map-focus__actions">
        <FocusLink focus={null} focusHref={view.focusHref}>
          {paths.column === "technology" ? "Show the whole map" : "Clear the focus"}
        </FocusLink>{" "}
        (or press Escape)
      </p>
    </section>
  );
}

function PathsFromSkill({ paths, view }: { paths: FocusPaths; view: TwinView }) {
  const skill = view.index.skillBySlug.get(paths.focus!.slug)!;
  return (
    <>
      <p>
        <SkillMarks skill={skill} sourceNumber={view.sourceNumber} linked />{" "}
        <Link to={`/skills/${skill.slug}`}>More about {skill.name}</Link>
      </p>
      <h3>Roles that need {skill.name}, and where they lead</h3>
      <ol className="map-focus__list">
        {view.index.roleLinksOfSkill(skill.slug).map((link) => {
          const role = view.index.roleBySlug.get(link.role)!;
          const leads = leadsToWords(role.slug, view);
          return (
            <li key={link.id}>
              <FocusLink focus={{ type: "role", slug: role.slug }} focusHref={view.focusHref}>
                {role.title}
              </FocusLink>{" "}
              <Importance link={link} /> <GrowthText role={role} />
              {leads ? <span className="map-twin__leads"> → leads to {leads}</span> : null}
            </li>
          );
        })}
      </ol>
      <OnwardMoves moves={paths.progressionLinks} view={view} />
    </>
  );
}

function PathsThroughRole({ paths, view }: { paths: FocusPaths; view: TwinView }) {
  const role = view.index.roleBySlug.get(paths.focus!.slug)!;
  const needs = view.index.linksOfRole.get(role.slug) ?? [];
  const side = sideMovesWords(role.slug, view);
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
      {paths.stepLinks.length > 0 ? (
        <RouteList routes={paths.stepLinks} end="to" view={view} />
      ) : (
        <p>No move to a lead or executive role on record from {role.title}, directly or through a senior role.</p>
      )}
      <OnwardMoves moves={paths.progressionLinks} view={view} />
      {side ? (
        <p>
          Other moves on record: {role.title} {side}.
        </p>
      ) : null}
    </>
  );
}

function PathsToRole({ paths, view }: { paths: FocusPaths; view: TwinView }) {
  const role = view.index.roleBySlug.get(paths.focus!.slug)!;
  const onward = view.index.movesFrom.get(role.slug) ?? [];
  return (
    <>
      <RoleGrowthLine slug={role.slug} view={view} />
      <h3>
        {paths.routesIn.length === 1 ? "The route" : `All ${paths.routesIn.length} routes`} into {role.title}
      </h3>
      {paths.routesIn.length > 0 ? (
        <RouteList routes={paths.routesIn} end="from" view={view} />
      ) : (
        <p>No move into {role.title} on record from a role on this map.</p>
      )}
      <p>
        {paths.reachedFrom.length > 0
          ? `Every role on these routes, further back (${paths.reachedFrom.length}): ${inWords(
              paths.reachedFrom.map((slug) => view.index.roleBySlug.get(slug)!.title).sort((a, b) => a.localeCompare(b, "en")),
            )}. Choose one to see the hot skills it needs.`
          : "No role on this map leads here."}
      </p>
      <h3>Where {role.title} leads</h3>
      {onward.length > 0 ? (
        <RouteList routes={onward} end="to" view={view} />
      ) : (
        <p>No further move from {role.title} on record: it is the top of these routes.</p>
      )}
    </>
  );
}

function PathsFromTechnology({ paths, technology, view }: { paths: FocusPaths; technology: MapTechnology; view: TwinView }) {
  const marks = [technology.hot ? "a Hot Technology" : null, technology.inDemand ? "In Demand" : null].filter(Boolean);
  const onMapRoles = technology.roles.filter((r) => view.index.roleBySlug.has(r.slug));
  const offMap = technology.roles.length - onMapRoles.length;
  // Told apart as the diagram's columns and the status line count them: a lead role is not also one of the roles.
  const isLead = (slug: string) => PROGRESSION_LEVELS.includes(view.index.roleBySlug.get(slug)!.level);
  const roleGroups = [
    { heading: "Roles whose occupations ask for it", roles: onMapRoles.filter((r) => !isLead(r.slug)) },
    { heading: "Lead and executive roles whose occupations ask for it", roles: onMapRoles.filter((r) => isLead(r.slug)) },
  ];
  return (
    <>
      <p>
        {technology.name} is an O*NET technology{marks.length > 0 ? `, marked ${marks.join(" and ")}` : ""}{" "}
        <SourceNumber id={technology.sourceId} sourceNumber={view.sourceNumber} linked />.{" "}
        <Link to={`/technologies/${technology.slug}`}>The occupations that list {technology.name}</Link>
      </p>
      <h3>Our skills that stand for it</h3>
      {technology.skills.length === 0 ? (
        <p>None of our curated skills names {technology.name} among its O*NET examples.</p>
      ) : (
        <ul>
          {technology.skills.map((s) => (
            <li key={s.slug}>
              {view.index.skillBySlug.has(s.slug) ? (
                <FocusLink focus={{ type: "skill", slug: s.slug }} focusHref={view.focusHref}>
                  {s.name}
                </FocusLink>
              ) : (
                <>
                  <Link to={`/skills/${s.slug}`}>{s.name}</Link> (not a hot skill on this map)
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {roleGroups.map(({ heading, roles }, i) =>
        roles.length === 0 && i > 0 ? null : (
          <Fragment key={heading}>
            <h3>
              {heading} ({roles.length})
            </h3>
            {roles.length === 0 ? (
              <p>
                {roleGroups.some((group) => group.roles.length > 0)
                  ? `No role below lead level on this map has an occupation whose O*NET technology skills list ${technology.name}.`
                  : `No role on this map has an occupation whose O*NET technology skills list ${technology.name}.`}
              </p>
            ) : (
              <ul className="map-focus__skills">
                {roles.map((r) => (
                  <li key={r.slug}>
                    <FocusLink focus={{ type: "role", slug: r.slug }} focusHref={view.focusHref}>
                      {r.title}
                    </FocusLink>{" "}
                    <GrowthText role={view.index.roleBySlug.get(r.slug)!} />
                    {r.inDemand ? <span className="map-twin__importance"> (In Demand)</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </Fragment>
        ),
      )}
      {offMap > 0 ? (
        <p>
          {offMap} more role{offMap === 1 ? "" : "s"} whose occupations list it {offMap === 1 ? "is" : "are"} not on the map with these
          filters.
        </p>
      ) : null}
      <h3>Where they lead</h3>
      {paths.stepLinks.length > 0 ? (
        <RouteList routes={paths.stepLinks} end="both" view={view} />
      ) : (
        <p>No move to a lead or executive role on record from these roles.</p>
      )}
      <OnwardMoves moves={paths.progressionLinks} view={view} />
    </>
  );
}

/** Routes as a list: the role at the chosen end (a link that focuses it), its growth, how the route goes and its source. */
function RouteList({ routes, end, view }: { routes: (StepLink | RoleMove)[]; end: "from" | "to" | "both"; view: TwinView }) {
  return (
    <ul className="map-focus__routes">
      {routes.map((route) => {
        const from = view.index.roleBySlug.get(route.from)!;
        const to = view.index.roleBySlug.get(route.to)!;
        const shown = end === "from" ? from : to;
        const sourceIds = "sourceIds" in route ? route.sourceIds : [route.sourceId];
        return (
          <li key={route.id}>
            {end === "both" ? `${from.title} → ` : null}
            <FocusLink focus={{ type: "role", slug: shown.slug }} focusHref={view.focusHref}>
              {shown.title}
            </FocusLink>{" "}
            <GrowthText role={shown} /> <span className="map-via">({routeKind(route)})</span>{" "}
            {sourceIds.map((id) => (
              <SourceNumber key={id} id={id} sourceNumber={view.sourceNumber} linked={false} />
            ))}
            {end === "from" && shown.level !== "entry" ? <RoutesFurtherBack slug={shown.slug} view={view} /> : null}
          </li>
        );
      })}
    </ul>
  );
}

/** "its routes in: A, B and C": one step further back, in words (each name is a node of its own in the list). */
function RoutesFurtherBack({ slug, view }: { slug: string; view: TwinView }) {
  const back = view.index.routesInto(slug).map((r) => view.index.roleBySlug.get(r.from)!.title);
  return back.length > 0 ? <span className="map-twin__leads"> ← reached from {inWords(back)}</span> : null;
}

/** The moves between lead and executive roles that continue these routes. */
function OnwardMoves({ moves, view }: { moves: RoleMove[]; view: TwinView }) {
  if (moves.length === 0) return null;
  const title = (slug: string) => view.index.roleBySlug.get(slug)!.title;
  return (
    <p>
      And on from there: {inWords(moves.map((m) => `${title(m.from)} → ${title(m.to)}`))}{" "}
      {[...new Set(moves.map((m) => m.sourceId))].map((id) => (
        <SourceNumber key={id} id={id} sourceNumber={view.sourceNumber} linked={false} />
      ))}
      .
    </p>
  );
}

/** The focused role's growth and a link to its profile. */
function RoleGrowthLine({ slug, view }: { slug: string; view: TwinView }) {
  const role = view.index.roleBySlug.get(slug)!;
  return (
    <p>
      Projected growth, {view.vintageLabel}: <GrowthText role={role} />.{" "}
      <Link to={`/roles/${role.slug}`}>Open the {role.title} profile</Link>
    </p>
  );
}
