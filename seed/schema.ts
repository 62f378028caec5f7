/**
 * The curated dataset's format: one zod schema per seed file (row by row).
 * Cross-file rules (known slugs, unique aliases...) live in `validate.ts`.
 *
 * Files under seed/data/:
 *   sources.yaml        every publisher table, article and editorial voice a figure can cite
 *   occupations.yaml    SOC 2018 occupations (and BLS summary / OOH group lines) with their O*NET-SOC codes
 *   projections.csv     BLS employment projections, one row per occupation and vintage
 *   wages.csv           other published median-wage observations (where sources disagree)
 *   skills.yaml         skills with kind, description and the O*NET technology names they stand for
 *   onet-technology.csv O*NET Technology Skills rows (hot / in demand) for the mapped occupations
 *   industries.yaml     industries that hire tech roles
 *   roles/<slug>.yaml   one file per role: facts, mappings, aliases, skills, industries, questions
 *   progression.yaml    progression edges between roles
 *   ai-impact.yaml      AI-impact notes (official / research / editorial layers)
 *   ai-exposure.csv     "GPTs are GPTs" exposure scores per O*NET-SOC occupation
 *   glossary.yaml       glossary terms for students
 */
import { z } from "zod";
import {
  AI_IMPACT_ASPECTS,
  AI_IMPACT_LAYERS,
  ALIAS_ORIGINS,
  CAREER_CLUSTERS,
  ENTRY_EDUCATION,
  EXPOSURE_MEASURES,
  EXPOSURE_RATERS,
  LADDER_AXES,
  OCCUPATION_KINDS,
  PROGRESSION_TRACKS,
  PROJECTION_VINTAGES,
  ROLE_LEVELS,
  ROLE_STATEMENT_KINDS,
  SKILL_IMPORTANCE,
  SKILL_KINDS,
  SLUG_PATTERN,
  SOURCE_KINDS,
} from "../db/schema/enums";

export { ENTRY_EDUCATION };

const slug = z.string().regex(SLUG_PATTERN, "must be a lowercase slug like 'back-end-developer'");
const sourceId = slug.describe("id of a source in sources.yaml");
const text = z.string().trim().min(1, "must not be empty");
const isoDate = z.iso.date("must be a date written YYYY-MM-DD");
/** SOC 2018 detailed code, a summary line, an OOH group (codes joined by '+'), or 00-0000. */
export const socCode = z.string().regex(/^\d{2}-\d{4}(?:\+\d{2}-\d{4})*$/, "must be a SOC code like 15-1252 (groups join codes with '+')");
export const onetCode = z.string().regex(/^\d{2}-\d{4}\.\d{2}$/, "must be an O*NET-SOC code like 15-1252.00");

/** BLS "work experience in a related occupation" categories. */
export const WORK_EXPERIENCE = ["None", "Less than 5 years", "5 years or more"] as const;

export const sourceRow = z
  .object({
    id: sourceId,
    kind: z.enum(SOURCE_KINDS),
    publisher: text,
    title: text.describe("dataset, table, page or article title"),
    vintage: text.optional().describe("release or vintage label, e.g. '2024-34' or '29.3 (May 2025)'"),
    published_on: isoDate.optional(),
    url: z.url().optional(),
    accessed_via: text.optional().describe("the stored copy actually read, when not the publisher's own site"),
    license: text,
    attribution: text,
    note: text.optional(),
  })
  .strict()
  .refine((s) => s.url !== undefined || s.kind === "article" || s.kind === "editorial", {
    message: "official, database and research sources need a url",
    path: ["url"],
  });

export const occupationRow = z
  .object({
    soc_code: socCode,
    kind: z.enum(OCCUPATION_KINDS),
    title: text.describe("title as the source writes it"),
    source: sourceId,
    onet: z.array(z.object({ code: onetCode, title: text, job_zone: z.number().int().min(1).max(5).optional() }).strict()).default([]),
    note: text.optional(),
  })
  .strict()
  .refine((o) => (o.kind === "group") === o.soc_code.includes("+"), {
    message: "group occupations (and only they) join SOC codes with '+'",
    path: ["soc_code"],
  })
  .refine((o) => (o.kind === "total") === (o.soc_code === "00-0000"), {
    message: "00-0000 is the all-occupations total and must have kind 'total'",
    path: ["kind"],
  });

/** PostgreSQL `integer`, the type of every whole-number column the seed writes (db/schema). */
export const PG_INTEGER_MIN = -2_147_483_648;
export const PG_INTEGER_MAX = 2_147_483_647;
/** A whole number that fits an `integer` column, so `check` rejects what `load` would. */
const pgInteger = (message = "must be a whole number") =>
  z
    .number()
    .int(message)
    .min(PG_INTEGER_MIN, "is too small for the database (at least -2,147,483,648)")
    .max(PG_INTEGER_MAX, "is too large for the database (at most 2,147,483,647)");

/**
 * A number as publishers write it: optional minus, digits without leading zeros, optional decimal part.
 * No thousands separators (the dataset has none), no hex, octal, exponent, sign '+', spaces or Infinity.
 * The YAML reader applies the same rule to every number it reads (load.ts).
 */
export const PLAIN_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;
const PLAIN_INTEGER = /^-?(?:0|[1-9]\d*)$/;

/**
 * A CSV cell holding a number: the text must be written plainly (`pattern`), then `inner` checks the value.
 * An empty cell is "missing": an error here; `optionalCell` makes it "not published" (null), never 0.
 */
const numberCell = (pattern: RegExp, format: string, inner: z.ZodType<number, number>) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? "is required (the column is missing)" : "must be a cell of text") })
    .min(1, { error: "is required, but the cell is empty", abort: true })
    .regex(pattern, { error: (issue) => `must be ${format}, not '${String(issue.input)}'` })
    .transform(Number)
    .pipe(inner);
const integerCell = (inner: z.ZodType<number, number>) => numberCell(PLAIN_INTEGER, "a whole number in plain digits, like 1693800", inner);
const decimalCell = (inner: z.ZodType<number, number>) => numberCell(PLAIN_NUMBER, "a number in plain digits, like 15.8 or 0.46", inner);

/** CSV cells arrive as strings; empty means "not published". */
const optionalCell = <T extends z.ZodType>(inner: T) =>
  z.preprocess((v) => (v === "" || v === undefined ? undefined : v), inner.optional());
const count = integerCell(pgInteger().min(0, "must not be negative"));
/** numeric(6,1) in the database: a second decimal would be rounded away, so it is refused here. */
const percent = numberCell(
  /^-?(?:0|[1-9]\d*)(?:\.\d)?$/,
  "a percentage in plain digits with at most one decimal, like 15.8",
  z
    .number()
    .min(-100, "a percentage change cannot be below -100")
    .max(1000, "a percentage change above 1000 is not plausible for a 10-year projection"),
);
const dollars = integerCell(pgInteger("must be whole dollars").positive("must be positive"));
const year = integerCell(pgInteger().min(1990).max(2100));

export const projectionRow = z
  .object({
    soc_code: socCode,
    vintage: z.enum(PROJECTION_VINTAGES),
    employment_base: count,
    employment_projected: count,
    change_numeric: optionalCell(integerCell(pgInteger())),
    change_percent: percent,
    annual_openings: optionalCell(count),
    median_annual_wage: optionalCell(dollars),
    wage_year: optionalCell(year),
    entry_education: optionalCell(z.enum(ENTRY_EDUCATION)),
    work_experience: optionalCell(z.enum(WORK_EXPERIENCE)),
    on_the_job_training: optionalCell(text),
    derived: z.enum(["yes", "no"]).transform((v) => v === "yes"),
    source: z.string().min(1, "every projection needs a source").pipe(sourceId),
    note: optionalCell(text),
  })
  .strict()
  .refine((p) => (p.median_annual_wage === undefined) === (p.wage_year === undefined), {
    message: "a median wage needs its wage year, and a wage year needs a wage",
    path: ["wage_year"],
  });

export const wageRow = z
  .object({
    soc_code: socCode,
    wage_year: year,
    median_annual_wage: dollars,
    source: sourceId,
    note: optionalCell(text),
  })
  .strict();

export const skillRow = z
  .object({
    slug,
    name: text,
    kind: z.enum(SKILL_KINDS),
    ladder_axis: z
      .enum(LADDER_AXES)
      .describe("the engineering-ladder axis the skill grows: technology, system, people, process or influence"),
    description: text,
    onet_examples: z.array(text).default([]).describe("exact O*NET Technology Skills 'Example' names"),
  })
  .strict();

export const onetTechnologyRow = z
  .object({
    onet_code: onetCode,
    example: text,
    commodity_code: z.string().regex(/^\d{8}$/, "must be an 8-digit UNSPSC commodity code"),
    commodity_title: text,
    hot_technology: z.enum(["Y", "N"]),
    in_demand: z.enum(["Y", "N"]),
  })
  .strict();

export const industryRow = z.object({ slug, name: text, description: text }).strict();

const roleOccupation = z
  .object({
    soc_code: socCode,
    onet_code: onetCode.optional(),
    primary: z.boolean().default(false),
    source: sourceId,
    note: text.describe("why the role maps here"),
  })
  .strict();

const roleAlias = z
  .object({
    alias: text.max(120),
    origin: z.enum(ALIAS_ORIGINS),
    source: sourceId,
    onet_code: onetCode.optional(),
    note: text.optional(),
  })
  .strict()
  .refine((a) => !a.origin.startsWith("onet_") || a.onet_code !== undefined, {
    message: "O*NET titles must name the O*NET-SOC code they are filed under",
    path: ["onet_code"],
  });

const roleSkill = z
  .object({
    skill: slug,
    importance: z.enum(SKILL_IMPORTANCE),
    level: z.enum(ROLE_LEVELS).describe("the career level at which the skill starts to matter"),
    source: sourceId,
    highlight: text.optional().describe("the source's words when it names this a hot / future skill"),
  })
  .strict();

const roleIndustry = z
  .object({
    industry: slug,
    rank: pgInteger().positive().optional(),
    share_percent: z
      .number()
      .min(0)
      .max(100)
      .refine((v) => Math.round(v * 10) / 10 === v, "must have at most one decimal (the database keeps one)")
      .optional(),
    source: sourceId,
  })
  .strict()
  .refine((i) => i.rank !== undefined || i.share_percent !== undefined, {
    message: "give a share of employment or, where no source gives one, a rank",
    path: ["rank"],
  });

const roleStatement = z
  .object({
    kind: z.enum(ROLE_STATEMENT_KINDS),
    statement: text,
    figure: z.number().optional(),
    figure_unit: text.optional(),
    source: sourceId,
    note: text.optional(),
  })
  .strict()
  .refine((s) => (s.figure === undefined) === (s.figure_unit === undefined), {
    message: "a figure needs its unit",
    path: ["figure_unit"],
  });

export const roleFile = z
  .object({
    slug,
    title: text,
    summary: text.max(400),
    what_they_do: z.array(text).min(1),
    career_cluster: z.enum(CAREER_CLUSTERS),
    level: z.enum(ROLE_LEVELS),
    entry_education: z.enum(ENTRY_EDUCATION),
    work_experience: text.describe("BLS category, or typical years for progression roles"),
    entry_source: sourceId.describe("where the education and experience come from"),
    occupations: z.array(roleOccupation).min(1),
    aliases: z.array(roleAlias).default([]),
    skills: z.array(roleSkill).min(1),
    industries: z.array(roleIndustry).default([]),
    statements: z.array(roleStatement).default([]),
    how_to_start: z.array(z.object({ step: text, detail: text, source: sourceId }).strict()).default([]),
    discussion_questions: z.array(z.object({ question: text, source: sourceId }).strict()).default([]),
  })
  .strict()
  .refine((r) => r.occupations.filter((o) => o.primary).length === 1, {
    message: "exactly one occupation must be marked primary: true",
    path: ["occupations"],
  });

export const progressionRow = z
  .object({
    from: slug,
    to: slug,
    track: z.enum(PROGRESSION_TRACKS),
    typical_years_min: z.number().int().min(0).max(40),
    typical_years_max: z.number().int().min(0).max(40),
    skills_gained: z.array(slug).default([]),
    source: sourceId,
    note: text.optional(),
  })
  .strict()
  .refine((p) => p.from !== p.to, { message: "a role cannot lead to itself", path: ["to"] })
  .refine((p) => p.typical_years_min <= p.typical_years_max, {
    message: "typical_years_min must not exceed typical_years_max",
    path: ["typical_years_max"],
  });

export const aiImpactRow = z
  .object({
    layer: z.enum(AI_IMPACT_LAYERS),
    aspect: z.enum(AI_IMPACT_ASPECTS),
    soc_code: socCode.optional().describe("the occupation the note is about"),
    role: slug.optional().describe("or the role it is about; neither = economy-wide"),
    statement: text,
    as_of: isoDate.describe("date of the statement or of the data it describes"),
    source: sourceId,
    author: text.optional(),
    reviewed_on: isoDate.optional(),
  })
  .strict()
  .refine((n) => !(n.soc_code && n.role), { message: "give soc_code or role, not both", path: ["role"] })
  .refine((n) => n.layer !== "editorial" || (n.author !== undefined && n.reviewed_on !== undefined), {
    message: "editorial notes need an author and a review date",
    path: ["author"],
  });

export const aiExposureRow = z
  .object({
    onet_code: onetCode,
    rater: z.enum(EXPOSURE_RATERS),
    measure: z.enum(EXPOSURE_MEASURES),
    score: decimalCell(z.number().min(0, "exposure is a share between 0 and 1").max(1, "exposure is a share between 0 and 1")),
    source: sourceId,
  })
  .strict();

export const glossaryRow = z.object({ slug, term: text, definition: text, source: sourceId, see_also: z.array(slug).default([]) }).strict();

export type SourceRow = z.infer<typeof sourceRow>;
export type OccupationRow = z.infer<typeof occupationRow>;
export type ProjectionRow = z.infer<typeof projectionRow>;
export type WageRow = z.infer<typeof wageRow>;
export type SkillRow = z.infer<typeof skillRow>;
export type OnetTechnologyRow = z.infer<typeof onetTechnologyRow>;
export type IndustryRow = z.infer<typeof industryRow>;
export type RoleFile = z.infer<typeof roleFile>;
export type ProgressionRow = z.infer<typeof progressionRow>;
export type AiImpactRow = z.infer<typeof aiImpactRow>;
export type AiExposureRow = z.infer<typeof aiExposureRow>;
export type GlossaryRow = z.infer<typeof glossaryRow>;
