/**
 * The JSON API's queries (docs/decisions/020): each selects exactly what its answer documents, reads projections and
 * wages through `projectionLines` (the live tables, or the archive of a pinned data version, as the pages do), and
 * costs a constant number of queries whatever the number of rows.
 */
import { and, asc, count, desc, eq, ilike, inArray, sql } from "drizzle-orm";
import { occupations, projectionPeriods, roleOccupations, roles, roleSkills, skillFlags, skills } from "~db/schema";
import { database } from "~/lib/db.server";
import { payPercentileLines, projectionLines, publishedFigureColumns } from "~/features/data-pin/queries.server";
import { API_PAGE_SIZE } from "~/features/open-data/api-schemas.server";
import type { MedianSurvey } from "~/features/pay/pay";

/** A projection line's columns, to select from `projectionLines` (drizzle makes a left-joined line null as a whole). */
function lineColumns(lines: ReturnType<typeof projectionLines>) {
  return {
    socCode: lines.socCode,
    occupationTitle: lines.occupationTitle,
    ...publishedFigureColumns(lines),
    entryEducation: lines.entryEducation,
    isDerived: lines.isDerived,
  };
}

/** Each role with its primary occupation and that occupation's line in one period, by title. One query. */
export async function listApiRoles({ vintage, dataVersionId }: { vintage: string; dataVersionId?: number }) {
  const db = await database();
  const lines = projectionLines(db, dataVersionId);
  return db
    .select({
      slug: roles.slug,
      title: roles.title,
      summary: roles.summary,
      careerCluster: roles.careerCluster,
      level: roles.level,
      primarySocCode: roleOccupations.socCode,
      primaryTitle: occupations.title,
      mappingSourceId: roleOccupations.sourceId,
      line: lineColumns(lines),
    })
    .from(roles)
    .innerJoin(roleOccupations, and(eq(roleOccupations.roleSlug, roles.slug), eq(roleOccupations.isPrimary, true)))
    .innerJoin(occupations, eq(occupations.socCode, roleOccupations.socCode))
    .leftJoin(lines, and(eq(lines.socCode, roleOccupations.socCode), eq(lines.vintage, vintage)))
    .orderBy(asc(roles.title));
}

/**
 * One role, its occupations (primary first) with their lines in one period and their OEWS percentiles (every survey,
 * newest first, live or as archived with the pinned data version: what getApiOccupation reads for each), and its
 * skills. Four queries, together.
 */
export async function getApiRole({ slug, vintage, dataVersionId }: { slug: string; vintage: string; dataVersionId?: number }) {
  const db = await database();
  const lines = projectionLines(db, dataVersionId);
  const pay = payPercentileLines(db, dataVersionId);
  const [[role], mapped, roleSkillRows, surveys] = await Promise.all([
    db
      .select({
        slug: roles.slug,
        title: roles.title,
        summary: roles.summary,
        whatTheyDo: roles.whatTheyDo,
        careerCluster: roles.careerCluster,
        level: roles.level,
        entryEducation: roles.entryEducation,
        workExperience: roles.workExperience,
        entrySourceId: roles.entrySourceId,
      })
      .from(roles)
      .where(eq(roles.slug, slug)),
    db
      .select({
        socCode: roleOccupations.socCode,
        title: occupations.title,
        onetCode: roleOccupations.onetCode,
        primary: roleOccupations.isPrimary,
        mappingSourceId: roleOccupations.sourceId,
        line: lineColumns(lines),
      })
      .from(roleOccupations)
      .innerJoin(occupations, eq(occupations.socCode, roleOccupations.socCode))
      .leftJoin(lines, and(eq(lines.socCode, roleOccupations.socCode), eq(lines.vintage, vintage)))
      .where(eq(roleOccupations.roleSlug, slug))
      .orderBy(desc(roleOccupations.isPrimary), asc(roleOccupations.socCode)),
    db
      .select({
        slug: skills.slug,
        name: skills.name,
        kind: skills.kind,
        importance: roleSkills.importance,
        level: roleSkills.level,
        sourceId: roleSkills.sourceId,
      })
      .from(roleSkills)
      .innerJoin(skills, eq(skills.slug, roleSkills.skillSlug))
      .where(eq(roleSkills.roleSlug, slug))
      .orderBy(asc(roleSkills.importance), asc(skills.name)),
    db
      .select()
      .from(pay)
      .where(
        inArray(
          pay.socCode,
          db.select({ socCode: roleOccupations.socCode }).from(roleOccupations).where(eq(roleOccupations.roleSlug, slug)),
        ),
      )
      .orderBy(asc(pay.socCode), desc(pay.wageYear)),
  ]);
  if (!role) return null;
  return {
    role,
    occupations: mapped.map((o) => ({ ...o, pay: surveys.filter((survey) => survey.socCode === o.socCode) })),
    skills: roleSkillRows,
  };
}

/**
 * One page of the BLS lines with a projection in the period (all occupations, summary groups and detailed lines), by
 * SOC code, optionally those whose title contains `q`; with the number of matches. Two queries, together.
 */
export async function listApiOccupations({
  vintage,
  q,
  page,
  dataVersionId,
}: {
  vintage: string;
  q?: string;
  page: number;
  dataVersionId?: number;
}) {
  const db = await database();
  const lines = projectionLines(db, dataVersionId);
  const where = and(eq(lines.vintage, vintage), q ? ilike(lines.occupationTitle, `%${escapeLike(q)}%`) : undefined);
  const [rows, [counted]] = await Promise.all([
    db
      .select(lineColumns(lines))
      .from(lines)
      .where(where)
      .orderBy(asc(lines.socCode))
      .limit(API_PAGE_SIZE)
      .offset((page - 1) * API_PAGE_SIZE),
    db.select({ total: count() }).from(lines).where(where),
  ]);
  return { rows, total: counted?.total ?? 0 };
}

/**
 * One BLS line: its title (live, or as archived with the pinned data version), its projections in every loaded period (newest first), its OEWS percentiles (live, or as
 * archived with the pinned data version, like the projections), and the roles filed under it. Four queries, together.
 */
export async function getApiOccupation({ socCode, dataVersionId }: { socCode: string; dataVersionId?: number }) {
  const db = await database();
  const lines = projectionLines(db, dataVersionId);
  const pay = payPercentileLines(db, dataVersionId);
  const [[occupation], projections, surveys, filed] = await Promise.all([
    // The line's name and kind: live, or as the pinned version archived them (every occupation comes with a line; the newest period's name), since
    // a later load may have dropped or renamed it in the live table (as listApiProjections knows its codes).
    dataVersionId === undefined
      ? db
          .select({ socCode: occupations.socCode, title: occupations.title, kind: occupations.kind })
          .from(occupations)
          .where(eq(occupations.socCode, socCode))
      : db
          .select({ socCode: lines.socCode, title: lines.occupationTitle, kind: lines.occupationKind })
          .from(lines)
          .where(eq(lines.socCode, socCode))
          .orderBy(desc(lines.baseYear))
          .limit(1),
    db
      .select(lineColumns(lines))
      .from(lines)
      .innerJoin(projectionPeriods, eq(projectionPeriods.vintage, lines.vintage))
      .where(eq(lines.socCode, socCode))
      .orderBy(desc(projectionPeriods.baseYear)),
    db.select().from(pay).where(eq(pay.socCode, socCode)).orderBy(desc(pay.wageYear)),
    db
      .select({ slug: roles.slug, title: roles.title, primary: roleOccupations.isPrimary, mappingSourceId: roleOccupations.sourceId })
      .from(roleOccupations)
      .innerJoin(roles, eq(roles.slug, roleOccupations.roleSlug))
      .where(eq(roleOccupations.socCode, socCode))
      .orderBy(asc(roles.title)),
  ]);
  return occupation ? { occupation, projections, pay: surveys, roles: filed } : null;
}

/** The lines of the given codes in one period, or in every loaded period (newest first), by code. One query. */
export async function listApiProjections({
  socCodes,
  vintage,
  dataVersionId,
}: {
  socCodes: readonly string[];
  vintage?: string;
  dataVersionId?: number;
}) {
  const db = await database();
  const lines = projectionLines(db, dataVersionId);
  const [rows, known] = await Promise.all([
    db
      .select(lineColumns(lines))
      .from(lines)
      .innerJoin(projectionPeriods, eq(projectionPeriods.vintage, lines.vintage))
      .where(and(inArray(lines.socCode, [...socCodes]), vintage ? eq(lines.vintage, vintage) : undefined))
      .orderBy(asc(lines.socCode), desc(projectionPeriods.baseYear)),
    // Which of the codes are BLS occupations at all: one without a line in the period is known, just not projected. A
    // pinned version's are those its archive has lines of (every occupation comes with a line, occupations.csv), since a
    // later load may have dropped one from the live table.
    dataVersionId === undefined
      ? db
          .select({ socCode: occupations.socCode })
          .from(occupations)
          .where(inArray(occupations.socCode, [...socCodes]))
      : db
          .selectDistinct({ socCode: lines.socCode })
          .from(lines)
          .where(inArray(lines.socCode, [...socCodes])),
  ]);
  return { rows, knownCodes: new Set(known.map((o) => o.socCode)) };
}

/**
 * The OEWS surveys of the base years of the lines BLS prints no median with, for each line's `medianPay` (lineMedianPay:
 * a top code, or an hourly median where OEWS publishes hourly pay only): live, or as archived with the pinned version.
 * One query; none when every line has its median.
 */
export async function listApiMedianSurveys({
  lines,
  dataVersionId,
}: {
  lines: readonly (ProjectionRow | null)[];
  dataVersionId?: number;
}): Promise<(MedianSurvey & { socCode: string })[]> {
  const wanting = lines.flatMap((line) => (line && line.medianAnnualWage === null ? [line] : []));
  if (wanting.length === 0) return [];
  const db = await database();
  const pay = payPercentileLines(db, dataVersionId);
  const rows = await db
    .select()
    .from(pay)
    .where(
      and(
        inArray(pay.socCode, [...new Set(wanting.map((l) => l.socCode))]),
        inArray(pay.wageYear, [...new Set(wanting.map((l) => l.baseYear))]),
      ),
    );
  return rows.map((r) => ({
    socCode: r.socCode,
    wageYear: r.wageYear,
    sourceId: r.sourceId,
    annual: { median: r.annualMedian },
    hourly: { median: r.hourlyMedian },
    topCoded: r.topCoded,
    topCodeAnnual: r.topCodeAnnual,
  }));
}

/** Every skill with the number of roles that list it, by name. One query. */
export async function listApiSkills() {
  const db = await database();
  return db
    .select({
      slug: skills.slug,
      name: skills.name,
      kind: skills.kind,
      description: skills.description,
      roleCount: sql<number>`(select count(*) from ${roleSkills} where ${roleSkills.skillSlug} = ${skills.slug})`.mapWith(Number),
    })
    .from(skills)
    .orderBy(asc(skills.name));
}

/** One skill, its O*NET marks and the roles that list it. Three queries, together. */
export async function getApiSkill({ slug }: { slug: string }) {
  const db = await database();
  const [[skill], flags, listing] = await Promise.all([
    db
      .select({
        slug: skills.slug,
        name: skills.name,
        kind: skills.kind,
        description: skills.description,
        onetExamples: skills.onetExamples,
      })
      .from(skills)
      .where(eq(skills.slug, slug)),
    db
      .select({
        flag: skillFlags.flag,
        onetCode: skillFlags.onetCode,
        roleSlug: skillFlags.roleSlug,
        evidence: skillFlags.evidence,
        sourceId: skillFlags.sourceId,
      })
      .from(skillFlags)
      .where(eq(skillFlags.skillSlug, slug))
      .orderBy(asc(skillFlags.flag), asc(skillFlags.onetCode), asc(skillFlags.roleSlug), asc(skillFlags.id)),
    db
      .select({
        slug: roles.slug,
        title: roles.title,
        importance: roleSkills.importance,
        level: roleSkills.level,
        sourceId: roleSkills.sourceId,
      })
      .from(roleSkills)
      .innerJoin(roles, eq(roles.slug, roleSkills.roleSlug))
      .where(eq(roleSkills.skillSlug, slug))
      .orderBy(asc(roles.title)),
  ]);
  return skill ? { skill, flags, roles: listing } : null;
}

/** `q` as a literal inside an ILIKE pattern. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** One OEWS survey of one occupation as the API's queries read it (payPercentileLines: live or archived). */
export type PaySurveyRow = NonNullable<Awaited<ReturnType<typeof getApiOccupation>>>["pay"][number];

/** A projection line as the API's queries read it. */
export type ProjectionRow = Awaited<ReturnType<typeof listApiProjections>>["rows"][number];
