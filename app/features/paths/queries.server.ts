import { asc, eq, inArray, sql } from "drizzle-orm";
import { progressionEdges, roles, roleSkills, skills } from "~db/schema";
import type { CareerCluster, ProjectionVintage } from "~db/schema/enums";
import { database } from "~/lib/db.server";
import { listRoleOutlooks } from "~/features/outlook/queries.server";
import { listSourcesByIds } from "~/features/sources/queries.server";
import type { PayLookup } from "~/features/pay/queries.server";
import {
  buildLadderGraph,
  ladderStarts,
  ladderTreeAbove,
  ladderTreeBelow,
  mainLadder,
  orderedSteps,
  orderedStepsInto,
  PROGRESSION_TRACKS,
  relatedMoves,
  summarizeStep,
  treeSourceIds,
  type CareerPath,
  type EarlierRung,
  type LadderIndex,
  type LadderRole,
  type LadderStep,
  type NextRung,
  type RungRole,
} from "~/features/paths/career-ladder";
import { computeSkillGap, type RoleSkillRef, type StepSkillRef } from "~/features/paths/skill-gap";

type Db = Awaited<ReturnType<typeof database>>;

async function selectLadderRoles(db: Db): Promise<(LadderRole & { careerCluster: CareerCluster })[]> {
  return db
    .select({ slug: roles.slug, title: roles.title, level: roles.level, careerCluster: roles.careerCluster })
    .from(roles)
    .orderBy(asc(roles.title));
}

/**
 * Every progression edge with the skills its step names (slug, name, ladder axis). The subquery names the outer
 * table in full: with no join, drizzle would render the outer columns unqualified and they would bind to `pes`.
 */
async function selectLadderSteps(db: Db): Promise<LadderStep[]> {
  return db
    .select({
      from: progressionEdges.fromRole,
      to: progressionEdges.toRole,
      track: progressionEdges.track,
      typicalYearsMin: progressionEdges.typicalYearsMin,
      typicalYearsMax: progressionEdges.typicalYearsMax,
      sourceId: progressionEdges.sourceId,
      note: progressionEdges.note,
      skillsGained: sql<StepSkillRef[]>`(
        select coalesce(json_agg(json_build_object('slug', s.slug, 'name', s.name, 'ladderAxis', s.ladder_axis) order by s.name), '[]'::json)
        from progression_edge_skills pes join skills s on s.slug = pes.skill_slug
        where pes.from_role = progression_edges.from_role and pes.to_role = progression_edges.to_role)`,
    })
    .from(progressionEdges)
    .orderBy(asc(progressionEdges.fromRole), asc(progressionEdges.toRole));
}

async function loadGraph(db: Db) {
  const [roleRows, steps] = await Promise.all([selectLadderRoles(db), selectLadderSteps(db)]);
  return { roleRows, graph: buildLadderGraph(roleRows, steps) };
}

/** The skills of a set of roles, for the skill gaps. One query. */
async function selectRoleSkills(db: Db, slugs: string[]): Promise<Map<string, RoleSkillRef[]>> {
  const rows = await db
    .select({
      roleSlug: roleSkills.roleSlug,
      slug: skills.slug,
      name: skills.name,
      ladderAxis: skills.ladderAxis,
      importance: roleSkills.importance,
    })
    .from(roleSkills)
    .innerJoin(skills, eq(skills.slug, roleSkills.skillSlug))
    .where(inArray(roleSkills.roleSlug, slugs));
  const byRole = new Map<string, RoleSkillRef[]>(slugs.map((s) => [s, []]));
  for (const { roleSlug, ...skill } of rows) byRole.get(roleSlug)?.push(skill);
  return byRole;
}

/**
 * The career ladder around one role, or null for an unknown slug: the moves from it with their skill gaps, the
 * technical and management ladders above it, and where people come to it from. Five queries whatever the role
 * (roles and edges, then figures and skills of the roles whose details are shown, then citations); the graph is
 * walked in memory.
 */
export async function getCareerPath({
  slug,
  vintage,
  payOf,
}: {
  slug: string;
  vintage: ProjectionVintage;
  /** The OEWS percentiles kept for the data version (keptPayLookup): each rung's spread beside its median. */
  payOf?: PayLookup;
}): Promise<CareerPath | null> {
  const db = await database();
  const { roleRows, graph } = await loadGraph(db);
  const self = roleRows.find((r) => r.slug === slug);
  if (!self) return null;

  const outgoing = orderedSteps(graph, slug);
  const incoming = orderedStepsInto(graph, slug);
  const detailed = [slug, ...outgoing.map((s) => s.to)];
  const [outlooks, skillsByRole] = await Promise.all([
    listRoleOutlooks({ vintage, filters: { slugs: detailed } }),
    selectRoleSkills(db, detailed),
  ]);
  const clusterOf = new Map(roleRows.map((r) => [r.slug, r.careerCluster]));
  const rungRole = (s: string): RungRole => {
    const role = graph.roles.get(s)!;
    const outlook = outlooks.find((o) => o.slug === s);
    const p = outlook?.projection;
    return {
      ...role,
      careerCluster: clusterOf.get(s)!,
      figures:
        outlook && p
          ? {
              socCode: outlook.socCode,
              occupationTitle: outlook.occupationTitle,
              changePercent: p.changePercent,
              baseYear: p.baseYear,
              targetYear: p.targetYear,
              medianAnnualWage: p.medianAnnualWage,
              wageYear: p.wageYear,
              sourceId: p.sourceId,
              pay: payOf ? payOf(outlook.socCode, p.wageYear) : null,
            }
          : null,
    };
  };

  const current = skillsByRole.get(slug) ?? [];
  const next: NextRung[] = outgoing.map((step) => ({
    role: rungRole(step.to),
    step: { ...summarizeStep(graph, step), note: step.note },
    gap: computeSkillGap({ current, next: skillsByRole.get(step.to) ?? [], step: step.skillsGained }),
  }));
  const earlier: EarlierRung[] = incoming.map((step) => ({
    role: graph.roles.get(step.from)!,
    step: { ...summarizeStep(graph, step), note: step.note },
  }));
  const ladders = PROGRESSION_TRACKS.map((track) => ({
    track,
    main: mainLadder(graph, slug, track),
    tree: ladderTreeAbove(graph, slug, track),
  }));
  const below = ladderTreeBelow(graph, slug);
  const related = outgoing.length === 0 ? relatedMoves(graph, slug) : [];
  const role = rungRole(slug);

  const sources = await listSourcesByIds({
    ids: [
      ...figureSourceIds(role.figures),
      ...next.flatMap((n) => [n.step.sourceId, ...figureSourceIds(n.role.figures)]),
      ...earlier.map((e) => e.step.sourceId),
      ...ladders.flatMap((l) => [...(l.main?.rungs.flatMap((r) => (r.step ? [r.step.sourceId] : [])) ?? []), ...treeSourceIds(l.tree)]),
      ...treeSourceIds(below),
      ...related.map((r) => r.step.sourceId),
    ],
  });
  return { vintage, role, next, earlier, ladders, below, related, sources };
}

/**
 * The ladders that exist in the progression graph: each role where ladders start, with its main technical and
 * management ladder, and every role as a possible starting point. Three queries.
 */
export async function listCareerLadders(): Promise<LadderIndex> {
  const db = await database();
  const { roleRows, graph } = await loadGraph(db);
  const clusterOf = new Map(roleRows.map((r) => [r.slug, r.careerCluster]));
  const starts = ladderStarts(graph).map((role) => ({
    role: { ...role, careerCluster: clusterOf.get(role.slug)! },
    ladders: PROGRESSION_TRACKS.flatMap((track) => {
      const chain = mainLadder(graph, role.slug, track);
      return chain ? [{ track, chain }] : [];
    }),
  }));
  const sources = await listSourcesByIds({
    ids: starts.flatMap((s) => s.ladders.flatMap((l) => l.chain.rungs.flatMap((r) => (r.step ? [r.step.sourceId] : [])))),
  });
  return {
    starts,
    roles: roleRows.map((r) => ({
      ...r,
      hasMoves: (graph.outgoing.get(r.slug)?.length ?? 0) + (graph.incoming.get(r.slug)?.length ?? 0) > 0,
    })),
    sources,
  };
}

export type { CareerPath, LadderIndex };

/** The sources a rung's figures cite: the projection's, and the OEWS survey's beside its median. */
function figureSourceIds(figures: RungRole["figures"]): string[] {
  return figures ? [figures.sourceId, ...(figures.pay ? [figures.pay.sourceId] : [])] : [];
}
