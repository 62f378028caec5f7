/**
 * Cross-file rules: every reference resolves, keys are unique, aliases are unambiguous.
 * Row-level rules live in the zod schemas (schema.ts).
 */
import { normalizeTitle } from "../db/text";
import type { DatasetIssue } from "./errors";
import type { Dataset, Located } from "./load";

export function validateReferences(dataset: Dataset, issues: DatasetIssue[], warnings: DatasetIssue[]): void {
  const at = (located: { file: string; row: number; line?: number }, field: string, message: string) =>
    issues.push({ file: located.file, row: located.row, line: located.line, field, message });

  const sourceIds = uniqueKeys(dataset.sources, (s) => s.id, "id", "source id", issues);
  const checkSource = (located: Located<unknown>, field: string, id: string) => {
    if (!sourceIds.has(id)) at(located, field, `unknown source '${id}' (not in sources.yaml)`);
  };

  // Occupations and their O*NET codes.
  const socCodes = uniqueKeys(dataset.occupations, (o) => o.soc_code, "soc_code", "SOC code", issues);
  const onetToSoc = new Map<string, string>();
  for (const occupation of dataset.occupations) {
    checkSource(occupation, "source", occupation.value.source);
    occupation.value.onet.forEach((onet, i) => {
      if (!onet.code.startsWith(occupation.value.soc_code)) {
        at(occupation, `onet.${i}.code`, `O*NET code ${onet.code} is not under SOC ${occupation.value.soc_code}`);
      }
      if (onetToSoc.has(onet.code)) at(occupation, `onet.${i}.code`, `O*NET code ${onet.code} is listed twice`);
      onetToSoc.set(onet.code, occupation.value.soc_code);
    });
  }
  const checkSoc = (located: Located<unknown>, field: string, code: string) => {
    if (!socCodes.has(code)) at(located, field, `unknown SOC code '${code}' (not in occupations.yaml)`);
  };
  const checkOnet = (located: Located<unknown>, field: string, code: string) => {
    if (!onetToSoc.has(code)) at(located, field, `unknown O*NET-SOC code '${code}' (not in occupations.yaml)`);
  };

  uniqueKeys(dataset.projections, (p) => `${p.soc_code} ${p.vintage}`, "vintage", "projection (soc_code, vintage)", issues);
  for (const projection of dataset.projections) {
    checkSoc(projection, "soc_code", projection.value.soc_code);
    checkSource(projection, "source", projection.value.source);
  }
  uniqueKeys(dataset.wages, (w) => `${w.soc_code} ${w.wage_year} ${w.source}`, "source", "wage (soc_code, wage_year, source)", issues);
  for (const wage of dataset.wages) {
    checkSoc(wage, "soc_code", wage.value.soc_code);
    checkSource(wage, "source", wage.value.source);
  }

  // Skills and the O*NET technology rows their names point at.
  const skillSlugs = uniqueKeys(dataset.skills, (s) => s.slug, "slug", "skill slug", issues);
  uniqueKeys(dataset.skills, (s) => s.name.toLowerCase(), "name", "skill name", issues);
  uniqueKeys(dataset.onetTechnology, (t) => `${t.onet_code} ${t.example}`, "example", "O*NET technology row", issues);
  const technologyNames = new Set(dataset.onetTechnology.map((t) => t.value.example));
  for (const row of dataset.onetTechnology) checkOnet(row, "onet_code", row.value.onet_code);
  for (const skill of dataset.skills) {
    skill.value.onet_examples.forEach((example, i) => {
      if (!technologyNames.has(example)) {
        warnings.push({
          file: skill.file,
          row: skill.row,
          line: skill.line,
          field: `onet_examples.${i}`,
          message: `'${example}' matches no hot or in-demand row in onet-technology.csv, so it adds no flag`,
        });
      }
    });
  }

  const industrySlugs = uniqueKeys(dataset.industries, (i) => i.slug, "slug", "industry slug", issues);

  // Roles.
  const roleSlugs = new Set<string>();
  const roleTitles = new Map<string, string>();
  const aliasOwners = new Map<string, string>();
  for (const doc of dataset.roles) {
    const { role } = doc;
    const rat = (fieldPath: (string | number)[], message: string) =>
      issues.push({ file: doc.file, line: doc.lineOf(fieldPath), field: fieldPath.join("."), message });
    roleSlugs.add(role.slug);
    const normalizedTitle = normalizeTitle(role.title);
    const titleOwner = roleTitles.get(normalizedTitle);
    if (titleOwner) rat(["title"], `title '${role.title}' is also the title of role '${titleOwner}'`);
    roleTitles.set(normalizedTitle, role.slug);
    if (!sourceIds.has(role.entry_source)) rat(["entry_source"], `unknown source '${role.entry_source}'`);

    const mappedSocs = new Set<string>();
    role.occupations.forEach((o, i) => {
      if (!socCodes.has(o.soc_code)) rat(["occupations", i, "soc_code"], `unknown SOC code '${o.soc_code}'`);
      if (mappedSocs.has(o.soc_code)) rat(["occupations", i, "soc_code"], `SOC code '${o.soc_code}' is mapped twice`);
      mappedSocs.add(o.soc_code);
      if (o.onet_code !== undefined && onetToSoc.get(o.onet_code) !== o.soc_code) {
        rat(["occupations", i, "onet_code"], `O*NET code '${o.onet_code}' is not listed under ${o.soc_code} in occupations.yaml`);
      }
      if (!sourceIds.has(o.source)) rat(["occupations", i, "source"], `unknown source '${o.source}'`);
    });

    role.aliases.forEach((a, i) => {
      const normalized = normalizeTitle(a.alias);
      const owner = aliasOwners.get(normalized);
      if (owner) rat(["aliases", i, "alias"], `duplicate alias '${a.alias}' (already an alias of role '${owner}')`);
      aliasOwners.set(normalized, role.slug);
      if (a.onet_code !== undefined && !onetToSoc.has(a.onet_code)) {
        rat(["aliases", i, "onet_code"], `unknown O*NET-SOC code '${a.onet_code}'`);
      }
      if (!sourceIds.has(a.source)) rat(["aliases", i, "source"], `unknown source '${a.source}'`);
    });

    const roleSkillSlugs = new Set<string>();
    role.skills.forEach((s, i) => {
      if (!skillSlugs.has(s.skill)) rat(["skills", i, "skill"], `unknown skill slug '${s.skill}'`);
      if (roleSkillSlugs.has(s.skill)) rat(["skills", i, "skill"], `skill '${s.skill}' is listed twice`);
      roleSkillSlugs.add(s.skill);
      if (!sourceIds.has(s.source)) rat(["skills", i, "source"], `unknown source '${s.source}'`);
    });
    const roleIndustrySlugs = new Set<string>();
    role.industries.forEach((ind, i) => {
      if (!industrySlugs.has(ind.industry)) rat(["industries", i, "industry"], `unknown industry slug '${ind.industry}'`);
      if (roleIndustrySlugs.has(ind.industry)) rat(["industries", i, "industry"], `industry '${ind.industry}' is listed twice`);
      roleIndustrySlugs.add(ind.industry);
      if (!sourceIds.has(ind.source)) rat(["industries", i, "source"], `unknown source '${ind.source}'`);
    });
    for (const [listName, list] of [
      ["statements", role.statements],
      ["how_to_start", role.how_to_start],
      ["discussion_questions", role.discussion_questions],
    ] as const) {
      list.forEach((item, i) => {
        if (!sourceIds.has(item.source)) rat([listName, i, "source"], `unknown source '${item.source}'`);
      });
    }
  }
  // An alias that is another role's title would make search ambiguous.
  for (const doc of dataset.roles) {
    doc.role.aliases.forEach((a, i) => {
      const titleOwner = roleTitles.get(normalizeTitle(a.alias));
      if (titleOwner && titleOwner !== doc.role.slug) {
        issues.push({
          file: doc.file,
          line: doc.lineOf(["aliases", i, "alias"]),
          field: `aliases.${i}.alias`,
          message: `alias '${a.alias}' is the title of role '${titleOwner}'`,
        });
      }
    });
  }

  uniqueKeys(dataset.progression, (p) => `${p.from} -> ${p.to}`, "to", "progression edge", issues);
  for (const edge of dataset.progression) {
    if (!roleSlugs.has(edge.value.from)) at(edge, "from", `unknown role '${edge.value.from}'`);
    if (!roleSlugs.has(edge.value.to)) at(edge, "to", `unknown role '${edge.value.to}'`);
    edge.value.skills_gained.forEach((s, i) => {
      if (!skillSlugs.has(s)) at(edge, `skills_gained.${i}`, `unknown skill slug '${s}'`);
    });
    checkSource(edge, "source", edge.value.source);
  }

  for (const note of dataset.aiImpact) {
    if (note.value.soc_code !== undefined) checkSoc(note, "soc_code", note.value.soc_code);
    if (note.value.role !== undefined && !roleSlugs.has(note.value.role)) at(note, "role", `unknown role '${note.value.role}'`);
    checkSource(note, "source", note.value.source);
  }

  uniqueKeys(dataset.aiExposure, (e) => `${e.onet_code} ${e.rater} ${e.measure}`, "measure", "exposure score", issues);
  for (const score of dataset.aiExposure) {
    checkOnet(score, "onet_code", score.value.onet_code);
    checkSource(score, "source", score.value.source);
  }

  const glossarySlugs = uniqueKeys(dataset.glossary, (g) => g.slug, "slug", "glossary slug", issues);
  uniqueKeys(dataset.glossary, (g) => g.term.toLowerCase(), "term", "glossary term", issues);
  for (const term of dataset.glossary) {
    checkSource(term, "source", term.value.source);
    term.value.see_also.forEach((s, i) => {
      if (!glossarySlugs.has(s)) at(term, `see_also.${i}`, `unknown glossary slug '${s}'`);
    });
  }
}

/** Collects keys, reporting the second and later occurrences of a key as duplicates. */
function uniqueKeys<T>(rows: Located<T>[], key: (value: T) => string, field: string, what: string, issues: DatasetIssue[]): Set<string> {
  const seen = new Map<string, Located<T>>();
  for (const row of rows) {
    const k = key(row.value);
    const first = seen.get(k);
    if (first) {
      issues.push({
        file: row.file,
        row: row.row,
        line: row.line,
        field,
        message: `duplicate ${what} '${k}' (first at ${first.file} row ${first.row})`,
      });
    } else seen.set(k, row);
  }
  return new Set(seen.keys());
}
