/**
 * Writes a validated dataset into the database in one transaction, replacing the previous dataset.
 * Idempotent: when the newest data version already has this dataset's hash, nothing is written.
 * If anything fails inside the transaction, it rolls back and the database is exactly as it was.
 */
import { desc, eq, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Database } from "../db/client";
import * as t from "../db/schema";
import { normalizeTitle } from "../db/text";
import type { Dataset, LoadedDataset } from "./load";

export type SeedOutcome =
  | { status: "unchanged"; dataVersionId: number; hash: string }
  | { status: "loaded"; dataVersionId: number; hash: string; counts: Record<string, number> };

/** Dataset tables, in insert order (parents first). data_versions is history and is never truncated. */
const DATASET_TABLES = [
  t.sources,
  t.occupations,
  t.onetOccupations,
  t.projections,
  t.occupationWages,
  t.skills,
  t.industries,
  t.roles,
  t.roleOccupations,
  t.roleAliases,
  t.roleStatements,
  t.roleLearningSteps,
  t.discussionQuestions,
  t.roleSkills,
  t.roleIndustries,
  t.skillFlags,
  t.progressionEdges,
  t.progressionEdgeSkills,
  t.aiImpactNotes,
  t.aiExposureScores,
  t.glossaryTerms,
] as const;

const tableName = (table: PgTable) => (table as unknown as { [k: symbol]: string })[Symbol.for("drizzle:Name")]!;

export async function latestDataVersion(db: Database) {
  const [latest] = await db.select().from(t.dataVersions).orderBy(desc(t.dataVersions.id)).limit(1);
  return latest;
}

export async function seedDatabase(
  db: Database,
  { dataset, hash }: Pick<LoadedDataset, "dataset" | "hash">,
  options: { force?: boolean } = {},
): Promise<SeedOutcome> {
  const latest = await latestDataVersion(db);
  if (latest && latest.datasetHash === hash && !options.force) {
    await archiveLatestFiguresIfMissing(db);
    return { status: "unchanged", dataVersionId: latest.id, hash };
  }
  const rows = toRows(dataset);
  return db.transaction(async (tx) => {
    const names = DATASET_TABLES.map((table) => `"${tableName(table)}"`).join(", ");
    await tx.execute(sql.raw(`TRUNCATE ${names} RESTART IDENTITY CASCADE`));
    const counts: Record<string, number> = {};
    for (const [table, values] of rows) {
      counts[tableName(table)] = values.length;
      // Chunked (empty lists skip the loop: an empty INSERT is not valid SQL) to stay well under PostgreSQL's 65,535 bind parameters per statement.
      for (let i = 0; i < values.length; i += 400) {
        await tx.insert(table).values(values.slice(i, i + 400));
      }
    }
    const [version] = await tx.insert(t.dataVersions).values({ datasetHash: hash, summary: counts }).returning({ id: t.dataVersions.id });
    await archiveFigures(tx, version!.id);
    return { status: "loaded", dataVersionId: version!.id, hash, counts } as const;
  });
}

/**
 * Copies the published figures now in the dataset tables (projections with their occupation's title and kind,
 * occupation_wages with their source's vintage) into the archive of data version `dataVersionId`, so pinned
 * links keep showing them after later loads (docs/decisions/008). Two INSERT ... SELECT statements.
 */
export async function archiveFigures(db: Pick<Database, "insert" | "select">, dataVersionId: number): Promise<void> {
  const id = sql<number>`${dataVersionId}::integer`;
  await db.insert(t.dataVersionProjections).select(
    db
      .select({
        dataVersionId: id.as("data_version_id"),
        socCode: t.projections.socCode,
        occupationTitle: t.occupations.title,
        occupationKind: t.occupations.kind,
        vintage: t.projections.vintage,
        baseYear: t.projections.baseYear,
        targetYear: t.projections.targetYear,
        employmentBase: t.projections.employmentBase,
        employmentProjected: t.projections.employmentProjected,
        changeNumeric: t.projections.changeNumeric,
        changePercent: t.projections.changePercent,
        annualOpenings: t.projections.annualOpenings,
        medianAnnualWage: t.projections.medianAnnualWage,
        wageYear: t.projections.wageYear,
        entryEducation: t.projections.entryEducation,
        workExperience: t.projections.workExperience,
        isDerived: t.projections.isDerived,
        sourceId: t.projections.sourceId,
        note: t.projections.note,
      })
      .from(t.projections)
      .innerJoin(t.occupations, eq(t.occupations.socCode, t.projections.socCode)),
  );
  await db.insert(t.dataVersionWages).select(
    db
      .select({
        dataVersionId: id.as("data_version_id"),
        socCode: t.occupationWages.socCode,
        wageYear: t.occupationWages.wageYear,
        medianAnnualWage: t.occupationWages.medianAnnualWage,
        sourceId: t.occupationWages.sourceId,
        sourceVintage: t.sources.vintage,
        note: t.occupationWages.note,
      })
      .from(t.occupationWages)
      .innerJoin(t.sources, eq(t.sources.id, t.occupationWages.sourceId)),
  );
}

/**
 * A database loaded before figures were archived has no archive for its newest version: its dataset tables
 * still hold exactly that version's figures, so archive them now. Returns whether anything was written.
 */
export async function archiveLatestFiguresIfMissing(db: Database): Promise<boolean> {
  const latest = await latestDataVersion(db);
  if (!latest) return false;
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ one: sql`1` })
      .from(t.dataVersionProjections)
      .where(eq(t.dataVersionProjections.dataVersionId, latest.id))
      .limit(1);
    if (existing) return false;
    await archiveFigures(tx, latest.id);
    return true;
  });
}

type Rows = [PgTable, Record<string, unknown>[]][];

/** Maps the dataset onto table rows, in insert order. Pure: no database access. */
export function toRows(dataset: Dataset): Rows {
  const roles = dataset.roles.map((d) => d.role);
  const technologiesByName = new Map<string, (typeof dataset.onetTechnology)[number]["value"][]>();
  for (const { value } of dataset.onetTechnology) {
    const list = technologiesByName.get(value.example) ?? [];
    list.push(value);
    technologiesByName.set(value.example, list);
  }

  const skillFlags: (typeof t.skillFlags.$inferInsert)[] = [];
  for (const { value: skill } of dataset.skills) {
    for (const example of skill.onet_examples) {
      const technologies = technologiesByName.get(example) ?? [];
      // Hot Technology is database-wide in O*NET: one flag per technology name, whatever the occupation.
      if (technologies.some((tech) => tech.hot_technology === "Y")) {
        skillFlags.push({ skillSlug: skill.slug, flag: "onet_hot_technology", evidence: example, sourceId: "onet-29-3" });
      }
      for (const tech of technologies.filter((x) => x.in_demand === "Y")) {
        skillFlags.push({
          skillSlug: skill.slug,
          flag: "onet_in_demand",
          onetCode: tech.onet_code,
          evidence: example,
          sourceId: "onet-29-3",
        });
      }
    }
  }
  for (const role of roles) {
    for (const s of role.skills) {
      if (s.highlight) {
        skillFlags.push({ skillSlug: s.skill, flag: "source_highlight", roleSlug: role.slug, evidence: s.highlight, sourceId: s.source });
      }
    }
  }

  const baseYear = (vintage: string) => 2000 + Number(vintage.slice(2, 4));
  const rows: Rows = [
    [
      t.sources,
      dataset.sources.map(({ value: s }) => ({
        id: s.id,
        kind: s.kind,
        publisher: s.publisher,
        title: s.title,
        vintage: s.vintage,
        publishedOn: s.published_on,
        url: s.url,
        accessedVia: s.accessed_via,
        license: s.license,
        attribution: s.attribution,
        note: s.note,
      })),
    ],
    [
      t.occupations,
      dataset.occupations.map(({ value: o }) => ({ socCode: o.soc_code, kind: o.kind, title: o.title, sourceId: o.source, note: o.note })),
    ],
    [
      t.onetOccupations,
      dataset.occupations.flatMap(({ value: o }) =>
        o.onet.map((onet) => ({
          onetCode: onet.code,
          socCode: o.soc_code,
          title: onet.title,
          jobZone: onet.job_zone,
          sourceId: "onet-29-3",
        })),
      ),
    ],
    [
      t.projections,
      dataset.projections.map(({ value: p }) => ({
        socCode: p.soc_code,
        vintage: p.vintage,
        baseYear: baseYear(p.vintage),
        targetYear: baseYear(p.vintage) + 10,
        employmentBase: p.employment_base,
        employmentProjected: p.employment_projected,
        changeNumeric: p.change_numeric,
        changePercent: p.change_percent,
        annualOpenings: p.annual_openings,
        medianAnnualWage: p.median_annual_wage,
        wageYear: p.wage_year,
        entryEducation: p.entry_education,
        workExperience: p.work_experience,
        onTheJobTraining: p.on_the_job_training,
        isDerived: p.derived,
        sourceId: p.source,
        note: p.note,
      })),
    ],
    [
      t.occupationWages,
      dataset.wages.map(({ value: w }) => ({
        socCode: w.soc_code,
        wageYear: w.wage_year,
        medianAnnualWage: w.median_annual_wage,
        sourceId: w.source,
        note: w.note,
      })),
    ],
    [
      t.skills,
      dataset.skills.map(({ value: s }) => ({
        slug: s.slug,
        name: s.name,
        kind: s.kind,
        ladderAxis: s.ladder_axis,
        description: s.description,
        onetExamples: s.onet_examples,
      })),
    ],
    [t.industries, dataset.industries.map(({ value: i }) => ({ slug: i.slug, name: i.name, description: i.description }))],
    [
      t.roles,
      roles.map((r) => ({
        slug: r.slug,
        title: r.title,
        summary: r.summary,
        whatTheyDo: r.what_they_do,
        careerCluster: r.career_cluster,
        level: r.level,
        entryEducation: r.entry_education,
        workExperience: r.work_experience,
        entrySourceId: r.entry_source,
      })),
    ],
    [
      t.roleOccupations,
      roles.flatMap((r) =>
        r.occupations.map((o) => ({
          roleSlug: r.slug,
          socCode: o.soc_code,
          onetCode: o.onet_code,
          isPrimary: o.primary,
          sourceId: o.source,
          note: o.note,
        })),
      ),
    ],
    [
      t.roleAliases,
      roles.flatMap((r) =>
        r.aliases.map((a) => ({
          roleSlug: r.slug,
          alias: a.alias,
          aliasNormalized: normalizeTitle(a.alias),
          origin: a.origin,
          onetCode: a.onet_code,
          sourceId: a.source,
          note: a.note,
        })),
      ),
    ],
    [
      t.roleStatements,
      roles.flatMap((r) =>
        r.statements.map((s, i) => ({
          roleSlug: r.slug,
          position: i + 1,
          kind: s.kind,
          statement: s.statement,
          figure: s.figure,
          figureUnit: s.figure_unit,
          sourceId: s.source,
          note: s.note,
        })),
      ),
    ],
    [
      t.roleLearningSteps,
      roles.flatMap((r) =>
        r.how_to_start.map((s, i) => ({ roleSlug: r.slug, position: i + 1, step: s.step, detail: s.detail, sourceId: s.source })),
      ),
    ],
    [
      t.discussionQuestions,
      roles.flatMap((r) =>
        r.discussion_questions.map((q, i) => ({ roleSlug: r.slug, position: i + 1, question: q.question, sourceId: q.source })),
      ),
    ],
    [
      t.roleSkills,
      roles.flatMap((r) =>
        r.skills.map((s) => ({ roleSlug: r.slug, skillSlug: s.skill, importance: s.importance, level: s.level, sourceId: s.source })),
      ),
    ],
    [
      t.roleIndustries,
      roles.flatMap((r) =>
        r.industries.map((i) => ({
          roleSlug: r.slug,
          industrySlug: i.industry,
          rank: i.rank,
          sharePercent: i.share_percent,
          sourceId: i.source,
        })),
      ),
    ],
    [t.skillFlags, skillFlags],
    [
      t.progressionEdges,
      dataset.progression.map(({ value: p }) => ({
        fromRole: p.from,
        toRole: p.to,
        track: p.track,
        typicalYearsMin: p.typical_years_min,
        typicalYearsMax: p.typical_years_max,
        sourceId: p.source,
        note: p.note,
      })),
    ],
    [
      t.progressionEdgeSkills,
      dataset.progression.flatMap(({ value: p }) => p.skills_gained.map((skillSlug) => ({ fromRole: p.from, toRole: p.to, skillSlug }))),
    ],
    [
      t.aiImpactNotes,
      dataset.aiImpact.map(({ value: n }, i) => ({
        position: i + 1,
        layer: n.layer,
        aspect: n.aspect,
        socCode: n.soc_code,
        roleSlug: n.role,
        statement: n.statement,
        asOf: n.as_of,
        sourceId: n.source,
        author: n.author,
        reviewedOn: n.reviewed_on,
      })),
    ],
    [
      t.aiExposureScores,
      dataset.aiExposure.map(({ value: e }) => ({
        onetCode: e.onet_code,
        rater: e.rater,
        measure: e.measure,
        score: e.score,
        sourceId: e.source,
      })),
    ],
    [
      t.glossaryTerms,
      dataset.glossary.map(({ value: g }) => ({
        slug: g.slug,
        term: g.term,
        definition: g.definition,
        seeAlso: g.see_also,
        sourceId: g.source,
      })),
    ],
  ];
  return rows;
}
