import { SourceRef } from "~/features/sources/components/sources-context";
import { formatCalendarDate } from "~/lib/format";
import type { HandoutAiSummary } from "~/features/handout/handout";
import type { AiNote } from "~/features/roles/role-profile";
import { AI_ASPECT_LABELS, AI_LAYER_LABELS } from "~/features/roles/labels";

/** The profile's rule: GPT-4 and human ratings this far apart (share of tasks, 0 to 1) "disagree". */
const DISAGREEMENT = 0.2;

export const BETA_MEANING =
  "β is the share of tasks, from 0 (none) to 1 (all), that an LLM alone could do at least twice as fast at the same quality, plus half of those that need software built on one.";

/** The caveat every AI summary starts with: exposure is not a forecast of job loss; the layers stay apart. */
export function AiCaveat() {
  return (
    <p className="handout-caveat">
      <strong>Read this first:</strong> exposure to AI measures how much of an occupation's work AI could speed up; it is{" "}
      <strong>not a forecast of job loss</strong>. The three layers come from different kinds of sources and are never combined into one
      score.
    </p>
  );
}

export function OfficialLayer({ ai, occupationTitle }: { ai: HandoutAiSummary; occupationTitle: string }) {
  return ai.official ? (
    <HandoutNote note={ai.official} />
  ) : (
    <p>BLS has published no statement about AI or automation for {occupationTitle.toLowerCase()} that we have on record.</p>
  );
}

/** The β exposure scores (or, without them, a research note); `brief` leaves out what β means (said once elsewhere). */
export function ResearchLayer({ ai, brief = false, inline = false }: { ai: HandoutAiSummary; brief?: boolean; inline?: boolean }) {
  const { exposure } = ai;
  if (!exposure) {
    if (inline) return <InlineNote note={ai.research} empty="no exposure scores on record." />;
    return ai.research ? <HandoutNote note={ai.research} /> : <p>No research exposure scores are on record for this occupation.</p>;
  }
  const apart = exposure.gpt4 !== null && exposure.human !== null ? Math.abs(exposure.gpt4 - exposure.human) : null;
  const Wrapper = inline ? "span" : "p";
  return (
    <Wrapper>
      <strong>{exposure.onetTitle}</strong> (O*NET {exposure.onetCode}), β exposure: <strong>{score(exposure.gpt4)}</strong> rated by GPT-4,{" "}
      <strong>{score(exposure.human)}</strong> by human annotators <SourceRef id={exposure.sourceId} />
      {apart !== null && apart >= DISAGREEMENT ? <> (the raters disagree: {apart.toFixed(2)} apart)</> : null}.
      {brief ? null : <> {BETA_MEANING}</>}
    </Wrapper>
  );
}

export function EditorialLayer({ ai, roleTitle }: { ai: HandoutAiSummary; roleTitle: string }) {
  return ai.editorial ? <HandoutNote note={ai.editorial} /> : <p>No editorial notes have been written for {roleTitle} yet.</p>;
}

/** The three layers side by side, each labelled, one note at most per layer. */
export function AiLayers({ ai, roleTitle, occupationTitle }: { ai: HandoutAiSummary; roleTitle: string; occupationTitle: string }) {
  return (
    <div className="handout-ai">
      <div className="handout-ai__layer">
        <h3>{AI_LAYER_LABELS.official}</h3>
        <OfficialLayer ai={ai} occupationTitle={occupationTitle} />
      </div>
      <div className="handout-ai__layer">
        <h3>{AI_LAYER_LABELS.research}</h3>
        <ResearchLayer ai={ai} />
      </div>
      <div className="handout-ai__layer">
        <h3>{AI_LAYER_LABELS.editorial}</h3>
        <EditorialLayer ai={ai} roleTitle={roleTitle} />
      </div>
    </div>
  );
}

const SCOPE_LABELS: Record<AiNote["scope"], string> = {
  occupation: "about this occupation",
  role: "about this role",
  economy: "about the whole economy",
};

/**
 * One dated note: date, what it is about and its aspect, then the statement and its source number (the source
 * list names the author). The profile's note list, compacted for paper.
 */
export function HandoutNote({ note }: { note: AiNote }) {
  return (
    <p className="handout-ai__note">
      <span className="handout-ai__meta">
        <time dateTime={note.asOf}>{formatCalendarDate(note.asOf)}</time> · {SCOPE_LABELS[note.scope]} ·{" "}
        {AI_ASPECT_LABELS[note.aspect].toLowerCase()}
      </span>{" "}
      {note.statement} <SourceRef id={note.sourceId} />
    </p>
  );
}

/** A note in running text: "its statement [n] (August 28, 2025)", for the comparison's one paragraph per role. */
export function InlineNote({ note, empty }: { note: AiNote | null; empty: string }) {
  if (!note) return <>{empty}</>;
  return (
    <>
      {note.statement} <SourceRef id={note.sourceId} /> (<time dateTime={note.asOf}>{formatCalendarDate(note.asOf)}</time>).
    </>
  );
}

function score(value: number | null) {
  return value === null ? "—" : value.toFixed(2);
}
