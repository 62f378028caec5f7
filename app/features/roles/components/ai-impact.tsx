import { AI_ASPECT_LABELS, AI_LAYER_LABELS } from "~/features/roles/labels";
import { noteByline, type AiNote, type ExposureScores, type RoleProfile } from "~/features/roles/role-profile";
import { ProfileSection, sectionTitle } from "~/ui/profile-section";
import { SourceRef } from "~/features/sources/components/sources-context";
import { formatCalendarDate } from "~/lib/format";

/** Raters "disagree" where their scores differ by this much or more (a share of tasks, 0 to 1). */
const DISAGREEMENT = 0.2;

const MEASURES: Record<"alpha" | "beta" | "gamma", { name: string; explanation: string }> = {
  alpha: { name: "α (alpha)", explanation: "tasks an LLM such as ChatGPT alone could do at least twice as fast, at the same quality" },
  beta: { name: "β (beta)", explanation: "alpha plus half of the tasks that need software built on top of an LLM" },
  gamma: { name: "γ (gamma)", explanation: "alpha plus all of the tasks that need such software" },
};

/**
 * AI impact in three separate, dated layers (official, research, editorial), never blended into one score,
 * with the caveat that exposure is not a forecast of job loss.
 */
export function AiImpact({ profile }: { profile: RoleProfile }) {
  const { official, research, editorial, exposure } = profile.aiImpact;
  return (
    <ProfileSection id="ai-impact" title={sectionTitle("ai-impact")}>
      <p className="caveat">
        <strong>Read this first:</strong> exposure to AI measures how much of an occupation's work AI could speed up. It is{" "}
        <strong>not a forecast of job loss</strong>, and it does not predict how employment will change. The three layers below come from
        different kinds of sources and are kept apart on purpose: we never combine them into one score.
      </p>

      <div className="ai-layer" id="ai-official">
        <h3>{AI_LAYER_LABELS.official}</h3>
        <NoteList
          notes={official}
          empty="BLS has published no statement about AI or automation for this occupation that we have on record."
        />
      </div>

      <div className="ai-layer" id="ai-research">
        <h3>{AI_LAYER_LABELS.research}</h3>
        {exposure ? <ExposureTable exposure={exposure} /> : <p>No research exposure scores are on record for this occupation.</p>}
        <NoteList notes={research} empty="" />
      </div>

      <div className="ai-layer" id="ai-editorial">
        <h3>{AI_LAYER_LABELS.editorial}</h3>
        <NoteList notes={editorial} empty="No editorial notes have been written for this role yet." />
      </div>
    </ProfileSection>
  );
}

const SCOPE_LABELS: Record<AiNote["scope"], string> = {
  occupation: "About this occupation",
  role: "About this role",
  economy: "About the whole economy",
};

/** A dated list of AI-impact notes of one layer (also used by the compare page). */
export function NoteList({ notes, empty }: { notes: AiNote[]; empty: string }) {
  if (notes.length === 0) return empty ? <p>{empty}</p> : null;
  return (
    <ul className="note-list">
      {notes.map((note, i) => (
        <li key={i}>
          <p className="note-list__meta">
            <time dateTime={note.asOf}>{formatCalendarDate(note.asOf)}</time> · <span className="badge">{SCOPE_LABELS[note.scope]}</span> ·{" "}
            {AI_ASPECT_LABELS[note.aspect]}
          </p>
          <p>
            {note.statement} <SourceRef id={note.sourceId} />
          </p>
          {noteByline(note) ? (
            <p className="note-list__byline">
              {noteByline(note)}
              {note.reviewedOn ? (
                <>
                  {" "}
                  · Reviewed by Career Atlas on <time dateTime={note.reviewedOn}>{formatCalendarDate(note.reviewedOn)}</time>
                </>
              ) : null}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function ExposureTable({ exposure }: { exposure: ExposureScores }) {
  const disagreements = exposure.rows.filter((r) => r.gpt4 !== null && r.human !== null && Math.abs(r.gpt4 - r.human) >= DISAGREEMENT);
  return (
    <div className="exposure">
      <p>
        Share of the tasks of <strong>{exposure.onetTitle}</strong> (O*NET {exposure.onetCode}) that large language models could speed up,
        from 0 (none) to 1 (all), as rated by GPT-4 and by human annotators in the “GPTs are GPTs” study{" "}
        <SourceRef id={exposure.sourceId} then="." /> The two kinds of raters are shown side by side because they do not always agree.
      </p>
      <div className="table-scroll">
        <table className="data-table exposure-table">
          <caption>Exposure to large language models, {exposure.onetTitle}</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col" className="num">
                GPT-4 rating
              </th>
              <th scope="col" className="num">
                Human rating
              </th>
              <th scope="col">Raters agree?</th>
            </tr>
          </thead>
          <tbody>
            {exposure.rows.map((row) => {
              const disagree = disagreements.includes(row);
              return (
                <tr key={row.measure} className={disagree ? "exposure-table__disagree" : undefined}>
                  <th scope="row">
                    <span className="exposure-table__measure">{MEASURES[row.measure].name}</span>
                    <span className="skill-description">{MEASURES[row.measure].explanation}</span>
                  </th>
                  <td className="num">{score(row.gpt4)}</td>
                  <td className="num">{score(row.human)}</td>
                  <td>
                    {row.gpt4 === null || row.human === null ? (
                      "Only one rating"
                    ) : disagree ? (
                      <span className="badge badge--disagree">Raters disagree ({Math.abs(row.gpt4 - row.human).toFixed(2)} apart)</span>
                    ) : (
                      "Close"
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="fact__detail">
        Scores are shown to two decimals, as the study reports them. “Disagree” means the two ratings are {DISAGREEMENT} or more apart.
      </p>
    </div>
  );
}

function score(value: number | null) {
  return value === null ? "—" : <data value={String(value)}>{value.toFixed(2)}</data>;
}
