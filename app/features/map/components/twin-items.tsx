import type { ReactNode } from "react";
import { SourcedFigure } from "~/features/sources/components/sourced-figure";
import { formatPercentChange } from "~/lib/format";
import type { RoleNode, SkillLink, SkillNode, StepLink } from "~/features/map/map-graph";
import { FocusLink } from "~/features/map/components/focus-link";
import type { TwinView } from "~/features/map/components/twin-view";

const IMPORTANCE = { core: "core skill", useful: "useful skill" } as const;

/** A role's projected growth for the map's vintage, with its source; roles without a projection say so. */
export function Growth({ role, view }: { role: RoleNode; view: Pick<TwinView, "vintageLabel" | "citation"> }) {
  if (!role.growth) return <span className="muted">no projection</span>;
  return (
    <SourcedFigure source={{ label: view.citation(role.growth.sourceId), dataYear: view.vintageLabel }}>
      {formatPercentChange(role.growth.changePercent)}
    </SourcedFigure>
  );
}

/** How a role needs a skill, in words: "(core skill)". */
export function Importance({ link }: { link: SkillLink }) {
  return <span className="map-twin__importance">({IMPORTANCE[link.importance]})</span>;
}

/** A skill's O*NET flags and source highlights as text badges (never colour alone), with the numbers of their sources. */
export function SkillMarks({ skill, sourceNumber }: { skill: SkillNode; sourceNumber: TwinView["sourceNumber"] }) {
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

function SourceNumber({ id, sourceNumber }: { id: string; sourceNumber: TwinView["sourceNumber"] }) {
  const n = sourceNumber(id);
  return n ? (
    <a className="source-ref" href={`#source-${id}`} aria-label={`Source ${n}`}>
      [{n}]
    </a>
  ) : null;
}

/** The senior roles a move to a lead or executive role goes through, when it is not direct. */
export function Via({ step }: { step: StepLink }) {
  if (step.via.length === 0) return null;
  return <span className="map-via"> (via {step.via.map((v) => v.title).join(" or ")})</span>;
}

/**
 * A role that needs a skill: its name (which focuses the map on it), how it needs the skill, its growth and where
 * it leads. In the full list (`marked`) it also shows whether it is on the focused paths.
 */
export function RoleNeedItem({ link, view, marked = false }: { link: SkillLink; view: TwinView; marked?: boolean }) {
  const role = view.index.roleBySlug.get(link.role)!;
  return (
    <li className={marked && view.paths?.linkIds.has(link.id) ? "is-on" : undefined}>
      <FocusLink focus={{ type: "role", slug: role.slug }} current={marked && view.isCurrent("role", role.slug)} focusHref={view.focusHref}>
        {role.title}
      </FocusLink>{" "}
      <Importance link={link} /> <Growth role={role} view={view} />
      <NextRoles roleSlug={role.slug} view={view} />
    </li>
  );
}

/** "→ leads to" and the lead or executive roles a role moves to, each with its growth; nothing when it leads nowhere on the map. */
export function NextRoles({ roleSlug, view }: { roleSlug: string; view: TwinView }) {
  const steps = view.index.stepsFrom.get(roleSlug) ?? [];
  if (steps.length === 0) return null;
  return (
    <>
      {" "}
      <span className="map-twin__leads">→ leads to</span>{" "}
      <ul className="map-twin__next">
        {steps.map((step) => {
          const target = view.index.roleBySlug.get(step.to)!;
          return (
            <li key={step.id} className={view.paths?.linkIds.has(step.id) ? "is-on" : undefined}>
              <FocusLink
                focus={{ type: "role", slug: target.slug }}
                current={view.isCurrent("role", target.slug)}
                focusHref={view.focusHref}
              >
                {target.title}
              </FocusLink>{" "}
              <Growth role={target} view={view} />
              <Via step={step} />
            </li>
          );
        })}
      </ul>
    </>
  );
}
