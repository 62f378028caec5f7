/**
 * One role's deck, from the role profile the profile page shows (no query of its own): title, what they do,
 * pay, growth, openings vs growth, hot skills, where it leads, AI impact, one slide per discussion question,
 * sources. The figure, skills, progression and AI slides are built by their own modules.
 */
import { formatVintage } from "~/lib/format";
import { listTitles } from "~/lib/list-titles";
import type { AllOccupationsFigures } from "~/features/compare/role-comparison";
import type { RoleProfile } from "~/features/roles/role-profile";
import { roleAiSlide } from "~/features/present/ai-slides";
import { finishDeck } from "~/features/present/finish-deck";
import { roleLeadsSlide } from "~/features/present/progression-slides";
import { roleFigureSlides } from "~/features/present/role-figure-slides";
import { citer, editorialSummaryCitation, sourceVintage } from "~/features/present/slide-citations";
import { roleSkillsSlide } from "~/features/present/skill-slides";
import type { Deck, DraftSlide } from "~/features/present/slides";

export interface RoleDeckInput {
  profile: RoleProfile;
  /** The all-occupations line of the same vintage (pay and openings for reference), if published. */
  allOccupations: AllOccupationsFigures | null;
  /** When the data version the figures come from was loaded (ISO): the pinned one when the profile is pinned. */
  dataAsOf: string;
}

/** The slides for one role: title, what they do, pay, growth, openings vs growth, hot skills, where it leads, AI impact, questions, sources. */
export function buildRoleDeck({ profile, allOccupations, dataAsOf }: RoleDeckInput): Deck {
  const cite = citer(profile.sources);
  const { role, occupation, vintage } = profile;
  const p = profile.quickFacts.projection;
  const period = formatVintage(vintage);
  const occupationName = `${occupation.title} (SOC ${occupation.socCode})`;
  const shared = profile.sharesFiguresWith.map((r) => r.title);
  const sharedCaveat =
    shared.length > 0
      ? `Figures for the whole occupation ${occupationName}: ${listTitles(shared)} ${shared.length === 1 ? "shows" : "show"} the same numbers.`
      : `Figures for the whole occupation ${occupationName}, not only this job title.`;
  const sharedNote =
    shared.length > 0
      ? `${role.title} shares its figures with ${listTitles(shared)}: BLS counts occupations, not job titles, and all of them are filed under ${occupationName}. Differences between these roles are in the work and the skills, not in these numbers.`
      : `BLS counts occupations, not job titles: these numbers cover everyone in ${occupationName}, not only people called ${role.title}.`;

  const title: DraftSlide = {
    topic: "title",
    title: role.title,
    caveat: null,
    body: {
      kind: "title",
      kicker: `Career Atlas · Projections ${period}`,
      lede: role.summary,
      meta: [`Figures: ${occupationName}`],
    },
    citations: [cite(occupation.sourceId, sourceVintage), ...(p ? [cite(p.sourceId, () => period)] : [])],
    notes: [
      `We look at ${role.title} one idea per slide, using the ${period} BLS employment projections and O*NET.`,
      `${occupation.note}`,
      sharedNote,
    ],
  };
  const whatTheyDo: DraftSlide = {
    topic: "what-they-do",
    title: "What the job involves",
    caveat: null,
    body: { kind: "list", lede: null, items: role.whatTheyDo.slice(0, 4), takeaway: null },
    citations: [editorialSummaryCitation(cite)],
    notes: [
      ...role.whatTheyDo.slice(4).map((item) => `Also: ${item}`),
      `Ask the class which of these tasks they have seen in an app they use every day.`,
    ],
  };
  const discussion = profile.discussionQuestions.map((q, i): DraftSlide => ({
    topic: "discussion",
    title: `Discussion ${i + 1} of ${profile.discussionQuestions.length}`,
    caveat: null,
    body: { kind: "question", label: role.title, question: q.text },
    citations: [cite(q.sourceId, sourceVintage)],
    notes: [`Give the class a minute to think, then ask two or three students to answer before you add anything.`],
  }));
  const leads = roleLeadsSlide(profile, cite);
  const ai = roleAiSlide(profile.aiImpact, role.title, cite);

  return finishDeck({
    kind: "role",
    title: role.title,
    slugs: [role.slug],
    vintage,
    dataAsOf,
    ...(profile.pinnedDataVersion ? { pinnedDataVersion: profile.pinnedDataVersion } : {}),
    slides: [
      title,
      whatTheyDo,
      ...roleFigureSlides({ profile, allOccupations, cite, period, sharedCaveat, sharedNote }),
      roleSkillsSlide(profile, cite),
      ...(leads ? [leads] : []),
      ...(ai ? [ai] : []),
      ...discussion,
    ],
    sources: profile.sources,
  });
}
