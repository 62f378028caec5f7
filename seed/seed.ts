/**
 * Writes a validated dataset into the database in one transaction, replacing the previous dataset.
 * Idempotent: when the newest data version already has this dataset's hash, nothing is written.
 * If anything fails inside the transaction, it rolls back and the database is exactly as it was.
 */
import { desc, eq, getTableColumns, sql } from "drizzle-orm";
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
  t.projectionPeriods,
  t.growthBands,
  t.occupations,
  t.onetOccupations,
  t.projections,
  t.occupationWages,
  t.occupationFactors,
  t.payPercentiles,
  t.occupationTitles,
  t.onetTasks,
  t.onetEmergingTasks,
  t.onetTechnologySkills,
  t.onetRelatedOccupations,
  t.onetInterests,
  t.onetInterestAreas,
  t.onetInterestExamples,
  t.onetEducationLevels,
  t.aiApplicabilityScores,
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
      await withIndexesRebuilt(tx, table, values.length, () => insertSetBased(tx, table, values));
    }
    const [version] = await tx.insert(t.dataVersions).values({ datasetHash: hash, summary: counts }).returning({ id: t.dataVersions.id });
    await archiveFigures(tx, version!.id);
    await refreshDerivedData(tx);
    return { status: "loaded", dataVersionId: version!.id, hash, counts } as const;
  });
}

/**
 * After a load: recompute what is derived from the dataset tables (the `technologies` and `occupation_technologies`
 * views, migrations 0007 and 0008) and
 * gather planner statistics. PGlite runs no autovacuum, so without ANALYZE its planner would guess every table's
 * size and shape (a 32,773-row table scanned once per matched occupation, for one).
 */
async function refreshDerivedData(db: Pick<Database, "execute">): Promise<void> {
  await db.execute(sql`refresh materialized view technologies`);
  await db.execute(sql`refresh materialized view occupation_technologies`);
  await db.execute(sql`analyze`);
}

/** Rows per statement: a few megabytes of parameters, well within what both drivers send in one message. */
const ROWS_PER_STATEMENT = 20_000;

/** One PostgreSQL array literal ('{"a",NULL,"b"}') holding a column's values, every element quoted. */
function arrayLiteral(values: readonly unknown[]): string {
  const elements = values.map((value) => {
    if (value === null || value === undefined) return "NULL";
    const text = typeof value === "boolean" ? (value ? "t" : "f") : String(value);
    return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  });
  return `{${elements.join(",")}}`;
}

/**
 * Inserts rows set-based, with the same SQL on PGlite and postgres.js and a constant number of parameters per
 * statement: `insert into t (a, b) select * from unnest($1::text[], $2::integer[])`, one array literal per column,
 * typed by the column's own SQL type (text to enum, numbers to numeric exactly as written). A table with an array
 * column (unnest would flatten it) sends its rows as one JSON array instead, expanded by json_populate_recordset with
 * the table's row type. Keys are drizzle property names; columns no row sets keep their defaults (serial ids).
 * See docs/decisions/014-every-occupation.md for the measurements.
 */
export async function insertSetBased(
  db: Pick<Database, "execute">,
  table: PgTable,
  values: readonly Record<string, unknown>[],
): Promise<void> {
  if (values.length === 0) return;
  const columns = Object.entries(getTableColumns(table)).filter(([key]) =>
    values.some((row) => row[key] !== undefined && row[key] !== null),
  );
  const columnList = sql.join(
    columns.map(([, column]) => sql.identifier(column.name)),
    sql`, `,
  );
  const hasArrayColumn = columns.some(([, column]) => column.getSQLType().endsWith("]"));
  for (let start = 0; start < values.length; start += ROWS_PER_STATEMENT) {
    const chunk = values.slice(start, start + ROWS_PER_STATEMENT);
    if (hasArrayColumn) {
      const records = chunk.map((row) => Object.fromEntries(columns.map(([key, column]) => [column.name, row[key] ?? null])));
      await db.execute(
        sql`insert into ${table} (${columnList}) select ${columnList} from json_populate_recordset(null::${table}, ${JSON.stringify(records)}::json)`,
      );
      continue;
    }
    const arrays = sql.join(
      columns.map(([key, column]) => sql`${arrayLiteral(chunk.map((row) => row[key]))}::${sql.raw(column.getSQLType())}[]`),
      sql`, `,
    );
    await db.execute(sql`insert into ${table} (${columnList}) select * from unnest(${arrays})`);
  }
}

/** Above this many rows, a table's secondary indexes and foreign keys are set aside during its insert. */
const REBUILD_FROM_ROWS = 5_000;

/**
 * Runs `insert` with `table`'s secondary indexes (those no constraint owns: the trigram index on titles, lookup
 * indexes) and its own foreign keys dropped, then creates them again from their definitions in the catalog
 * (pg_indexes, pg_get_constraintdef), inside the load's transaction. Building a GIN trigram index once over 70,000
 * titles is several times faster than updating it row by row, and adding a foreign key checks every row with one
 * join instead of one lookup per row (per-row checks were three quarters of the load on PGlite). The definitions
 * stay in the migrations; re-adding a key still checks every row, and a failed load rolls everything back.
 */
async function withIndexesRebuilt(db: Pick<Database, "execute">, table: PgTable, rows: number, insert: () => Promise<void>): Promise<void> {
  if (rows < REBUILD_FROM_ROWS) return insert();
  const name = tableName(table);
  const indexes = rowsOf<{ name: string; definition: string }>(
    await db.execute(sql`
      select i.indexname as name, i.indexdef as definition from pg_indexes i
      where i.schemaname = current_schema() and i.tablename = ${name}
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname and c.conrelid = ${name}::regclass)
      order by i.indexname`),
  );
  const foreignKeys = rowsOf<{ name: string; definition: string }>(
    await db.execute(sql`
      select conname as name, pg_get_constraintdef(oid) as definition from pg_constraint
      where conrelid = ${name}::regclass and contype = 'f' order by conname`),
  );
  for (const index of indexes) await db.execute(sql`drop index ${sql.identifier(index.name)}`);
  for (const key of foreignKeys) await db.execute(sql`alter table ${table} drop constraint ${sql.identifier(key.name)}`);

  await insert();
  for (const index of indexes) await db.execute(sql.raw(index.definition));
  for (const key of foreignKeys)
    await db.execute(sql`alter table ${table} add constraint ${sql.identifier(key.name)} ${sql.raw(key.definition)}`);
}

/** db.execute() returns an array on postgres.js and { rows } on PGlite. */
function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/**
 * Copies the published figures now in the dataset tables (projections with their occupation's title and kind,
 * occupation_wages with their source's vintage, OEWS pay percentiles, O*NET's interest scores with their high points,
 * their O*NET occupation's title and BLS line and their release)
 * into the archive of data version `dataVersionId`, so pinned links keep showing them after later loads
 * (docs/decisions/008). Four INSERT ... SELECT statements.
 */
export async function archiveFigures(db: Pick<Database, "insert" | "select">, dataVersionId: number): Promise<void> {
  const id = sql<number>`${dataVersionId}::integer`;
  await archivePayPercentiles(db, dataVersionId);
  await archiveInterestScores(db, dataVersionId);
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
        laborForceExits: t.projections.laborForceExits,
        occupationalTransfers: t.projections.occupationalTransfers,
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

/** The OEWS pay percentiles now in the dataset tables, into the archive of data version `dataVersionId`. */
async function archivePayPercentiles(db: Pick<Database, "insert" | "select">, dataVersionId: number): Promise<void> {
  // Positional: the archive's columns are the live table's (payPercentileFigures), after data_version_id.
  const figures = getTableColumns(t.payPercentiles);
  await db
    .insert(t.dataVersionPayPercentiles)
    .select(db.select({ dataVersionId: sql<number>`${dataVersionId}::integer`.as("data_version_id"), ...figures }).from(t.payPercentiles));
}

/**
 * O*NET's interest scores and high points now in the dataset tables (onet_interests), into the archive of data version
 * `dataVersionId`: what a pinned interests list matches and ranks on (ADR 019). Each with its O*NET occupation as this
 * version files it (title, BLS line) and its source's release, so a pinned occupation page keeps the scores it showed
 * after a later O*NET release retires, moves or retitles the code (ADR 019, amended 2026-12-07).
 */
async function archiveInterestScores(db: Pick<Database, "insert" | "select">, dataVersionId: number): Promise<void> {
  // Positional, as for the percentiles: the archive's columns are the live table's (onetInterestFigures), after
  // data_version_id, then the filing and the release.
  const figures = getTableColumns(t.onetInterests);
  await db.insert(t.dataVersionOnetInterests).select(
    db
      .select({
        dataVersionId: sql<number>`${dataVersionId}::integer`.as("data_version_id"),
        ...figures,
        onetTitle: t.onetOccupations.title,
        blsCode: t.onetOccupations.blsCode,
        sourceVintage: t.sources.vintage,
      })
      .from(t.onetInterests)
      .innerJoin(t.onetOccupations, eq(t.onetOccupations.onetCode, t.onetInterests.onetCode))
      .innerJoin(t.sources, eq(t.sources.id, t.onetInterests.sourceId)),
  );
}

/**
 * A database loaded before figures were archived has no archive for its newest version: its dataset tables
 * still hold exactly that version's figures, so archive them now; likewise its pay percentiles, archived since
 * migration 0015, and its O*NET interest scores, archived since migration 0018. Returns whether anything was written.
 */
export async function archiveLatestFiguresIfMissing(db: Database): Promise<boolean> {
  const latest = await latestDataVersion(db);
  if (!latest) return false;
  return db.transaction(async (tx) => {
    const holds = async (table: typeof t.dataVersionProjections | typeof t.dataVersionPayPercentiles | typeof t.dataVersionOnetInterests) =>
      (
        await tx
          .select({ one: sql`1` })
          .from(table)
          .where(eq(table.dataVersionId, latest.id))
          .limit(1)
      ).length > 0;
    if (!(await holds(t.dataVersionProjections))) {
      await archiveFigures(tx, latest.id);
      return true;
    }
    let wrote = false;
    if (!(await holds(t.dataVersionPayPercentiles))) {
      await archivePayPercentiles(tx, latest.id);
      wrote = true;
    }
    if (!(await holds(t.dataVersionOnetInterests))) {
      await archiveInterestScores(tx, latest.id);
      wrote = true;
    }
    return wrote;
  });
}

type Rows = [PgTable, Record<string, unknown>[]][];

/** Each row with its place among its occupation's rows, from 1, in the order the file lists them. */
function withListPositions<T extends { onet_code: string }>(rows: readonly T[]): { row: T; position: number }[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const position = (seen.get(row.onet_code) ?? 0) + 1;
    seen.set(row.onet_code, position);
    return { row, position };
  });
}

/** Maps the dataset onto table rows, in insert order. Pure: no database access. */
export function toRows(dataset: Dataset): Rows {
  const roles = dataset.roles.map((d) => d.role);
  const technologiesByName = new Map<string, (typeof dataset.onetTechnology)[number]["value"][]>();
  for (const { value } of dataset.onetTechnology) {
    const list = technologiesByName.get(value.example) ?? [];
    list.push(value);
    technologiesByName.set(value.example, list);
  }

  // In Demand flags are kept for the O*NET occupations filed under the SOC lines curated roles map to: the skills
  // pages speak of tech work. Hot Technology is database-wide in O*NET: one flag per technology name.
  const roleSocs = new Set(roles.flatMap((role) => role.occupations.map((o) => o.soc_code)));
  const skillFlags: (typeof t.skillFlags.$inferInsert)[] = [];
  for (const { value: skill } of dataset.skills) {
    for (const example of skill.onet_examples) {
      const technologies = technologiesByName.get(example) ?? [];
      const hot = technologies.find((tech) => tech.hot_technology === "Y");
      if (hot) skillFlags.push({ skillSlug: skill.slug, flag: "onet_hot_technology", evidence: example, sourceId: hot.source });
      const inDemand = technologies.filter((x) => x.in_demand === "Y" && roleSocs.has(x.onet_code.slice(0, 7)));
      for (const onetCode of [...new Set(inDemand.map((tech) => tech.onet_code))]) {
        const tech = inDemand.find((x) => x.onet_code === onetCode)!;
        skillFlags.push({ skillSlug: skill.slug, flag: "onet_in_demand", onetCode, evidence: example, sourceId: tech.source });
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

  const baseYear = (vintage: string) => Number(vintage.slice(0, 4));
  const blsCodeOf = new Map(dataset.onetOccupations.map(({ value: o }) => [o.onet_code, o.bls_code]));
  const rows: Rows = [
    [
      t.sources,
      dataset.sources.map(({ value: s }) => ({
        id: s.id,
        kind: s.kind,
        publisher: s.publisher,
        author: s.author,
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
      t.projectionPeriods,
      dataset.periods.map(({ value: p }) => ({ vintage: p.vintage, baseYear: p.base_year, targetYear: p.target_year, sourceId: p.source })),
    ],
    [
      t.growthBands,
      dataset.growthBands.map(({ value: b }) => ({
        vintage: b.vintage,
        rank: b.rank,
        label: b.label,
        minPercent: b.min_percent,
        maxPercent: b.max_percent,
        isDerived: b.derived,
        sourceId: b.source,
      })),
    ],
    [
      t.occupations,
      dataset.occupations.map(({ value: o }) => ({ socCode: o.soc_code, kind: o.kind, title: o.title, sourceId: o.source, note: o.note })),
    ],
    [
      t.onetOccupations,
      dataset.onetOccupations.map(({ value: o }) => ({
        onetCode: o.onet_code,
        socCode: o.onet_code.slice(0, 7),
        blsCode: o.bls_code,
        title: o.title,
        description: o.description,
        jobZone: o.job_zone,
        sourceId: o.source,
      })),
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
        laborForceExits: p.labor_force_exits,
        occupationalTransfers: p.occupational_transfers,
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
      t.occupationFactors,
      dataset.factors.map(({ value: f }) => ({
        socCode: f.soc_code,
        vintage: f.vintage,
        industryCode: f.industry_code,
        industryTitle: f.industry_title,
        factor: f.factor,
        sourceId: f.source,
      })),
    ],
    [
      t.payPercentiles,
      dataset.payPercentiles.map(({ value: p }) => ({
        socCode: p.soc_code,
        wageYear: p.wage_year,
        employment: p.employment,
        annualP10: p.annual_p10,
        annualP25: p.annual_p25,
        annualMedian: p.annual_median,
        annualP75: p.annual_p75,
        annualP90: p.annual_p90,
        hourlyP10: p.hourly_p10,
        hourlyP25: p.hourly_p25,
        hourlyMedian: p.hourly_median,
        hourlyP75: p.hourly_p75,
        hourlyP90: p.hourly_p90,
        topCoded: p.top_coded,
        topCodeAnnual: p.top_code_annual,
        topCodeHourly: p.top_code_hourly,
        annualOnly: p.annual_only,
        hourlyOnly: p.hourly_only,
        sourceId: p.source,
      })),
    ],
    [
      t.occupationTitles,
      dataset.titles.map(({ value: title }) => ({
        onetCode: title.onet_code,
        // An O*NET title is shown with the figures of its occupation's BLS line.
        socCode: title.onet_code === undefined ? title.soc_code : blsCodeOf.get(title.onet_code),
        title: title.title,
        titleNormalized: normalizeTitle(title.title),
        shortTitle: title.short_title,
        onetSources: title.onet_sources,
        origin: title.origin,
        sourceId: title.source,
      })),
    ],
    [
      t.onetTasks,
      withListPositions(dataset.onetTasks.map(({ value }) => value)).map(({ row: task, position }) => ({
        onetCode: task.onet_code,
        taskId: task.task_id,
        task: task.task,
        taskType: task.task_type,
        position,
        sourceId: task.source,
      })),
    ],
    [
      t.onetEmergingTasks,
      dataset.onetEmergingTasks.map(({ value: task }) => ({
        onetCode: task.onet_code,
        task: task.task,
        category: task.category,
        originalTask: task.original_task,
        collected: task.collected,
        sourceId: task.source,
      })),
    ],
    [
      t.onetTechnologySkills,
      dataset.onetTechnology.map(({ value: tech }) => ({
        onetCode: tech.onet_code,
        example: tech.example,
        commodityCode: Number(tech.commodity_code),
        commodityTitle: tech.commodity_title,
        hotTechnology: tech.hot_technology === "Y",
        inDemand: tech.in_demand === "Y",
        sourceId: tech.source,
      })),
    ],
    [
      t.onetRelatedOccupations,
      dataset.onetRelated.map(({ value: r }) => ({
        onetCode: r.onet_code,
        relatedOnetCode: r.related_onet_code,
        tier: r.tier,
        rank: r.rank,
        sourceId: r.source,
      })),
    ],
    [
      t.onetInterests,
      dataset.onetInterests.map(({ value: i }) => ({
        onetCode: i.onet_code,
        interest: i.interest,
        score: i.score,
        highPoint: i.high_point ?? null,
        sourceId: i.source,
      })),
    ],
    [
      t.onetInterestAreas,
      dataset.onetInterestAreas.map(({ value: a }) => ({
        elementId: a.element_id,
        name: a.name,
        riasecArea: a.riasec_area,
        description: a.description,
        sourceId: a.source,
      })),
    ],
    [
      t.onetInterestExamples,
      dataset.onetInterestExamples.map(({ value: e }) => ({
        elementId: e.element_id,
        kind: e.kind,
        example: e.example,
        onetCode: e.onet_code ?? null,
        sourceId: e.source,
      })),
    ],
    [
      t.onetEducationLevels,
      dataset.onetEducation.map(({ value: e }) => ({
        onetCode: e.onet_code,
        category: e.category,
        label: e.label,
        percent: e.percent,
        recommendSuppress: e.recommend_suppress,
        sourceId: e.source,
      })),
    ],
    [
      t.aiApplicabilityScores,
      dataset.aiApplicability.map(({ value: a }) => ({ socCode: a.soc_code, title: a.title, score: a.score, sourceId: a.source })),
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
