/**
 * The skills slides: the skills O*NET marks as in demand or as a Hot Technology, their marks written as words
 * (never colour alone), and the articles' "skills to watch" kept apart from O*NET's flags, in the notes.
 */
import { listTitles } from "~/lib/list-titles";
import type { RoleComparison } from "~/features/compare/role-comparison";
import type { ProfileSkill, RoleProfile } from "~/features/roles/role-profile";
import { sourceVintage, type Citer } from "~/features/present/slide-citations";
import { MAX_SLIDE_ITEMS, type DraftSlide } from "~/features/present/slides";

/** One role's top marked skills (in demand first), or its core skills when O*NET marks none of them. */
export function roleSkillsSlide(profile: RoleProfile, cite: Citer): DraftSlide {
  const all = profile.skillGroups.flatMap((g) => g.skills);
  const marked = all.filter((s) => s.marks.inDemand.length > 0 || s.marks.hotTechnologies.length > 0);
  const ranked = [...marked].sort(
    (a, b) =>
      Number(b.marks.inDemand.length > 0) - Number(a.marks.inDemand.length > 0) ||
      Number(b.marks.hotTechnologies.length > 0) - Number(a.marks.hotTechnologies.length > 0) ||
      Number(b.importance === "core") - Number(a.importance === "core") ||
      a.name.localeCompare(b.name, "en"),
  );
  const highlights = all.filter((s) => s.marks.highlights.length > 0);
  const highlightSources = [...new Set(highlights.flatMap((s) => s.marks.highlights.map((h) => h.sourceId)))];
  const onetSourceId = marked.find((s) => s.marks.onetSourceId)?.marks.onetSourceId ?? null;
  const named = highlights.slice(0, 4).map((s) => s.name);
  const highlightLine =
    highlights.length > 0
      ? `The role's articles single out ${highlights.length > named.length ? `${named.join(", ")} and ${highlights.length - named.length} more` : listTitles(named)} as skills to watch.`
      : null;

  if (ranked.length === 0) {
    const core = all.filter((s) => s.importance === "core");
    return {
      topic: "skills",
      title: "Core skills",
      caveat: null,
      body: {
        kind: "skills",
        lede: `None of ${profile.role.title}'s skills carries an O*NET Hot Technology or In Demand mark; these are the core skills its sources name.`,
        skills: core.slice(0, MAX_SLIDE_ITEMS).map((s) => ({ name: s.name, marks: ["Core"] })),
        takeaway: highlightLine,
      },
      citations: [...new Set(core.slice(0, MAX_SLIDE_ITEMS).map((s) => s.sourceId))].map((id) => cite(id, sourceVintage)),
      notes: skillNotes(core.slice(MAX_SLIDE_ITEMS), highlights),
    };
  }
  const shown = ranked.slice(0, MAX_SLIDE_ITEMS);
  return {
    topic: "skills",
    title: "Top hot skills",
    caveat: null,
    body: {
      kind: "skills",
      lede: `Skills this role needs that O*NET marks as in demand for its occupation or as a Hot Technology.`,
      skills: shown.map((s) => ({ name: s.name, marks: skillMarks(s) })),
      takeaway: highlightLine,
    },
    citations: [...(onetSourceId ? [cite(onetSourceId, sourceVintage)] : []), ...highlightSources.map((id) => cite(id, sourceVintage))],
    notes: [
      `O*NET's own flags: "In demand" means the technology appears often in job postings for this occupation; "Hot Technology" means it appears often in postings across all occupations.`,
      ...skillNotes(ranked.slice(MAX_SLIDE_ITEMS), highlights),
    ],
  };
}

function skillMarks(skill: ProfileSkill): string[] {
  return [
    ...(skill.marks.inDemand.length > 0 ? ["In demand"] : []),
    ...(skill.marks.hotTechnologies.length > 0 ? ["O*NET Hot Technology"] : []),
    skill.importance === "core" ? "Core" : "Useful",
  ];
}

function skillNotes(rest: ProfileSkill[], highlights: ProfileSkill[]): string[] {
  return [
    ...(rest.length > 0 ? [`Also on the list: ${listTitles(rest.map((s) => s.name))}.`] : []),
    ...(highlights.length > 0
      ? [
          `The "skills to watch" come from the role's articles, not from O*NET: ${highlights.map((s) => `${s.name} (“${s.marks.highlights[0]!.evidence}”)`).join("; ")}.`,
        ]
      : []),
    `Skills change faster than job titles: ask which of these students could start learning for free this year.`,
  ];
}

/**
 * The marked skills the compared roles share; when they share none, each role's own top marked skills side by side.
 * None when no role has a marked skill: a slide of "No O*NET-marked skills" in every column would cite nothing.
 */
export function comparisonSkillsSlide(comparison: RoleComparison, cite: Citer): DraftSlide | null {
  const { roles, hotSkillsInCommon: hot } = comparison;
  const onetSourceId =
    hot.find((h) => h.onetSourceId)?.onetSourceId ?? roles.flatMap((r) => r.skills).find((s) => s.onetSourceId)?.onetSourceId ?? null;
  const marksNote = `O*NET's own flags: "In demand" means frequent in job postings for one of these roles' occupations; "Hot Technology" means frequent in postings across all occupations.`;
  if (hot.length > 0) {
    const shown = [...hot]
      .sort((a, b) => b.roleCount - a.roleCount || b.inDemandFor.length - a.inDemandFor.length)
      .slice(0, MAX_SLIDE_ITEMS);
    const rest = hot.filter((h) => !shown.includes(h));
    return {
      topic: "skills",
      title: "Hot skills they share",
      caveat: null,
      body: {
        kind: "skills",
        lede: `Skills ${roles.length === 2 ? "both roles" : "two or more of these roles"} need that O*NET marks as in demand or as a Hot Technology.`,
        skills: shown.map((s) => ({
          name: s.name,
          marks: [
            `${s.roleCount} of ${roles.length} roles`,
            ...(s.inDemandFor.length > 0 ? ["In demand"] : []),
            ...(s.hotTechnology ? ["O*NET Hot Technology"] : []),
          ],
        })),
        takeaway: null,
      },
      citations: onetSourceId ? [cite(onetSourceId, sourceVintage)] : [],
      notes: [
        marksNote,
        ...(rest.length > 0 ? [`Also shared: ${listTitles(rest.map((s) => s.name))}.`] : []),
        `Shared skills make moving between these roles easier: learning one opens the door to the others.`,
      ],
    };
  }
  const tops = roles.map((r) => r.skills.filter((s) => s.hotTechnology || s.inDemandFor.length > 0).slice(0, 3));
  if (!onetSourceId || tops.every((top) => top.length === 0)) return null;
  const columns = roles.map((r, i) => {
    const top = tops[i]!;
    return { heading: r.title, meta: null, figures: [], items: top.length > 0 ? top.map((s) => s.name) : ["No O*NET-marked skills"] };
  });
  return {
    topic: "skills",
    title: "Hot skills of each role",
    caveat: null,
    body: {
      kind: "columns",
      lede: "These roles share no skill that O*NET marks as in demand or a Hot Technology.",
      columns,
      takeaway: null,
    },
    citations: onetSourceId ? [cite(onetSourceId, sourceVintage)] : [],
    notes: [marksNote],
  };
}
