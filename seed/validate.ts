/**
 * Cross-file rules: every reference resolves, keys are unique, aliases are unambiguous.
 * Row-level rules live in the zod schemas (schema.ts).
 */
import { normalizeTitle } from "../db/text";
import type { DatasetIssue } from "./errors";
import type { Dataset, Located } from "./load";

export function validateReferences(dataset: Dataset, issues: DatasetIssue[]): void {
  const at = (located: { file: string; row: number; line?: number }, field: string, message: string) =>
    issues.push({ file: located.file, row: located.row, line: located.line, field, message });

  const sourceIds = uniqueKeys(dataset.sources, (s) => s.id, "id", "source id", issues);
  const checkSource = (located: Located<unknown>, field: string, id: string) => {
    if (!sourceIds.has(id)) at(located, field, `unknown source '${id}' (not in sources.yaml)`);
  };

  // Projection periods and their growth bands.
  const vintages = uniqueKeys(dataset.periods, (p) => p.vintage, "vintage", "projection period", issues);
  for (const period of dataset.periods) checkSource(period, "source", period.value.source);
  const checkVintage = (located: Located<unknown>, field: string, vintage: string) => {
    if (!vintages.has(vintage)) at(located, field, `unknown projection period '${vintage}' (not in projection-periods.csv)`);
  };
  uniqueKeys(dataset.growthBands, (b) => `${b.vintage} rank ${b.rank}`, "rank", "growth band", issues);
  uniqueKeys(dataset.growthBands, (b) => `${b.vintage} ${b.label}`, "label", "growth band label", issues);
  for (const band of dataset.growthBands) {
    checkVintage(band, "vintage", band.value.vintage);
    checkSource(band, "source", band.value.source);
  }
  checkBandsTile(dataset, at);

  // BLS lines and O*NET occupations.
  const socCodes = uniqueKeys(dataset.occupations, (o) => o.soc_code, "soc_code", "SOC code", issues);
  const lineKinds = new Map(dataset.occupations.map((o) => [o.value.soc_code, o.value.kind]));
  for (const occupation of dataset.occupations) {
    checkSource(occupation, "source", occupation.value.source);
    if (occupation.value.kind === "group") {
      for (const member of occupation.value.soc_code.split("+")) {
        if (lineKinds.get(member) !== "detailed")
          at(occupation, "soc_code", `group member ${member} is not a detailed line in occupations.csv`);
      }
    }
  }
  const checkSoc = (located: Located<unknown>, field: string, code: string) => {
    if (!socCodes.has(code)) at(located, field, `unknown SOC code '${code}' (not in occupations.csv)`);
  };
  const onetCodes = uniqueKeys(dataset.onetOccupations, (o) => o.onet_code, "onet_code", "O*NET-SOC code", issues);
  for (const onet of dataset.onetOccupations) {
    checkSource(onet, "source", onet.value.source);
    const bls = onet.value.bls_code;
    if (bls !== undefined && lineKinds.get(bls) !== "detailed") at(onet, "bls_code", `'${bls}' is not a detailed line in occupations.csv`);
  }
  const onetToSoc = new Map(dataset.onetOccupations.map((o) => [o.value.onet_code, o.value.onet_code.slice(0, 7)]));
  const checkOnet = (located: Located<unknown>, field: string, code: string) => {
    if (!onetCodes.has(code)) at(located, field, `unknown O*NET-SOC code '${code}' (not in onet-occupations.csv)`);
  };

  uniqueKeys(dataset.projections, (p) => `${p.soc_code} ${p.vintage}`, "vintage", "projection (soc_code, vintage)", issues);
  for (const projection of dataset.projections) {
    checkSoc(projection, "soc_code", projection.value.soc_code);
    checkVintage(projection, "vintage", projection.value.vintage);
    checkSource(projection, "source", projection.value.source);
  }
  uniqueKeys(dataset.wages, (w) => `${w.soc_code} ${w.wage_year} ${w.source}`, "source", "wage (soc_code, wage_year, source)", issues);
  for (const wage of dataset.wages) {
    checkSoc(wage, "soc_code", wage.value.soc_code);
    checkSource(wage, "source", wage.value.source);
  }
  for (const factor of dataset.factors) {
    checkSoc(factor, "soc_code", factor.value.soc_code);
    checkVintage(factor, "vintage", factor.value.vintage);
    checkSource(factor, "source", factor.value.source);
  }
  uniqueKeys(dataset.payPercentiles, (p) => `${p.soc_code} ${p.wage_year}`, "wage_year", "pay percentiles (soc_code, wage_year)", issues);
  for (const pay of dataset.payPercentiles) {
    checkSoc(pay, "soc_code", pay.value.soc_code);
    checkSource(pay, "source", pay.value.source);
  }
  for (const title of dataset.titles) {
    if (title.value.onet_code !== undefined) checkOnet(title, "onet_code", title.value.onet_code);
    if (title.value.soc_code !== undefined) checkSoc(title, "soc_code", title.value.soc_code);
    checkSource(title, "source", title.value.source);
  }
  uniqueKeys(dataset.onetTasks, (t) => `${t.onet_code} ${t.task_id}`, "task_id", "O*NET task", issues);
  uniqueKeys(dataset.onetRelated, (r) => `${r.onet_code} ${r.related_onet_code}`, "related_onet_code", "related occupation", issues);
  uniqueKeys(dataset.onetInterests, (i) => `${i.onet_code} ${i.interest}`, "interest", "interest score", issues);
  // O*NET's interest code names each high-point once: a second "1" for one occupation is a hand edit or a bad import.
  uniqueKeys(
    dataset.onetInterests.filter((i) => i.value.high_point !== undefined),
    (i) => `${i.onet_code} high-point ${i.high_point}`,
    "high_point",
    "interest high-point",
    issues,
  );
  uniqueKeys(dataset.onetEducation, (e) => `${e.onet_code} ${e.category}`, "category", "education level", issues);
  for (const rows of [dataset.onetTasks, dataset.onetEmergingTasks, dataset.onetRelated, dataset.onetInterests, dataset.onetEducation]) {
    for (const row of rows as Located<{ onet_code: string; source: string }>[]) {
      checkOnet(row, "onet_code", row.value.onet_code);
      checkSource(row, "source", row.value.source);
    }
  }
  for (const row of dataset.onetRelated) checkOnet(row, "related_onet_code", row.value.related_onet_code);
  uniqueKeys(dataset.onetInterestAreas, (a) => `${a.element_id} ${a.riasec_area}`, "riasec_area", "interest area", issues);
  const interestAreaNames = new Map<string, string>();
  for (const area of dataset.onetInterestAreas) {
    const named = interestAreaNames.get(area.value.element_id);
    if (named !== undefined && named !== area.value.name)
      at(area, "name", `differs from the other row of ${area.value.element_id}, "${named}"`);
    interestAreaNames.set(area.value.element_id, area.value.name);
    checkSource(area, "source", area.value.source);
  }
  uniqueKeys(dataset.onetInterestExamples, (e) => `${e.element_id} ${e.kind} ${e.example}`, "example", "interest example", issues);
  for (const example of dataset.onetInterestExamples) {
    if (!interestAreaNames.has(example.value.element_id))
      at(example, "element_id", `no interest area ${example.value.element_id} in onet-interest-areas.csv`);
    if (example.value.onet_code !== undefined) checkOnet(example, "onet_code", example.value.onet_code);
    checkSource(example, "source", example.value.source);
  }
  uniqueKeys(dataset.aiApplicability, (a) => a.soc_code, "soc_code", "applicability score", issues);
  for (const row of dataset.aiApplicability) {
    checkSoc(row, "soc_code", row.value.soc_code);
    checkSource(row, "source", row.value.source);
  }

  // Skills and the O*NET technology rows their names point at.
  const skillSlugs = uniqueKeys(dataset.skills, (s) => s.slug, "slug", "skill slug", issues);
  uniqueKeys(dataset.skills, (s) => s.name.toLowerCase(), "name", "skill name", issues);
  uniqueKeys(dataset.onetTechnology, (t) => `${t.onet_code} ${t.example} ${t.commodity_code}`, "example", "O*NET technology row", issues);
  const technologyNames = new Set(dataset.onetTechnology.map((t) => t.value.example));
  for (const row of dataset.onetTechnology) {
    checkOnet(row, "onet_code", row.value.onet_code);
    checkSource(row, "source", row.value.source);
  }
  // Each name a skill stands for is one O*NET lists (a misspelt name would match no occupation), and belongs to one
  // skill (a technology a student picks counts as the skill that names it). A name without a flag still counts for
  // matching; it only adds no flag.
  const exampleOwner = new Map<string, string>();
  for (const skill of dataset.skills) {
    skill.value.onet_examples.forEach((example, i) => {
      const at = { file: skill.file, row: skill.row, line: skill.line, field: `onet_examples.${i}` };
      if (!technologyNames.has(example)) issues.push({ ...at, message: `'${example}' is no technology name in onet-technology.csv` });
      const owner = exampleOwner.get(example);
      if (owner !== undefined) issues.push({ ...at, message: `'${example}' is already listed by skill '${owner}'` });
      else exampleOwner.set(example, skill.value.slug);
    });
  }

  const industrySlugs = uniqueKeys(dataset.industries, (i) => i.slug, "slug", "industry slug", issues);

  // Roles. An alias citing the O*NET release the titles file holds must be one of its titles for that code.
  const onetReleaseSources = new Set(dataset.titles.filter((t) => t.value.onet_code !== undefined).map((t) => t.value.source));
  const onetTitles = new Set(
    dataset.titles
      .filter((t) => t.value.onet_code !== undefined)
      .map((t) => `${t.value.origin} ${t.value.onet_code} ${normalizeTitle(t.value.title)}`),
  );
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
        rat(
          ["occupations", i, "onet_code"],
          `O*NET code '${o.onet_code}' is not an O*NET occupation under ${o.soc_code} in onet-occupations.csv`,
        );
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
      } else if (
        (a.origin === "onet_alternate_title" || a.origin === "onet_reported_title") &&
        onetReleaseSources.has(a.source) &&
        !onetTitles.has(`${a.origin} ${a.onet_code} ${normalized}`)
      ) {
        rat(
          ["aliases", i, "alias"],
          `'${a.alias}' is not an ${a.origin === "onet_alternate_title" ? "alternate" : "reported"} title of ${a.onet_code} in occupation-titles.csv (${a.source})`,
        );
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

  const sourcesById = new Map(dataset.sources.map(({ value: s }) => [s.id, s]));
  for (const note of dataset.aiImpact) {
    if (note.value.soc_code !== undefined) checkSoc(note, "soc_code", note.value.soc_code);
    if (note.value.role !== undefined && !roleSlugs.has(note.value.role)) at(note, "role", `unknown role '${note.value.role}'`);
    checkSource(note, "source", note.value.source);
    // Pages print "Author not given" for an editorial note without an author: true only of an article naming none.
    const source = sourcesById.get(note.value.source);
    if (
      note.value.layer === "editorial" &&
      note.value.author === undefined &&
      source &&
      (source.kind !== "article" || source.author !== undefined)
    ) {
      at(
        note,
        "author",
        `an editorial note needs an author unless it is taken from an article that names none ('${source.id}' ${source.kind === "article" ? `names ${source.author}` : "is not an article"})`,
      );
    }
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

/**
 * The bands of a period cover BLS one-decimal percent changes without gap or overlap, fastest first: each band's
 * lowest value is 0.1 above the next band's highest, only the first is open upwards and only the last downwards.
 */
function checkBandsTile(dataset: Dataset, at: (located: Located<unknown>, field: string, message: string) => void): void {
  const byPeriod = new Map<string, Located<Dataset["growthBands"][number]["value"]>[]>();
  for (const band of dataset.growthBands) byPeriod.set(band.value.vintage, [...(byPeriod.get(band.value.vintage) ?? []), band]);
  for (const bands of byPeriod.values()) {
    const sorted = [...bands].sort((a, b) => a.value.rank - b.value.rank);
    sorted.forEach((band, i) => {
      const next = sorted[i + 1];
      if (i === 0 && band.value.max_percent !== null) at(band, "max_percent", "the fastest band must be open upwards (max_percent: null)");
      if (!next) {
        if (band.value.min_percent !== null) at(band, "min_percent", "the slowest band must be open downwards (min_percent: null)");
        return;
      }
      const low = band.value.min_percent;
      const high = next.value.max_percent;
      if (low === null || high === null || Math.round((low - high) * 10) !== 1) {
        at(
          band,
          "min_percent",
          `must be 0.1 above the next band's max_percent (${String(high)}), so that every one-decimal percent has one band`,
        );
      }
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
