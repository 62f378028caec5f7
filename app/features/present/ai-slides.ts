/**
 * The AI-impact slides: BLS statements, research exposure scores and editorial notes, each layer in its own
 * column (one role) or on its own slide (a comparison), never blended into one score. Every AI slide says on
 * its face that exposure is not job loss, the misconception it invites most.
 */
import { formatCalendarDate } from "~/lib/format";
import { listTitles } from "~/lib/list-titles";
import { AI_LAYER_LABELS } from "~/features/roles/labels";
import { pickAiNote } from "~/features/roles/pick-ai-note";
import { noteByline, type AiNote, type ExposureScores, type RoleProfile } from "~/features/roles/role-profile";
import type { RoleComparison } from "~/features/compare/role-comparison";
import { sourceVintage, type Citer } from "~/features/present/slide-citations";
import type { BigFigure, DraftSlide, SlideCitation, SlideColumn } from "~/features/present/slides";

const AI_CAVEAT =
  "Exposure to AI measures how much of the work AI could speed up. It is not a forecast of job loss. The three kinds of sources are kept apart, never combined into one score.";
const LAYERS_APART = "Never average these layers: BLS statements, research scores and editorial notes answer different questions.";
const NO_OFFICIAL_NOTE = "No BLS statement on record for this occupation.";
const NO_EDITORIAL_NOTE = "No editorial notes written for this role yet.";

/**
 * One role's AI impact: the three layers side by side, with the research layer's β scores where the study has them.
 * None when no layer has anything: three "none on record" columns would cite nothing.
 */
export function roleAiSlide(ai: RoleProfile["aiImpact"], roleTitle: string, cite: Citer): DraftSlide | null {
  const official = pickAiNote(ai.official);
  const research = pickAiNote(ai.research.filter((n) => n.aspect !== "exposure" || !ai.exposure));
  const editorial = pickAiNote(ai.editorial);
  if (!official && !research && !editorial && !ai.exposure) return null;
  const columns: SlideColumn[] = [
    noteColumn(AI_LAYER_LABELS.official, official, NO_OFFICIAL_NOTE),
    ai.exposure
      ? {
          heading: AI_LAYER_LABELS.research,
          meta: `“GPTs are GPTs” study, ${ai.exposure.onetTitle}`,
          figures: exposureFigures(ai.exposure),
          items: [],
        }
      : noteColumn(AI_LAYER_LABELS.research, research, "No research exposure scores on record for this occupation."),
    noteColumn(AI_LAYER_LABELS.editorial, editorial, NO_EDITORIAL_NOTE),
  ];
  const shownNotes = [official, ai.exposure ? null : research, editorial].filter((n): n is AiNote => n !== null);
  const others = [...ai.official, ...ai.research, ...ai.editorial].filter((n) => !shownNotes.includes(n));
  return {
    topic: "ai-impact",
    title: "AI impact: three kinds of sources",
    caveat: AI_CAVEAT,
    body: { kind: "columns", lede: null, columns, takeaway: null },
    citations: [
      ...(official ? [noteCitation(official, cite)] : []),
      ...(ai.exposure ? [cite(ai.exposure.sourceId, sourceVintage)] : research ? [noteCitation(research, cite)] : []),
      ...(editorial ? [noteCitation(editorial, cite)] : []),
    ],
    notes: [
      `Common misconception: "exposed to AI" does not mean "will lose their jobs". Exposure is the share of tasks AI could speed up; how many ${roleTitle} jobs there will be is a separate question, which the BLS projections answer by their own methods.`,
      ...(ai.exposure
        ? [
            `β (beta) counts tasks an LLM alone could do at least twice as fast, plus half of those that need software built on top of it, from 0 (none) to 1 (all). GPT-4 and human raters are shown side by side because they do not always agree.`,
          ]
        : []),
      LAYERS_APART,
      ...others.slice(0, 5).map((n) => `${layerName(n)} (${formatCalendarDate(n.asOf)}): ${n.statement}`),
    ],
  };
}

/**
 * A comparison's AI impact: one slide per layer, a column per role, so no layer is read next to another as if comparable.
 * A layer no compared role has anything in is left out: its slide would hold only "none on record" in every column and
 * cite nothing (an empty "Source:" footer). Where only some roles have it, the slide stays and says which have none.
 */
export function comparisonAiSlides(comparison: RoleComparison, cite: Citer): DraftSlide[] {
  const { roles, economyAiNotes } = comparison;
  const officialNotes = roles.map((r) => pickAiNote(r.aiImpact.official));
  const editorialNotes = roles.map((r) => pickAiNote(r.aiImpact.editorial));
  const exposures = roles.map((r) => r.aiImpact.exposure);
  const jobLoss = `Common misconception: "exposed to AI" does not mean "will lose their jobs". Exposure is the share of tasks AI could speed up.`;
  const without = (held: readonly unknown[], what: string) => {
    const titles = roles.filter((_, i) => held[i] == null).map((r) => r.title);
    return titles.length > 0 ? [`${what} for ${listTitles(titles)}.`] : [];
  };
  const official: DraftSlide = {
    topic: "ai-official",
    title: "AI impact: what BLS says",
    caveat: AI_CAVEAT,
    body: {
      kind: "columns",
      lede: AI_LAYER_LABELS.official,
      columns: roles.map((r, i) => noteColumn(r.title, officialNotes[i]!, NO_OFFICIAL_NOTE)),
      takeaway: null,
    },
    citations: officialNotes.filter((n): n is AiNote => n !== null).map((n) => noteCitation(n, cite)),
    notes: [
      jobLoss,
      LAYERS_APART,
      ...without(officialNotes, "BLS has published no statement about AI"),
      ...economyAiNotes.official.slice(0, 3).map((n) => `BLS, about the whole economy (${formatCalendarDate(n.asOf)}): ${n.statement}`),
    ],
  };
  const research: DraftSlide = {
    topic: "ai-research",
    title: "AI impact: research on exposure",
    caveat: AI_CAVEAT,
    body: {
      kind: "columns",
      lede: "Share of tasks large language models could speed up (β measure, from 0 to 1), as rated in a research study",
      columns: roles.map((r, i) => {
        const exposure = exposures[i];
        return exposure
          ? { heading: r.title, meta: exposure.onetTitle, figures: exposureFigures(exposure), items: [] }
          : { heading: r.title, meta: null, figures: [], items: ["No research exposure scores on record."] };
      }),
      takeaway: null,
    },
    citations: [...new Set(exposures.flatMap((e) => (e ? [e.sourceId] : [])))].map((id) => cite(id, sourceVintage)),
    notes: [
      jobLoss,
      `β (beta) counts tasks an LLM alone could do at least twice as fast, plus half of those that need software built on top of it. GPT-4 and human raters are shown side by side because they do not always agree.`,
      ...without(exposures, "The study has no exposure scores"),
      ...economyAiNotes.research.slice(0, 3).map((n) => `Research, about the whole economy: ${n.statement}`),
    ],
  };
  const editorial: DraftSlide = {
    topic: "ai-editorial",
    title: "AI impact: what career articles say",
    caveat: AI_CAVEAT,
    body: {
      kind: "columns",
      lede: `${AI_LAYER_LABELS.editorial}: opinions, not statistics`,
      columns: roles.map((r, i) => noteColumn(r.title, editorialNotes[i]!, NO_EDITORIAL_NOTE)),
      takeaway: null,
    },
    citations: editorialNotes.filter((n): n is AiNote => n !== null).map((n) => noteCitation(n, cite)),
    notes: [
      "These are the views of the articles we use (reviewed by Career Atlas), not measurements: ask the class what evidence would support or contradict them.",
      ...without(editorialNotes, "Career Atlas has written no editorial notes yet"),
      LAYERS_APART,
    ],
  };
  return [
    ...(officialNotes.some((n) => n !== null) ? [official] : []),
    ...(exposures.some((e) => e !== null) ? [research] : []),
    ...(editorialNotes.some((n) => n !== null) ? [editorial] : []),
  ];
}

/** A note is dated by when it was written, not by a release: "as of August 22, 2023". */
function noteCitation(note: AiNote, cite: Citer): SlideCitation {
  return cite(note.sourceId, () => `as of ${formatCalendarDate(note.asOf)}`);
}

function noteColumn(heading: string, note: AiNote | null, empty: string): SlideColumn {
  if (!note) return { heading, meta: null, figures: [], items: [empty] };
  return {
    heading,
    meta: `${noteByline(note) ?? layerName(note)} · ${formatCalendarDate(note.asOf)}`,
    figures: [],
    items: [note.statement],
  };
}

function layerName(note: AiNote): string {
  return note.layer === "official" ? "BLS" : note.layer === "research" ? "Research" : "Editorial";
}

/** β only, both raters, to two decimals as the study reports them. */
function exposureFigures(exposure: ExposureScores): BigFigure[] {
  const beta = exposure.rows.find((r) => r.measure === "beta");
  return [
    { label: "β exposure, GPT-4 rating", value: beta?.gpt4 != null ? beta.gpt4.toFixed(2) : "—", detail: null },
    { label: "β exposure, human rating", value: beta?.human != null ? beta.human.toFixed(2) : "—", detail: null },
  ];
}
