/**
 * The JSON API's answers (docs/decisions/020): one function per address, turning the API's query rows into the
 * documented shapes. Every figure becomes a Figure (value, unit, data year, source) exactly as stored: nothing is
 * rounded or computed.
 */
import { readProjectionPeriod } from "~/features/periods/params.server";
import { occupationCodeParam } from "~/features/occupations/params.server";
import { slugParam } from "~/lib/params.server";
import { listTitles } from "~/lib/list-titles";
import { lineMedianPay, PAY_POINT_LABELS, PAY_POINTS, type MedianSurvey } from "~/features/pay/pay";
import {
  getApiOccupation,
  getApiRole,
  getApiSkill,
  listApiOccupations,
  listApiProjections,
  listApiRoles,
  listApiMedianSurveys,
  listApiSkills,
  type PaySurveyRow,
  type ProjectionRow,
} from "~/features/open-data/api-queries.server";
import {
  API_PAGE_SIZE,
  type apiQueries,
  type ApiFigure,
  type ApiPaySurvey,
  type ApiProjection,
} from "~/features/open-data/api-schemas.server";
import { wholeOccupationNote } from "~/features/roles/occupation-scope";
import { notFound, queriedPage, refusePastLastPage, type ApiContext, type ApiPayload } from "~/features/open-data/api.server";
import type { z } from "zod";

type Query<Name extends keyof typeof apiQueries> = ApiContext<z.infer<(typeof apiQueries)[Name]>>;

export async function rolesAnswer({ query, dataVersionId }: Query<"roles">): Promise<ApiPayload<"roles">> {
  const { period } = await readProjectionPeriod(query.vintage);
  const rows = await listApiRoles({ vintage: period.vintage, dataVersionId });
  const surveys = await listApiMedianSurveys({ lines: rows.map((r) => r.line), dataVersionId });
  return {
    period: period.vintage,
    data: rows.map((r) => ({
      slug: r.slug,
      title: r.title,
      summary: r.summary,
      careerCluster: r.careerCluster,
      level: r.level,
      href: `/roles/${r.slug}`,
      occupation: {
        socCode: r.primarySocCode,
        title: r.primaryTitle,
        mappingSource: r.mappingSourceId,
        figuresDescribe: wholeOccupationNote(r.title, r.primaryTitle),
      },
      projection: projectionOrNull(r.line, surveys),
    })),
  };
}

export async function roleAnswer(asked: string | undefined, { query, dataVersionId }: Query<"role">): Promise<ApiPayload<"role">> {
  const slug = slugParam(asked, { noun: "role", path: "/api/v1/roles/" });
  const { period } = await readProjectionPeriod(query.vintage);
  const found = await getApiRole({ slug, vintage: period.vintage, dataVersionId });
  if (!found) throw notFound(`There is no role “${slug}”. /api/v1/roles lists every role.`);
  const { role } = found;
  const surveys = await listApiMedianSurveys({ lines: found.occupations.map((o) => o.line), dataVersionId });
  const entry = (value: string) => ({ value, dataYear: period.vintage, source: role.entrySourceId });
  return {
    period: period.vintage,
    data: {
      slug: role.slug,
      title: role.title,
      summary: role.summary,
      whatTheyDo: role.whatTheyDo,
      careerCluster: role.careerCluster,
      level: role.level,
      href: `/roles/${role.slug}`,
      entryEducation: entry(role.entryEducation),
      workExperience: entry(role.workExperience),
      occupations: found.occupations.map((o) => ({
        socCode: o.socCode,
        title: o.title,
        onetCode: o.onetCode,
        primary: o.primary,
        mappingSource: o.mappingSourceId,
        figuresDescribe: wholeOccupationNote(role.title, o.title),
        projection: projectionOrNull(o.line, surveys),
        payPercentiles: o.pay.map(paySurveyOf),
      })),
      skills: found.skills.map(({ sourceId, ...skill }) => ({ ...skill, source: sourceId })),
    },
  };
}

export async function occupationsAnswer({ query, dataVersionId }: Query<"occupations">): Promise<ApiPayload<"occupations">> {
  const { period } = await readProjectionPeriod(query.vintage);
  const page = query.page?.number ?? 1;
  const { rows, total } = await listApiOccupations({ vintage: period.vintage, q: query.q, page: queriedPage(page), dataVersionId });
  refusePastLastPage({ page, digits: query.page?.digits, total, items: "occupations" });
  const surveys = await listApiMedianSurveys({ lines: rows, dataVersionId });
  return { period: period.vintage, page, pageSize: API_PAGE_SIZE, total, data: rows.map((line) => projectionOf(line, surveys)) };
}

export async function occupationAnswer(
  code: string | undefined,
  { dataVersionId }: Query<"occupation">,
): Promise<ApiPayload<"occupation">> {
  const socCode = occupationCodeParam(code);
  const found = await getApiOccupation({ socCode, dataVersionId });
  if (!found) throw notFound(`There is no BLS occupation ${socCode}. /api/v1/occupations lists them.`);
  const surveys = await listApiMedianSurveys({ lines: found.projections, dataVersionId });
  return {
    data: {
      socCode: found.occupation.socCode,
      title: found.occupation.title,
      kind: found.occupation.kind,
      href: `/occupations/${found.occupation.socCode}`,
      projections: found.projections.map((line) => projectionOf(line, surveys)),
      payPercentiles: found.pay.map(paySurveyOf),
      roles: found.roles.map(({ mappingSourceId, ...role }) => ({ ...role, mappingSource: mappingSourceId })),
    },
  };
}

export async function projectionsAnswer({ query, dataVersionId }: Query<"projections">): Promise<ApiPayload<"projections">> {
  // A named period must be loaded (400 naming the loaded ones); without one, every loaded period.
  if (query.vintage !== undefined) await readProjectionPeriod(query.vintage);
  const { rows, knownCodes } = await listApiProjections({ socCodes: query.soc, vintage: query.vintage, dataVersionId });
  // A code that is no BLS occupation is a 404 naming it, even beside known ones: a typo is told, not silently dropped.
  const unknown = [...new Set(query.soc)].filter((code) => !knownCodes.has(code));
  if (unknown.length === 1) throw notFound(`There is no BLS occupation ${unknown[0]}. /api/v1/occupations lists them.`);
  if (unknown.length > 1) throw notFound(`There are no BLS occupations ${listTitles(unknown)}. /api/v1/occupations lists them.`);
  const surveys = await listApiMedianSurveys({ lines: rows, dataVersionId });
  return { data: rows.map((line) => projectionOf(line, surveys)) };
}

export async function skillsAnswer(): Promise<ApiPayload<"skills">> {
  const rows = await listApiSkills();
  return { data: rows.map((s) => ({ ...s, href: `/skills/${s.slug}` })) };
}

export async function skillAnswer(asked: string | undefined): Promise<ApiPayload<"skill">> {
  const slug = slugParam(asked, { noun: "skill", path: "/api/v1/skills/" });
  const found = await getApiSkill({ slug });
  if (!found) throw notFound(`There is no skill “${slug}”. /api/v1/skills lists every skill.`);
  return {
    data: {
      ...found.skill,
      href: `/skills/${found.skill.slug}`,
      flags: found.flags.map(({ sourceId, ...flag }) => ({ ...flag, source: sourceId })),
      roles: found.roles.map(({ sourceId, ...role }) => ({ ...role, source: sourceId })),
    },
  };
}

/**
 * One OEWS survey as the API documents it (PaySurvey), the same for an occupation and for a role's occupations: each
 * percentile annual and hourly as published, each with its May year and source; a top-coded one is the top code,
 * marked `atOrAboveTopCode` (the pages' "$239,200 or more"). Nothing is rounded, converted or filled in.
 */
export function paySurveyOf(survey: PaySurveyRow): ApiPaySurvey {
  const dataYear = `May ${survey.wageYear}`;
  const figure = (value: number | null, unit: ApiFigure["unit"]) =>
    value === null ? null : { value, unit, dataYear, source: survey.sourceId };
  const columns = {
    p10: [survey.annualP10, survey.hourlyP10],
    p25: [survey.annualP25, survey.hourlyP25],
    median: [survey.annualMedian, survey.hourlyMedian],
    p75: [survey.annualP75, survey.hourlyP75],
    p90: [survey.annualP90, survey.hourlyP90],
  } as const;
  return {
    wageYear: survey.wageYear,
    percentiles: PAY_POINTS.map((point) => {
      const percentile = PAY_POINT_LABELS[point].percentile;
      const topCoded = survey.topCoded.includes(percentile);
      const [annual, hourly] = columns[point];
      return {
        percentile,
        annual: figure(topCoded ? survey.topCodeAnnual : annual, "USD a year"),
        hourly: figure(topCoded ? survey.topCodeHourly : hourly, "USD an hour"),
        atOrAboveTopCode: topCoded,
      };
    }),
  };
}

/**
 * A projection line as the API documents it: each figure with its unit, data year and source; `medianPay` as the pages
 * show the median (lineMedianPay), from `surveys` (listApiMedianSurveys) where BLS prints none.
 */
export function projectionOf(line: ProjectionRow, surveys: readonly (MedianSurvey & { socCode: string })[] = []): ApiProjection {
  const source = line.sourceId;
  const median = lineMedianPay(
    line,
    surveys.find((s) => s.socCode === line.socCode && s.wageYear === line.baseYear),
  );
  const figure = (value: number | null, unit: ApiFigure["unit"], dataYear: string): ApiFigure | null =>
    value === null ? null : { value, unit, dataYear, source };
  return {
    socCode: line.socCode,
    occupation: line.occupationTitle,
    period: line.vintage,
    baseYear: line.baseYear,
    targetYear: line.targetYear,
    employmentBase: figure(line.employmentBase, "jobs", String(line.baseYear))!,
    employmentProjected: figure(line.employmentProjected, "jobs", String(line.targetYear))!,
    changeNumeric: figure(line.changeNumeric, "jobs", line.vintage),
    changePercent: figure(line.changePercent, "percent", line.vintage)!,
    annualOpenings: figure(line.annualOpenings, "jobs", line.vintage),
    medianAnnualWage: line.wageYear === null ? null : figure(line.medianAnnualWage, "USD a year", `May ${line.wageYear}`),
    medianPay: median && {
      value: median.value,
      unit: median.per === "hour" ? "USD an hour" : "USD a year",
      atLeast: median.atLeast,
      dataYear: `May ${median.wageYear}`,
      source: median.sourceId,
    },
    entryEducation: line.entryEducation === null ? null : { value: line.entryEducation, dataYear: line.vintage, source },
    derived: line.isDerived,
  };
}

/** A left-joined line: null when the occupation has no projection in the period. */
function projectionOrNull(line: ProjectionRow | null, surveys: readonly (MedianSurvey & { socCode: string })[]): ApiProjection | null {
  return line ? projectionOf(line, surveys) : null;
}
