import { sql, type SQL } from "drizzle-orm";
import { database, rowsOf } from "~/lib/db.server";
import { techOccupationSql, techOnetOccupationSql } from "~/features/occupations/queries.server";
import { interestScoreLines, keptInterestLines } from "~/features/data-pin/queries.server";
import type { PickAsk, PickedSkill } from "~/features/explore/skill-fit";
import type { SkillSpeller, SpelledName } from "~/features/explore/skill-spelling";

/** How a typed skill was read: picked as it is, taken as a longer name that contains it, or not known. */
export type SkillReading =
  | { input: string; status: "exact"; pick: PickedSkill }
  | { input: string; status: "contained"; pick: PickedSkill }
  | { input: string; status: "unknown"; suggestion: string | null };

/** A name as whole words: lower-cased, every run of other characters one space, a space each side (as migration 0007). */
function wordsOf(column: SQL): SQL {
  return sql`' ' || trim(regexp_replace(lower(${column}), '[^a-z0-9+#]+', ' ', 'g')) || ' '`;
}

/**
 * Below this trigram similarity a typed skill gets no "did you mean". Lower than the title search's 0.3: a skill
 * name is often one short word, where a swapped pair of letters already costs half the trigrams ("pyhton" is
 * 0.27 from "python"), and a suggestion is only ever offered, never picked for the student.
 */
export const SKILL_SUGGESTION_SIMILARITY = 0.25;

interface ReadingRow {
  i: number;
  input: string;
  skill_slug: string | null;
  skill_name: string | null;
  skill_examples: string[] | null;
  example: string | null;
  example_slug: string | null;
  example_skills: string[] | null;
  contained_name: string | null;
  contained_slug: string | null;
  contained_technology_slug: string | null;
  contained_examples: string[] | null;
  contained_skills: string[] | null;
}

/** The names a typed skill is read as exactly, case aside: curated skills by name or slug, O*NET technologies by name. */
export interface ExactSkillNames {
  curated: ReadonlyMap<string, PickedSkill>;
  technologies: ReadonlyMap<string, PickedSkill>;
}

/**
 * Every curated skill and O*NET 30.1 technology example as the pick it is read as when typed exactly (about 9,000
 * names). It does not depend on what was typed: the explorer keeps it per data version and reads exact names without
 * a query. Two queries.
 */
export async function listExactSkillNames(): Promise<ExactSkillNames> {
  const db = await database();
  const [skillRows, technologyRows] = await Promise.all([
    db.execute(sql`select slug, name, onet_examples as examples from skills order by slug collate "C"`),
    // Two examples that differ only in case: the one the most O*NET occupations list.
    db.execute(sql`select name, slug, name_lower as key from technologies order by name_lower, listed desc, name collate "C"`),
  ]);
  const skills = rowsOf<{ slug: string; name: string; examples: string[] | null }>(skillRows);
  const skillsOfExample = new Map<string, string[]>();
  for (const skill of skills) {
    for (const example of skill.examples ?? []) skillsOfExample.set(example, [...(skillsOfExample.get(example) ?? []), skill.slug]);
  }
  const curated = new Map<string, PickedSkill>();
  for (const skill of skills) {
    const pick = curatedPick(skill.slug, skill.name, skill.examples);
    if (!curated.has(skill.name.toLowerCase())) curated.set(skill.name.toLowerCase(), pick);
    if (!curated.has(skill.slug)) curated.set(skill.slug, pick);
  }
  const technologies = new Map<string, PickedSkill>();
  for (const t of rowsOf<{ name: string; slug: string; key: string }>(technologyRows)) {
    if (!technologies.has(t.key)) technologies.set(t.key, technologyPick(t.name, t.slug, skillsOfExample.get(t.name) ?? null));
  }
  return { curated, technologies };
}

/**
 * The names in what the student typed, in order: a box may hold a list ("Python, SQL, Excel", as its placeholder
 * suggests, or pasted from a CV), read as one name each. A name that is itself a known skill or technology stays whole:
 * O*NET lists technologies with commas in their names ("IBM Sterling Configure, Price, Quote"). A part with only spaces
 * between names is read by `namesBetweenSpaces`. Blank entries add nothing.
 */
export function namesInInputs(inputs: readonly string[], exact: ExactSkillNames): string[] {
  const known = (name: string) => exact.curated.has(name.toLowerCase()) || exact.technologies.has(name.toLowerCase());
  return inputs.flatMap((input) => {
    if (known(input)) return [input];
    const parts = /[,;]/.test(input) ? input.split(/[,;]/).map((name) => name.trim()) : [input];
    return parts.flatMap((part) => (part === "" ? [] : known(part) ? [part] : namesBetweenSpaces(part, known)));
  });
}

/** Words that join names in a list typed as a sentence ("Python, SQL and Excel"). */
const LIST_JOINERS = new Set(["and", "&", "or", "plus"]);

/** The most words one known name has that `namesBetweenSpaces` looks for ("Amazon Web Services (AWS)" reads as four). */
const LONGEST_NAME_WORDS = 6;

/**
 * A part typed with spaces only between names ("Python SQL Machine learning", "SQL and Excel"): from the left, the
 * longest run of words that is a known name, a joining word skipped, any other word on its own. Read as that list when
 * it holds two known names or more, or one and a joining word ("SQL and Excel": SQL, and Excel read as the name that
 * contains it); else kept whole ("Research and development" is one unknown name, offered a "did you mean", not
 * "Research" and "development" picked apart).
 */
function namesBetweenSpaces(part: string, known: (name: string) => boolean): string[] {
  const words = part.trim().split(/\s+/);
  const names: string[] = [];
  let knownCount = 0;
  let joined = false;
  for (let at = 0; at < words.length;) {
    let length = Math.min(LONGEST_NAME_WORDS, words.length - at);
    while (length > 0 && !known(words.slice(at, at + length).join(" "))) length -= 1;
    if (length > 0) {
      names.push(words.slice(at, at + length).join(" "));
      knownCount += 1;
      at += length;
    } else if (LIST_JOINERS.has(words[at]!.toLowerCase())) {
      joined = true;
      at += 1;
    } else {
      names.push(words[at]!);
      at += 1;
    }
  }
  return knownCount >= 2 || (knownCount >= 1 && joined) ? names : [part];
}

/**
 * Reads what the student typed, in order: a curated skill (by name or slug) or an O*NET 30.1 technology example,
 * case aside, from `exact` without a query; anything else by `readOtherSkillNames`.
 */
export async function readSkillNames(
  inputs: readonly string[],
  exact: ExactSkillNames,
  speller?: () => Promise<SkillSpeller>,
): Promise<SkillReading[]> {
  const readings = inputs.map((input): SkillReading | undefined => {
    const key = input.toLowerCase();
    const pick = exact.curated.get(key) ?? exact.technologies.get(key);
    return pick ? { input, status: "exact", pick } : undefined;
  });
  const others = inputs.filter((_, i) => readings[i] === undefined);
  if (others.length === 0) return readings as SkillReading[];
  const read = new Map((await readOtherSkillNames(others, speller)).map((r) => [r.input, r]));
  return readings.map((reading, i) => reading ?? read.get(inputs[i]!)!);
}

/**
 * Reads what the student typed, in order, as curated skills (by name or slug) or O*NET 30.1 technology
 * examples, case aside. A name that is neither is taken as the one that contains it as whole words ("excel" →
 * "Microsoft Excel"; a curated skill first, then the technology the most O*NET occupations list); failing that
 * it gets a "did you mean": by spelling from `speller` when given (SkillSpeller, in memory), else the closest name by
 * trigrams above the suggestion floor. One query, and one transaction more when a name is unknown and spelling finds
 * nothing (suggestSkillNames). It reads exact names too, as `readSkillNames` does from memory (a test
 * holds the two equal).
 */
export async function readOtherSkillNames(inputs: readonly string[], speller?: () => Promise<SkillSpeller>): Promise<SkillReading[]> {
  if (inputs.length === 0) return [];
  const db = await database();
  const result = await db.execute(sql`
    with asked as (
      select i::int as i, input, lower(input) as key, ${wordsOf(sql`input`)} as words
        from unnest(${sql.param(inputs.map((_, i) => i))}::int[], ${sql.param([...inputs])}::text[]) as a(i, input)
    ),
    curated as (
      select slug, name, onet_examples, ${wordsOf(sql`name`)} as words from skills
    )
    select a.i, a.input,
           s.slug as skill_slug, s.name as skill_name, s.onet_examples as skill_examples,
           e.name as example, e.slug as example_slug,
           (select array_agg(s2.slug order by s2.slug) from skills s2 where e.name = any(s2.onet_examples)) as example_skills,
           c.name as contained_name, c.slug as contained_slug, c.technology_slug as contained_technology_slug, c.onet_examples as contained_examples,
           (select array_agg(s3.slug order by s3.slug) from skills s3 where c.slug is null and c.name = any(s3.onet_examples)) as contained_skills
      from asked a
      left join skills s on lower(s.name) = a.key or s.slug = a.key
      left join technologies e on e.name_lower = a.key and s.slug is null
      left join lateral (
        select n.name, n.slug, n.technology_slug, n.onet_examples from (
          select k.name, k.slug, null as technology_slug, k.onet_examples, 2 as rank, 0 as listed from curated k where position(a.words in k.words) > 0
          union all
          select t.name, null, t.slug, null, 1, t.listed from technologies t where t.words like '%' || a.words || '%'
        ) n
         where s.slug is null and e.name is null and a.words <> '  '
         order by n.rank desc, n.listed desc, length(n.name), n.name collate "C" limit 1
      ) c on true
     order by a.i
  `);
  const readings = rowsOf<ReadingRow>(result).map((r): SkillReading => {
    if (r.skill_slug && r.skill_name) {
      return { input: r.input, status: "exact", pick: curatedPick(r.skill_slug, r.skill_name, r.skill_examples) };
    }
    if (r.example) return { input: r.input, status: "exact", pick: technologyPick(r.example, r.example_slug, r.example_skills) };
    if (r.contained_name) {
      const pick = r.contained_slug
        ? curatedPick(r.contained_slug, r.contained_name, r.contained_examples)
        : technologyPick(r.contained_name, r.contained_technology_slug, r.contained_skills);
      return { input: r.input, status: "contained", pick };
    }
    return { input: r.input, status: "unknown", suggestion: null };
  });
  const unknown = readings.filter((r) => r.status === "unknown").map((r) => r.input);
  if (unknown.length === 0) return readings;
  // By spelling first (a letter dropped or two swapped: SkillSpeller), then by trigrams for what spelling does not reach.
  const spelled = new Map<string, string>();
  if (speller) {
    const spell = await speller();
    for (const input of unknown) {
      const name = spell.closest(input);
      if (name) spelled.set(input, name);
    }
  }
  const rest = unknown.filter((input) => !spelled.has(input));
  const suggestions = rest.length > 0 ? await suggestSkillNames(rest) : new Map<string, string>();
  return readings.map((r) => (r.status === "unknown" ? { ...r, suggestion: spelled.get(r.input) ?? suggestions.get(r.input) ?? null } : r));
}

/**
 * The closest skill or technology name to each of `inputs`, at or above SKILL_SUGGESTION_SIMILARITY, through the
 * trigram index on technologies.words (the `%` operator, its threshold set for this transaction only: a session
 * setting would leak into other requests on a shared connection). Three statements: the threshold and the query in
 * one transaction.
 */
async function suggestSkillNames(inputs: readonly string[]): Promise<Map<string, string>> {
  const db = await database();
  const rows = await db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', ${String(SKILL_SUGGESTION_SIMILARITY)}, true)`);
    const result = await tx.execute(sql`
      with asked as (select input, lower(input) as key from unnest(${sql.param([...inputs])}::text[]) as a(input))
      select a.input, g.name as suggestion
        from asked a
        cross join lateral (
          select n.name from (
            select k.name, 2 as rank, 0 as listed, similarity(${wordsOf(sql`k.name`)}, a.key) as sim from skills k
            union all
            select t.name, 1, t.listed, similarity(t.words, a.key) from technologies t where t.words % a.key
          ) n
           where n.sim >= ${SKILL_SUGGESTION_SIMILARITY}
           order by n.sim desc, n.rank desc, n.listed desc, n.name collate "C" limit 1
        ) g
    `);
    return rowsOf<{ input: string; suggestion: string }>(result);
  });
  return new Map(rows.map((r) => [r.input, r.suggestion]));
}

/**
 * Every curated skill and O*NET technology example with how many occupations list it: what SkillSpeller suggests from.
 * It does not depend on what was typed (the explorer keeps it per data version). One query.
 */
export async function listSpelledNames(): Promise<SpelledName[]> {
  const db = await database();
  const result = await db.execute(sql`
    select name, true as curated, 0 as listed from skills
    union all
    select name, false, listed from technologies
  `);
  return rowsOf<SpelledName>(result).map((r) => ({ name: r.name, curated: r.curated, listed: Number(r.listed) }));
}

function curatedPick(slug: string, name: string, examples: string[] | null): PickedSkill {
  return { name, kind: "skill", skillSlug: slug, examples: examples ?? [], skillSlugs: [slug] };
}

function technologyPick(example: string, slug: string | null, skills: string[] | null): PickedSkill {
  return { name: example, kind: "technology", technologySlug: slug ?? undefined, examples: [example], skillSlugs: skills ?? [] };
}

export interface SkillChoice {
  name: string;
  /** Curated skills first (they have pages), then O*NET technologies marked hot or in demand anywhere. */
  kind: "skill" | "technology";
}

/**
 * What the "add a skill" box offers as you type (a native datalist, so it needs no script): every curated skill
 * and every O*NET 30.1 technology example marked Hot Technology or In Demand for some occupation. One query.
 */
export async function listSkillChoices(): Promise<SkillChoice[]> {
  const db = await database();
  const result = await db.execute(sql`
    select name, 'skill' as kind from skills
    union all
    select t.name, 'technology' from technologies t
     where (t.hot or t.in_demand) and not exists (select 1 from skills s where lower(s.name) = t.name_lower)
     order by 2, 1
  `);
  return rowsOf<SkillChoice>(result);
}

export interface RoleSkillAsk {
  roleSlug: string;
  skillSlug: string;
  skillName: string;
  core: boolean;
}

/** Every curated role's skills (a few hundred rows). One query. */
export async function listRoleSkillAsks(): Promise<RoleSkillAsk[]> {
  const db = await database();
  return rowsOf<RoleSkillAsk>(
    await db.execute(sql`
      select rs.role_slug as "roleSlug", rs.skill_slug as "skillSlug", s.name as "skillName", rs.importance = 'core' as core
        from role_skills rs join skills s on s.slug = rs.skill_slug`),
  );
}

export interface OccupationMatch {
  socCode: string;
  title: string;
  tech: boolean;
  asks: PickAsk[];
  changePercent: number | null;
  annualOpenings: number | null;
  medianAnnualWage: number | null;
  wageYear: number | null;
  projectionSourceId: string | null;
  technologySourceId: string;
}

interface MatchRow {
  soc_code: string;
  title: string;
  tech: boolean;
  asks: PickAsk[] | string;
  change_percent: string | number | null;
  annual_openings: number | null;
  median_annual_wage: number | null;
  wage_year: number | null;
  projection_source_id: string | null;
  technology_source_id: string;
}

/**
 * Detailed BLS occupations whose O*NET 30.1 occupations list any of the picked technologies, with what each
 * asks for of the picks (strong = In Demand for one of its O*NET occupations), its technology count and its
 * projection for the period. `techOnly` keeps tech occupations. One query.
 */
export async function listOccupationMatches({
  picks,
  vintage,
  techOnly,
}: {
  picks: readonly PickedSkill[];
  vintage: string;
  techOnly: boolean;
}): Promise<OccupationMatch[]> {
  const pairs = picks.flatMap((pick, i) => pick.examples.map((example) => [i, example] as const));
  if (pairs.length === 0) return [];
  const db = await database();
  const result = await db.execute(sql`
    with picked as (
      select * from unnest(${sql.param(pairs.map((p) => p[0]))}::int[], ${sql.param(pairs.map((p) => p[1]))}::text[]) as p(pick, example)
    ),
    asked as (
      select ot.soc_code, p.pick, bool_or(ot.in_demand) as strong, min(ot.source_id) as source_id
        from picked p join occupation_technologies ot on ot.example = p.example
       group by ot.soc_code, p.pick
    ),
    matched as (
      select soc_code, json_agg(json_build_object('pick', pick, 'strong', strong) order by pick) as asks, min(source_id) as source_id
        from asked group by soc_code
    )
    select m.soc_code, oc.title, ${techOccupationSql(sql`m.soc_code`)} as tech, m.asks,
           pr.change_percent, pr.annual_openings, pr.median_annual_wage, pr.wage_year, pr.source_id as projection_source_id,
           m.source_id as technology_source_id
      from matched m
      join occupations oc on oc.soc_code = m.soc_code and oc.kind = 'detailed'
      left join projections pr on pr.soc_code = m.soc_code and pr.vintage = ${vintage}
     ${techOnly ? sql`where ${techOccupationSql(sql`m.soc_code`)}` : sql``}
  `);
  return rowsOf<MatchRow>(result).map((r) => ({
    socCode: r.soc_code,
    title: r.title,
    tech: r.tech,
    asks: typeof r.asks === "string" ? (JSON.parse(r.asks) as PickAsk[]) : r.asks,
    changePercent: r.change_percent === null ? null : Number(r.change_percent),
    annualOpenings: r.annual_openings,
    medianAnnualWage: r.median_annual_wage,
    wageYear: r.wage_year,
    projectionSourceId: r.projection_source_id,
    technologySourceId: r.technology_source_id,
  }));
}

export interface MissingTechnology {
  example: string;
  inDemand: boolean;
  hot: boolean;
  /** The curated skill that names it, when there is one (it has a page). */
  skillSlug: string | null;
  /** Its own page, /technologies/:slug. */
  technologySlug: string;
}

export interface OccupationTechnologies {
  socCode: string;
  /** How many technologies its O*NET occupations list in all. */
  technologyCount: number;
  /** The In Demand or Hot ones: In Demand first, then Hot Technology, then the most specific (listed by the fewest O*NET occupations), then by name. */
  strong: MissingTechnology[];
}

/**
 * For every occupation: how many technologies its O*NET occupations list, and the in-demand or hot ones in the order
 * "still to learn" shows them (about 10,000 rows in all). It does not depend on the picks, so the explorer keeps it
 * per data version and leaves out what was picked itself (`technologiesStillToLearn`). One query.
 */
export async function listOccupationTechnologies(): Promise<Map<string, OccupationTechnologies>> {
  const db = await database();
  const result = await db.execute(sql`
    with skill_of as (
      select distinct on (example) example, slug from (select s.slug, unnest(s.onet_examples) as example from skills s) e
       order by example, slug
    ),
    counted as (select soc_code, count(*)::int as technology_count from occupation_technologies group by soc_code)
    select c.soc_code as "socCode", c.technology_count as "technologyCount",
           l.example, l.in_demand as "inDemand", l.hot, tc.slug as "technologySlug", so.slug as "skillSlug"
      from counted c
      left join occupation_technologies l on l.soc_code = c.soc_code and (l.in_demand or l.hot)
      left join technologies tc on tc.name = l.example
      left join skill_of so on so.example = l.example
     order by c.soc_code, l.in_demand desc, l.hot desc, tc.listed, l.example collate "C"
  `);
  const bySoc = new Map<string, OccupationTechnologies>();
  for (const row of rowsOf<{ socCode: string; technologyCount: number } & Partial<MissingTechnology>>(result)) {
    let entry = bySoc.get(row.socCode);
    if (!entry) bySoc.set(row.socCode, (entry = { socCode: row.socCode, technologyCount: Number(row.technologyCount), strong: [] }));
    if (row.example && row.technologySlug) {
      entry.strong.push({
        example: row.example,
        inDemand: row.inDemand === true,
        hot: row.hot === true,
        skillSlug: row.skillSlug ?? null,
        technologySlug: row.technologySlug,
      });
    }
  }
  return bySoc;
}

/** The first `perOccupation` in-demand or hot technologies of an occupation that the student did not pick. */
export function technologiesStillToLearn(
  technologies: OccupationTechnologies | undefined,
  pickedExamples: ReadonlySet<string>,
  perOccupation: number,
): MissingTechnology[] {
  const missing: MissingTechnology[] = [];
  for (const technology of technologies?.strong ?? []) {
    if (missing.length === perOccupation) break;
    if (!pickedExamples.has(technology.example)) missing.push(technology);
  }
  return missing;
}

export interface OccupationSkillAsk {
  socCode: string;
  skillSlug: string;
  skillName: string;
  /** In Demand for one of its O*NET occupations, or a Hot Technology. */
  strong: boolean;
}

/**
 * The curated skills each occupation asks for through its O*NET technologies (learn-next candidates; about 3,300
 * rows). It does not depend on the picks: the explorer keeps it per data version. One query.
 */
export async function listOccupationSkillAsks(): Promise<OccupationSkillAsk[]> {
  const db = await database();
  const result = await db.execute(sql`
    with skill_examples as (select s.slug, s.name, unnest(s.onet_examples) as example from skills s)
    select ot.soc_code as "socCode", se.slug as "skillSlug", se.name as "skillName", bool_or(ot.in_demand or ot.hot) as strong
      from occupation_technologies ot
      join skill_examples se on se.example = ot.example
     group by ot.soc_code, se.slug, se.name
  `);
  return rowsOf<OccupationSkillAsk>(result);
}

export interface InterestProfile {
  onetCode: string;
  title: string;
  socCode: string;
  socTitle: string;
  /** A tech occupation (techOnetOccupationSql): by its line's family, or a curated role filed under it. */
  tech: boolean;
  scores: Record<string, number>;
  /** O*NET's high points (its interest code), first to third: area names as O*NET writes them. */
  highPoints: string[];
  interestSourceId: string;
  changePercent: number | null;
  annualOpenings: number | null;
  medianAnnualWage: number | null;
  wageYear: number | null;
  projectionSourceId: string | null;
}

interface InterestProfileRow {
  onet_code: string;
  title: string;
  soc_code: string;
  soc_title: string;
  tech: boolean;
  scores: Record<string, string | number> | string;
  high_points: string[] | string | null;
  interest_source_id: string;
  change_percent: string | number | null;
  annual_openings: number | null;
  median_annual_wage: number | null;
  wage_year: number | null;
  projection_source_id: string | null;
}

/**
 * Every O*NET occupation with its six RIASEC scores and its high points (O*NET 30.1), the BLS line it is filed under
 * and that line's projection for the period: what /explore/interests ranks (about 900 rows). One query. With
 * `interestsOf`, the scores and high points archived with that data version (a pinned list, ADR 008 and 019) instead
 * of the live ones, each O*NET occupation titled and filed under the BLS line as that version kept it (ADR 019, amended
 * 2026-12-07), so a code a later O*NET release retired, moved or retitled stays where the list had it; the caller checks
 * that the version archived them (lookUpDataPin's interestsArchived). The line's title and projection are read by the
 * line's code (a pinned list takes its outlook from the version's archive).
 */
export async function listInterestProfiles(vintage: string, interestsOf?: number): Promise<InterestProfile[]> {
  const db = await database();
  const scores = interestScoreLines(db, interestsOf);
  const filing = interestsOf === undefined ? sql`onet_occupations o` : sql`${keptOnetFiling(db, interestsOf)} o`;
  const result = await db.execute(sql`
    select o.onet_code, o.title, o.bls_code as soc_code, oc.title as soc_title, ${techOnetOccupationSql(sql`o.onet_code`, sql`o.bls_code`)} as tech,
           i.scores, i.high_points, i.source_id as interest_source_id,
           pr.change_percent, pr.annual_openings, pr.median_annual_wage, pr.wage_year, pr.source_id as projection_source_id
      from ${filing}
      join occupations oc on oc.soc_code = o.bls_code
      join (select onet_code, json_object_agg(interest, score) as scores,
                   json_agg(interest order by high_point) filter (where high_point is not null) as high_points,
                   min(source_id) as source_id
              from ${scores} group by onet_code) i on i.onet_code = o.onet_code
      left join projections pr on pr.soc_code = o.bls_code and pr.vintage = ${vintage}
     order by o.onet_code
  `);
  return rowsOf<InterestProfileRow>(result).map((r) => {
    const scores = typeof r.scores === "string" ? (JSON.parse(r.scores) as Record<string, string | number>) : r.scores;
    return {
      onetCode: r.onet_code,
      title: r.title,
      socCode: r.soc_code,
      socTitle: r.soc_title,
      tech: r.tech,
      scores: Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, Number(v)])),
      highPoints: (typeof r.high_points === "string" ? (JSON.parse(r.high_points) as string[]) : r.high_points) ?? [],
      interestSourceId: r.interest_source_id,
      changePercent: r.change_percent === null ? null : Number(r.change_percent),
      annualOpenings: r.annual_openings,
      medianAnnualWage: r.median_annual_wage,
      wageYear: r.wage_year,
      projectionSourceId: r.projection_source_id,
    };
  });
}

/**
 * The O*NET occupations one data version archived interest scores for, each with its title and BLS line as that version
 * filed it (keptInterestLines): the columns onet_code, title, bls_code of onet_occupations, one row per code. The caller's
 * join to `occupations` leaves out a code filed under no BLS line (bls_code null), as the live list does; so also scores
 * archived before migration 0019 for a code gone by migration 0020, which kept no filing: as when the list read today's
 * filing, and as the occupation pages leave them out (they count them in words).
 */
function keptOnetFiling(db: Awaited<ReturnType<typeof database>>, dataVersionId: number) {
  const kept = keptInterestLines(db, dataVersionId);
  return sql`(select ${kept.onetCode} as onet_code, min(${kept.onetTitle}) as title, min(${kept.blsCode}) as bls_code
                from ${kept} group by ${kept.onetCode})`;
}

/** Each curated role's O*NET occupation (the primary mapping's, where it names one). One query. */
export async function listRoleOnetCodes(): Promise<{ slug: string; title: string; onetCode: string }[]> {
  const db = await database();
  return rowsOf(
    await db.execute(sql`
      select r.slug, r.title, ro.onet_code as "onetCode"
        from roles r join role_occupations ro on ro.role_slug = r.slug and ro.is_primary
       where ro.onet_code is not null
       order by r.title`),
  );
}

/** One of O*NET's example occupations for an interest area, with the BLS line it is filed under (none for military). */
export interface InterestExampleOccupation {
  title: string;
  onetCode: string;
  socCode: string | null;
}

/** A basic interest area as O*NET describes it, with its example activities and occupations. */
export interface BasicInterestArea {
  elementId: string;
  name: string;
  description: string;
  activities: string[];
  occupations: InterestExampleOccupation[];
  /** The other RIASEC area it belongs to as well, if any. */
  alsoUnder: string[];
}

/** One RIASEC area as O*NET describes it: its examples and the basic interest areas under it, in O*NET's order. */
export interface InterestAreaGuide {
  description: string;
  sourceId: string;
  activities: string[];
  occupations: InterestExampleOccupation[];
  basic: BasicInterestArea[];
}

interface InterestAreaRow {
  element_id: string;
  name: string;
  riasec_area: string;
  description: string;
  source_id: string;
}

interface InterestExampleRow {
  element_id: string;
  kind: "activity" | "occupation";
  example: string;
  onet_code: string | null;
  soc_code: string | null;
}

/**
 * O*NET 30.1's interest areas for students: each RIASEC area's description and examples, and the basic interest areas
 * under it (41, some under two RIASEC areas) with theirs, by RIASEC area name. Two queries.
 */
export async function listInterestAreaGuide(): Promise<Map<string, InterestAreaGuide>> {
  const db = await database();
  const [areaRows, exampleRows] = await Promise.all([
    db.execute(sql`
      select element_id, name, riasec_area, description, source_id
        from onet_interest_areas
       order by length(element_id), element_id, riasec_area`),
    db.execute(sql`
      select e.element_id, e.kind, e.example, e.onet_code, o.bls_code as soc_code
        from onet_interest_examples e
        left join onet_occupations o on o.onet_code = e.onet_code
       order by e.element_id, e.kind, e.example`),
  ]);
  const examples = new Map<string, { activities: string[]; occupations: InterestExampleOccupation[] }>();
  for (const row of rowsOf<InterestExampleRow>(exampleRows)) {
    let entry = examples.get(row.element_id);
    if (!entry) examples.set(row.element_id, (entry = { activities: [], occupations: [] }));
    if (row.kind === "activity") entry.activities.push(row.example);
    else entry.occupations.push({ title: row.example, onetCode: row.onet_code!, socCode: row.soc_code });
  }
  const areas = rowsOf<InterestAreaRow>(areaRows);
  const underOf = new Map<string, string[]>();
  for (const area of areas) underOf.set(area.element_id, [...(underOf.get(area.element_id) ?? []), area.riasec_area]);
  const guide = new Map<string, InterestAreaGuide>();
  // RIASEC areas (1.B.1.*) sort before the basic ones (1.B.3.*), so each RIASEC area exists when its basic ones come.
  for (const area of areas) {
    const own = examples.get(area.element_id) ?? { activities: [], occupations: [] };
    if (area.element_id.startsWith("1.B.1.")) {
      guide.set(area.riasec_area, { description: area.description, sourceId: area.source_id, ...own, basic: [] });
      continue;
    }
    guide.get(area.riasec_area)?.basic.push({
      elementId: area.element_id,
      name: area.name,
      description: area.description,
      ...own,
      alsoUnder: underOf.get(area.element_id)!.filter((name) => name !== area.riasec_area),
    });
  }
  return guide;
}
