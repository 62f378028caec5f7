import { Form, Link, useNavigate, useSearchParams } from "react-router";
import type { KeyboardEvent } from "react";
import { MapDiagram } from "~/features/map/components/map-diagram";
import { MapFilters } from "~/features/map/components/map-filters";
import { SourceList } from "~/features/sources/components/source-list";
import { MapTwin } from "~/features/map/components/map-twin";
import { useRevealChoice } from "~/features/map/components/focus-link";
import type { SkillsMapView } from "~/features/map/map-page.server";
import { formatVintage } from "~/lib/format";
import { CLUSTER_LABELS, SKILL_KIND_LABELS } from "~/features/roles/labels";
import {
  describeFocus,
  describeGraph,
  focusPaths,
  mapQueryString,
  parseFocus,
  technologyPaths,
  type MapFocus,
} from "~/features/map/map-graph";
import { sourceCredit } from "~/features/sources/citations";

/** The skills-to-roles map page: filters, the diagram, its text twin (the same graph as lists) and the sources. */
export function SkillsMap({ page }: { page: SkillsMapView }) {
  const { filters, vintage, graph, options, focusName, technology, sources } = page;
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  useRevealChoice();
  const focus = parseFocus(searchParams.get("focus"));
  // A focused node, or the technology the map starts from (the loader read it from the same address).
  const paths = focus ? focusPaths(graph, focus) : technology ? technologyPaths(graph, technology) : null;
  const vintageLabel = formatVintage(vintage);

  const state = { kind: filters.kind ?? undefined, cluster: filters.cluster ?? undefined, onetOnly: filters.onetOnly };
  const focusHref = (next: MapFocus | null) => `/map${mapQueryString({ ...state, focus: next })}`;
  const number = new Map(sources.map((s, i) => [s.id, i + 1]));
  const citation = (id: string) => {
    const source = sources.find((s) => s.id === id);
    // Short (the publisher, or an article's name): the number leads to the full entry in the source list.
    return source ? `[${number.get(id)}] ${source.publisher ?? sourceCredit(source)}` : id;
  };
  // The O*NET release the flags come from: the source the graph's skills cite for them (sources list it first).
  const onetSourceId = graph.skills.find((s) => s.onetSourceId)?.onetSourceId;
  const onet = sources.find((s) => s.id === onetSourceId);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Escape" && paths) {
      event.preventDefault();
      navigate(focusHref(null), { replace: true, preventScrollReset: true });
    }
  };

  const filterWords = [
    filters.kind ? SKILL_KIND_LABELS[filters.kind].toLowerCase() : null,
    filters.cluster ? `roles in ${CLUSTER_LABELS[filters.cluster]}` : null,
    filters.onetOnly ? "O*NET flags only" : null,
  ].filter(Boolean);
  const status = paths
    ? `${describeFocus(paths)}.`
    : focus
      ? `${focusName ?? focus.slug} is not on this map with these filters. Showing ${describeGraph(graph)}.`
      : `Showing ${describeGraph(graph)}${filterWords.length > 0 ? ` (${filterWords.join(", ")})` : ""}. Choose a node to see its paths.`;

  return (
    <div className="map-page">
      <h1>Skills map: where a hot skill can take you</h1>
      <p className="lede">
        Follow a hot skill to the tech roles that need it and on to the lead and executive roles those roles lead to: Lead Developer,
        Software Architect, Engineering Manager, CTO. Choose any skill or role to see its paths, or start from a technology on its page (
        <Link to="/technologies">hot and in-demand technologies</Link>).
      </p>

      <MapFilters
        key={`${filters.kind}-${filters.cluster}-${filters.onetOnly}`}
        kind={filters.kind ?? undefined}
        cluster={filters.cluster ?? undefined}
        onetOnly={filters.onetOnly}
        options={options}
      />

      {/* The live region: announces the focus whichever view changed it. */}
      <p className="map-status" role="status" id="map-status">
        {status}
      </p>

      {/* Arrow keys and Escape bubble up here from the diagram's and the list's own focusable links and buttons. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div className="map-views" onKeyDown={onKeyDown}>
        {graph.skills.length === 0 ? (
          <p className="map-empty">
            No hot skill of this kind is needed by a role with these filters. <Link to="/map">Show the whole map</Link>.
          </p>
        ) : (
          <section aria-labelledby="map-diagram-title" className="map-diagram">
            <h2 id="map-diagram-title">Hot skills → roles → where they lead</h2>
            <p id="map-diagram-description" className="map-legend-text">
              {describeGraph(graph)}, the roles grouped by career cluster. Select a skill or role to draw its paths (Tab to the diagram,
              arrow keys to move, Enter or Space to select, Escape to clear); the lists below show the same nodes and routes.
            </p>
            <Legend focused={paths !== null} />
            <p className="map-phone-note">
              The map is wider than a phone&rsquo;s screen: scroll it sideways for the roles and where they lead, or read{" "}
              <a href="#map-list-title">the map as lists</a>.
            </p>
            <MapDiagram
              graph={graph}
              paths={paths}
              focusHref={focusHref}
              vintageLabel={vintageLabel}
              citation={citation}
              titleId="map-diagram-title"
              descriptionId="map-diagram-description"
            />
            <p className="chart__source">
              Source: flags, O*NET {onet?.vintage ?? ""} Technology Skills; growth, U.S. Bureau of Labor Statistics Employment Projections{" "}
              {vintageLabel}; skills and moves, the sources listed below. Numbers in the nodes: roles on this map that need the skill;
              projected employment change {vintageLabel}.
            </p>
          </section>
        )}

        <MapTwin
          graph={graph}
          paths={paths}
          focusHref={focusHref}
          vintageLabel={vintageLabel}
          citation={citation}
          sourceNumber={(id) => number.get(id)}
          technology={technology}
        />
      </div>

      <section aria-labelledby="map-about-title" className="map-about">
        <h2 id="map-about-title">How to read this map</h2>
        <p>
          A skill is <em>hot</em> here when O*NET {onet?.vintage ?? ""} flags it a <strong>Hot Technology</strong> (frequent in job postings
          across all occupations) or <strong>In Demand</strong> (frequent in postings for a tech occupation)
          {onet ? (
            <>
              {" "}
              <a className="source-ref" href={`#source-${onet.id}`} aria-label={`Source ${number.get(onet.id)}`}>
                [{number.get(onet.id)}]
              </a>
            </>
          ) : null}
          , or when one of our sources names it a hot or future skill for a role. Tick “Only O*NET hot & in-demand skills” to leave out the
          skills only a source highlights. The diagram draws the {graph.skills.length} hot skills most roles on the map need. Roles are
          entry, mid and senior level; each leads to a lead or executive role directly or through a senior role (the dotted links), and lead
          and executive roles lead on to one another (the arcs on the right: Software Architect → CTO), as our sources describe typical
          moves. Unfocused, the diagram draws only these routes, faintly; choose a node to draw its skills and routes. A role's moves to
          another role of the middle column (Junior Developer → Back-End Developer) are in the lists below, not drawn. Growth is the
          projected employment change of the role's occupation, {vintageLabel}, from the U.S. Bureau of Labor Statistics; several roles
          share an occupation and so its figure.
        </p>
      </section>

      {graph.moreSkills.length > 0 ? (
        <section aria-labelledby="map-more-title" className="map-more">
          <h2 id="map-more-title">More hot skills</h2>
          <Form method="get" action="/map" reloadDocument className="map-more__form">
            <label>
              Fewer roles on this map need these {graph.moreSkills.length} skills, so the diagram leaves them out. Add one to the map and
              follow its paths:
              <select name="focus" defaultValue="">
                {graph.moreSkills.map((skill) => (
                  <option key={skill.slug} value={`skill:${skill.slug}`}>
                    {skill.name} ({skill.roleCount} role{skill.roleCount === 1 ? "" : "s"})
                  </option>
                ))}
              </select>
            </label>
            {filters.kind ? <input type="hidden" name="kind" value={filters.kind} /> : null}
            {filters.cluster ? <input type="hidden" name="cluster" value={filters.cluster} /> : null}
            {filters.onetOnly ? <input type="hidden" name="hot" value="1" /> : null}
            <button type="submit">Add to the map</button>
          </Form>
        </section>
      ) : null}

      <SourceList sources={sources} />
    </div>
  );
}

/**
 * The diagram's line styles, each sample drawn on a piece of the diagram's light board (.map-legend__sample) in the
 * colour the diagram draws that line in its current state (`focused`: the focus's lines in the brand's colour, as
 * `.map-svg.has-focus` draws them; else the routes' grey), in either theme.
 */
function Legend({ focused }: { focused: boolean }) {
  const sample = (className: string) => (
    <svg className="map-legend__sample" width="48" height="14" viewBox="0 0 48 14" aria-hidden="true" focusable="false">
      <path d="M0 7H48" className={`map-link ${className}`} />
    </svg>
  );
  return (
    // Two groups: a core skill's line and a direct move's look alike, and the group (the column they join) tells them apart.
    <div className={`map-legend-groups${focused ? " has-focus" : ""}`}>
      <div className="map-legend-group">
        <span className="map-legend__kind" id="map-legend-skills">
          From a skill to a role:
        </span>
        <ul className="map-legend" aria-labelledby="map-legend-skills">
          <li>{sample("map-link--core")} core skill of the role</li>
          <li>{sample("map-link--useful")} useful skill</li>
        </ul>
      </div>
      <div className="map-legend-group">
        <span className="map-legend__kind" id="map-legend-moves">
          From a role to the next:
        </span>
        <ul className="map-legend" aria-labelledby="map-legend-moves">
          <li>{sample("map-link--direct")} a direct move</li>
          <li>{sample("map-link--via")} a move through a senior role</li>
          <li>
            <svg className="map-legend__sample" width="48" height="14" viewBox="0 0 48 14" aria-hidden="true" focusable="false">
              <g className="map-link map-link--onward">
                <path d="M0 7H46" />
                <path d="M36 1L46 7L36 13" />
              </g>
            </svg>{" "}
            a move from one lead or executive role to another
          </li>
        </ul>
      </div>
    </div>
  );
}
