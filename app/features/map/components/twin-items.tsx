import type { ReactNode } from "react";
import { formatPercentChange } from "~/lib/format";
import type { RoleMove, RoleNode, SkillLink, SkillNode, StepLink } from "~/features/map/map-graph";
import type { TwinView } from "~/features/map/components/twin-view";
import { IN_DEMAND_SCOPE, inDemandCount } from "~/features/roles/in-demand-count";

const IMPORTANCE = { core: "core skill", useful: "useful skill" } as const;

/**
 * A role's projected growth for the map's vintage as plain text: the source and period are stated once, above the
 * list that shows the figures (GrowthNote), instead of one focusable source button per figure.
 */
export function GrowthText({ role }: { role: RoleNode }) {
  if (!role.growth) return <span className="muted">no projection</span>;
  return <span className="map-growth">{formatPercentChange(role.growth.changePercent)}</span>;
}

/** "Growth: projected employment change of each role's occupation, 2024–34 [2]": the source of every GrowthText below it. */
export function GrowthNote({ roles, view }: { roles: RoleNode[]; view: Pick<TwinView, "vintageLabel" | "sourceNumber"> }) {
  const sourceIds = [...new Set(roles.flatMap((r) => (r.growth ? [r.growth.sourceId] : [])))];
  if (sourceIds.length === 0) return null;
  return (
    <p className="map-note">
      Growth figures: projected employment change of each role's occupation, {view.vintageLabel}, U.S. Bureau of Labor Statistics Employment
      Projections{" "}
      {sourceIds.map((id) => (
        <SourceNumber key={id} id={id} sourceNumber={view.sourceNumber} linked />
      ))}
      .
    </p>
  );
}

/**
 * "In Demand for … counts the O*NET occupations filed under our tech roles’ BLS occupations that flag the skill In
 * Demand [1]": said once above a list of skills, whose badges name only the unit (as /skills' legend does).
 */
export function InDemandNote({ skills, view }: { skills: SkillNode[]; view: Pick<TwinView, "sourceNumber"> }) {
  const onetSourceId = skills.find((s) => s.inDemandOccupations > 0 && s.onetSourceId)?.onetSourceId;
  if (!onetSourceId) return null;
  return (
    <p className="map-note">
      In Demand for …: how many O*NET occupations {IN_DEMAND_SCOPE} flag the skill In Demand in their job postings{" "}
      <SourceNumber id={onetSourceId} sourceNumber={view.sourceNumber} linked />.
    </p>
  );
}

/** How a role needs a skill, in words: "(core skill)". */
export function Importance({ link }: { link: SkillLink }) {
  return <span className="map-twin__importance">({IMPORTANCE[link.importance]})</span>;
}

/**
 * A skill's O*NET flags and source highlights as text badges (never colour alone), with the numbers of their
 * sources: links in the focus panel, plain numbers in the long list (each would be one more tab stop). The In Demand
 * count names its unit as /skills does; the focus panel (`linked`, one skill) says which O*NET occupations it counts
 * after it, the long list once above it (InDemandNote).
 */
export function SkillMarks({
  skill,
  sourceNumber,
  linked = false,
}: {
  skill: SkillNode;
  sourceNumber: TwinView["sourceNumber"];
  linked?: boolean;
}) {
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
        {inDemandCount(skill.inDemandOccupations)}
      </span>,
    );
    if (linked)
      marks.push(
        <span className="map-marks__scope" key="scope">
          {IN_DEMAND_SCOPE}
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
        <SourceNumber key={id} id={id} sourceNumber={sourceNumber} linked={linked} />
      ))}
    </span>
  );
}

export function SourceNumber({ id, sourceNumber, linked }: { id: string; sourceNumber: TwinView["sourceNumber"]; linked: boolean }) {
  const n = sourceNumber(id);
  if (!n) return null;
  return linked ? (
    <a className="source-ref" href={`#source-${id}`} aria-label={`Source ${n}`}>
      [{n}]
    </a>
  ) : (
    <span className="source-ref">
      <span className="visually-hidden">source </span>[{n}]
    </span>
  );
}

/** How a route reaches a lead or executive role, in words. */
export function routeKind(route: StepLink | RoleMove): string {
  if (!("via" in route)) return "a move from one lead or executive role to the next";
  if (route.via.length === 0) return "a direct move";
  return `through ${route.via.map((v) => v.title).join(" or ")}`;
}

/** The senior roles a move to a lead or executive role goes through, when it is not direct. */
export function Via({ step }: { step: StepLink }) {
  if (step.via.length === 0) return null;
  return <span className="map-via"> (via {step.via.map((v) => v.title).join(" or ")})</span>;
}

/** "A, B and C". */
export function inWords(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** "Lead Developer (+8.2%), CTO (+5.6%, through Senior Software Engineer)": where a role leads, as text. */
export function leadsToWords(slug: string, view: TwinView): string {
  const steps = (view.index.stepsFrom.get(slug) ?? []).map((s) => ({ to: s.to, via: s.via.map((v) => v.title) }));
  const moves = (view.index.movesFrom.get(slug) ?? []).map((m) => ({ to: m.to, via: [] as string[] }));
  return inWords(
    [...steps, ...moves].map(({ to, via }) => {
      const role = view.index.roleBySlug.get(to)!;
      const growth = role.growth ? formatPercentChange(role.growth.changePercent) : "no projection";
      return `${role.title} (${growth}${via.length > 0 ? `, through ${via.join(" or ")}` : ""})`;
    }),
  );
}

/** A middle role's moves to and from other middle roles, in words ("" when it has none). */
export function sideMovesWords(slug: string, view: TwinView): string {
  const title = (s: string) => view.index.roleBySlug.get(s)!.title;
  const to = (view.index.sideFrom.get(slug) ?? []).map((m) => title(m.to));
  const from = (view.index.sideTo.get(slug) ?? []).map((m) => title(m.from));
  return [to.length > 0 ? `moves on to ${inWords(to)}` : "", from.length > 0 ? `reached from ${inWords(from)}` : ""]
    .filter(Boolean)
    .join("; ");
}
