/**
 * The parts of a role that both the role profile (roles.server.ts, one role) and the comparison (compare.server.ts,
 * 2 to 4 roles) show. Each function is one query whatever the number of roles, keyed by the list of slugs; its rows
 * say which role they belong to (`roleSlug`; `slug` for the cores, `fromSlug` and `toSlug` for the edges, the
 * subject for an AI note) so that the caller splits them and nothing is queried per role.
 */
import { and, asc, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { alias, type SelectedFields } from "drizzle-orm/pg-core";
import {
  aiExposureScores,
  aiImpactNotes,
  industries,
  onetOccupations,
  progressionEdges,
  roleIndustries,
  roleOccupations,
  roles,
  roleSkills,
  skills,
  sources,
} from "~db/schema";
import type { ProjectionVintage, SkillFlag } from "~db/schema/enums";
import { database } from "~/lib/db.server";
import { otherWageLines } from "~/features/data-pin/queries.server";
import type { AiNote, ExposureScores, OccupationMapping, SkillMarks } from "~/features/roles/role-profile";

/**
 * The roles with the data year of their education / experience source and their occupation mappings (primary
 * first), plus the `extraColumns` a page adds (columns of `roles`, or SQL correlated on `roles.slug`). Unordered.
 */
export async function listRoleCores<Extra extends SelectedFields = Record<never, never>>({
  slugs,
  extraColumns = {} as Extra,
}: {
  slugs: readonly string[];
  extraColumns?: Extra;
}) {
  const db = await database();
  const entrySource = alias(sources, "entry_source");
  return db
    .select({
      slug: roles.slug,
      title: roles.title,
      summary: roles.summary,
      careerCluster: roles.careerCluster,
      level: roles.level,
      entryEducation: roles.entryEducation,
      workExperience: roles.workExperience,
      entrySourceId: roles.entrySourceId,
      entryDataYear: entrySource.vintage,
      occupations: sql<OccupationMapping[]>`(
        select coalesce(json_agg(json_build_object(
          'socCode', o.soc_code, 'title', o.title, 'kind', o.kind, 'onetCode', ro.onet_code, 'onetTitle', oo.title,
          'isPrimary', ro.is_primary, 'sourceId', ro.source_id, 'note', ro.note
        ) order by ro.is_primary desc, ro.soc_code), '[]'::json)
        from role_occupations ro
        join occupations o on o.soc_code = ro.soc_code
        left join onet_occupations oo on oo.onet_code = ro.onet_code
        where ro.role_slug = ${roles.slug})`,
      ...extraColumns,
    })
    .from(roles)
    .innerJoin(entrySource, eq(entrySource.id, roles.entrySourceId))
    .where(inArray(roles.slug, [...slugs]));
}

/**
 * Median wages other sources publish for the roles' primary occupations in this vintage (e.g. a refreshed data
 * tool; sources disagree): live, or those archived with data version `dataVersionId` (pinned.server.ts).
 */
export async function listOtherWages({
  slugs,
  vintage,
  dataVersionId,
}: {
  slugs: readonly string[];
  vintage: ProjectionVintage;
  dataVersionId?: number;
}) {
  const db = await database();
  const wages = otherWageLines(db, dataVersionId);
  return db
    .select({
      roleSlug: roleOccupations.roleSlug,
      socCode: wages.socCode,
      medianAnnualWage: wages.medianAnnualWage,
      wageYear: wages.wageYear,
      sourceId: wages.sourceId,
      note: wages.note,
    })
    .from(wages)
    .innerJoin(roleOccupations, and(eq(roleOccupations.socCode, wages.socCode), eq(roleOccupations.isPrimary, true)))
    .where(and(inArray(roleOccupations.roleSlug, [...slugs]), eq(wages.sourceVintage, vintage)))
    .orderBy(asc(wages.wageYear), asc(wages.sourceId));
}

interface SkillFlagRow {
  flag: SkillFlag;
  evidence: string;
  onetCode: string | null;
  onetTitle: string | null;
  sourceId: string;
}

/**
 * The roles' skills with their flags: O*NET Hot Technology (database-wide), O*NET In Demand for the role's own
 * O*NET occupations, and the source highlights written for the role (skillMarks reads them). Each role's skills
 * come together, ordered for the page: `"kind"` by kind, importance, level and name (the profile's sections);
 * `"importance"` core first, then by name in "C" collation, the same order on every server (the comparison).
 */
export async function listRoleSkills({ slugs, order }: { slugs: readonly string[]; order: "kind" | "importance" }) {
  const db = await database();
  return db
    .select({
      roleSlug: roleSkills.roleSlug,
      slug: skills.slug,
      name: skills.name,
      kind: skills.kind,
      description: skills.description,
      importance: roleSkills.importance,
      level: roleSkills.level,
      sourceId: roleSkills.sourceId,
      flags: sql<SkillFlagRow[]>`(
        select coalesce(json_agg(json_build_object(
          'flag', f.flag, 'evidence', f.evidence, 'onetCode', f.onet_code, 'onetTitle', oo.title, 'sourceId', f.source_id
        ) order by f.flag, f.onet_code, f.evidence), '[]'::json)
        from skill_flags f
        left join onet_occupations oo on oo.onet_code = f.onet_code
        where f.skill_slug = ${skills.slug}
          and (f.flag = 'onet_hot_technology'
            or (f.flag = 'onet_in_demand' and f.onet_code in (select ro.onet_code from role_occupations ro where ro.role_slug = ${roleSkills.roleSlug}))
            or (f.flag = 'source_highlight' and f.role_slug = ${roleSkills.roleSlug})))`,
    })
    .from(roleSkills)
    .innerJoin(skills, eq(skills.slug, roleSkills.skillSlug))
    .where(inArray(roleSkills.roleSlug, [...slugs]))
    .orderBy(
      asc(roleSkills.roleSlug),
      ...(order === "kind"
        ? [asc(skills.kind), asc(roleSkills.importance), asc(roleSkills.level), asc(skills.name)]
        : [asc(roleSkills.importance), sql`${skills.name} collate "C"`]),
    );
}

/** A skill's marks for one role from its listRoleSkills flags: In Demand grouped by O*NET occupation. */
export function skillMarks(flags: SkillFlagRow[]): SkillMarks {
  const inDemand = new Map<string, SkillMarks["inDemand"][number]>();
  for (const f of flags.filter((f) => f.flag === "onet_in_demand" && f.onetCode)) {
    const entry = inDemand.get(f.onetCode!) ?? { onetCode: f.onetCode!, onetTitle: f.onetTitle ?? f.onetCode!, technologies: [] };
    entry.technologies.push(f.evidence);
    inDemand.set(f.onetCode!, entry);
  }
  const onetFlag = flags.find((f) => f.flag !== "source_highlight");
  return {
    hotTechnologies: flags.filter((f) => f.flag === "onet_hot_technology").map((f) => f.evidence),
    inDemand: [...inDemand.values()],
    highlights: flags.filter((f) => f.flag === "source_highlight").map((f) => ({ evidence: f.evidence, sourceId: f.sourceId })),
    onetSourceId: onetFlag?.sourceId ?? null,
  };
}

/** The industries that employ the roles, by rank, then share, then name. */
export async function listRoleIndustries({ slugs }: { slugs: readonly string[] }) {
  const db = await database();
  return db
    .select({
      roleSlug: roleIndustries.roleSlug,
      slug: industries.slug,
      name: industries.name,
      description: industries.description,
      rank: roleIndustries.rank,
      sharePercent: roleIndustries.sharePercent,
      sourceId: roleIndustries.sourceId,
    })
    .from(roleIndustries)
    .innerJoin(industries, eq(industries.slug, roleIndustries.industrySlug))
    .where(inArray(roleIndustries.roleSlug, [...slugs]))
    .orderBy(
      asc(roleIndustries.roleSlug),
      sql`${roleIndustries.rank} asc nulls last`,
      sql`${roleIndustries.sharePercent} desc nulls last`,
      asc(industries.name),
    );
}

/**
 * AI-impact notes about the roles, their primary occupations, or the whole economy; layers stay separate. A note
 * names its subject (`roleSlug`, `socCode`, or neither for the economy): the caller matches it to its roles.
 */
export async function listAiNotes({ slugs }: { slugs: readonly string[] }) {
  const db = await database();
  const list = [...slugs];
  const primarySocs = db
    .select({ socCode: roleOccupations.socCode })
    .from(roleOccupations)
    .where(and(inArray(roleOccupations.roleSlug, list), eq(roleOccupations.isPrimary, true)));
  return (
    db
      .select({
        layer: aiImpactNotes.layer,
        aspect: aiImpactNotes.aspect,
        statement: aiImpactNotes.statement,
        asOf: aiImpactNotes.asOf,
        sourceId: aiImpactNotes.sourceId,
        author: aiImpactNotes.author,
        reviewedOn: aiImpactNotes.reviewedOn,
        socCode: aiImpactNotes.socCode,
        roleSlug: aiImpactNotes.roleSlug,
      })
      .from(aiImpactNotes)
      .where(
        or(
          inArray(aiImpactNotes.roleSlug, list),
          inArray(aiImpactNotes.socCode, primarySocs),
          and(isNull(aiImpactNotes.socCode), isNull(aiImpactNotes.roleSlug)),
        ),
      )
      // Within a layer: what is about a role or occupation first, newest first, then economy-wide notes.
      .orderBy(
        asc(aiImpactNotes.layer),
        sql`(${aiImpactNotes.socCode} is null and ${aiImpactNotes.roleSlug} is null)`,
        desc(aiImpactNotes.asOf),
        asc(aiImpactNotes.position),
      )
  );
}

/** A listAiNotes row as the pages show it: its subject becomes its scope. */
export function toAiNote({ socCode, roleSlug, ...note }: Awaited<ReturnType<typeof listAiNotes>>[number]): AiNote {
  return { ...note, scope: roleSlug ? "role" : socCode ? "occupation" : "economy" };
}

/** "GPTs are GPTs" scores for each role's primary O*NET occupation, both raters. */
export async function listExposureScores({ slugs }: { slugs: readonly string[] }) {
  const db = await database();
  return db
    .select({
      roleSlug: roleOccupations.roleSlug,
      onetCode: aiExposureScores.onetCode,
      onetTitle: onetOccupations.title,
      rater: aiExposureScores.rater,
      measure: aiExposureScores.measure,
      score: aiExposureScores.score,
      sourceId: aiExposureScores.sourceId,
    })
    .from(aiExposureScores)
    .innerJoin(onetOccupations, eq(onetOccupations.onetCode, aiExposureScores.onetCode))
    .innerJoin(roleOccupations, and(eq(roleOccupations.onetCode, aiExposureScores.onetCode), eq(roleOccupations.isPrimary, true)))
    .where(inArray(roleOccupations.roleSlug, [...slugs]))
    .orderBy(asc(aiExposureScores.measure), asc(aiExposureScores.rater));
}

/** One role's listExposureScores rows as a measure-by-rater table, or null when its occupation has none. */
export function exposureScores(rows: Awaited<ReturnType<typeof listExposureScores>>): ExposureScores | null {
  const first = rows[0];
  if (!first) return null;
  const measures = ["alpha", "beta", "gamma"] as const;
  return {
    onetCode: first.onetCode,
    onetTitle: first.onetTitle,
    sourceId: first.sourceId,
    rows: measures.map((measure) => ({
      measure,
      gpt4: rows.find((r) => r.measure === measure && r.rater === "gpt4")?.score ?? null,
      human: rows.find((r) => r.measure === measure && r.rater === "human")?.score ?? null,
    })),
  };
}

/**
 * Progression edges out of the roles (`direction: "out"`) or into and out of them (`"both"`), with both roles'
 * titles and the skills gained; by track, typical years, then the titles.
 */
export async function listProgressionEdges({ slugs, direction }: { slugs: readonly string[]; direction: "out" | "both" }) {
  const db = await database();
  const list = [...slugs];
  const fromRole = alias(roles, "from_role_row");
  const toRole = alias(roles, "to_role_row");
  return db
    .select({
      fromSlug: progressionEdges.fromRole,
      fromTitle: fromRole.title,
      toSlug: progressionEdges.toRole,
      toTitle: toRole.title,
      track: progressionEdges.track,
      typicalYearsMin: progressionEdges.typicalYearsMin,
      typicalYearsMax: progressionEdges.typicalYearsMax,
      sourceId: progressionEdges.sourceId,
      note: progressionEdges.note,
      skillsGained: sql<string[]>`(
        select coalesce(json_agg(s.name order by s.name), '[]'::json)
        from progression_edge_skills pes join skills s on s.slug = pes.skill_slug
        where pes.from_role = ${progressionEdges.fromRole} and pes.to_role = ${progressionEdges.toRole})`,
    })
    .from(progressionEdges)
    .innerJoin(fromRole, eq(fromRole.slug, progressionEdges.fromRole))
    .innerJoin(toRole, eq(toRole.slug, progressionEdges.toRole))
    .where(
      direction === "out"
        ? inArray(progressionEdges.fromRole, list)
        : or(inArray(progressionEdges.fromRole, list), inArray(progressionEdges.toRole, list)),
    )
    .orderBy(
      asc(progressionEdges.track),
      asc(progressionEdges.typicalYearsMin),
      asc(progressionEdges.typicalYearsMax),
      asc(toRole.title),
      asc(fromRole.title),
    );
}
