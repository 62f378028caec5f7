import { EXPOSURE_MEASURE_TEXT } from "~/features/occupations/ai-measures";
import type { OccupationProfileView } from "~/features/occupations/profile.server";
import { SourceRef } from "~/features/sources/components/sources-context";
import { ScrollBox } from "~/ui/scroll-box";

type Ai = OccupationProfileView["ai"];

/**
 * Two separate, named layers of evidence, never blended: the GPTs-are-GPTs exposure scores (what share of the
 * occupation's tasks an LLM could speed up, rated in 2023) and Working with AI's applicability score (how much
 * of the work people actually used an AI assistant for, measured in 2024 conversations).
 */
export function OccupationAi({ ai, onet }: { ai: Ai; onet: OccupationProfileView["onet"] }) {
  const titleOf = new Map(onet.map((o) => [o.onetCode, o.title]));
  const codes = [...new Set(ai.exposure.map((e) => e.onetCode))];
  return (
    <>
      <p>
        <strong>Neither layer is a forecast of job loss.</strong> They measure how much of the work generative AI could help with, or was
        used for.
      </p>
      <h3>Exposure to large language models (GPTs are GPTs, 2023)</h3>
      {codes.length === 0 ? (
        <p>This study rated no O*NET occupation under this line.</p>
      ) : (
        <ScrollBox label="Share of tasks exposed, by rater">
          <table className="data-table">
            <caption>Share of tasks exposed, by rater</caption>
            <thead>
              <tr>
                <th scope="col">O*NET occupation</th>
                <th scope="col">Measure</th>
                <th scope="col" className="num">
                  GPT-4 rating
                </th>
                <th scope="col" className="num">
                  Human rating
                </th>
              </tr>
            </thead>
            <tbody>
              {codes.flatMap((code) =>
                ["alpha", "beta", "gamma"].map((measure) => {
                  const score = (rater: string) =>
                    ai.exposure.find((e) => e.onetCode === code && e.rater === rater && e.measure === measure)?.score;
                  const gpt4 = score("gpt4");
                  const human = score("human");
                  return (
                    <tr key={`${code}-${measure}`}>
                      <th scope="row">{titleOf.get(code) ?? code}</th>
                      <td>{EXPOSURE_MEASURE_TEXT[measure]}</td>
                      <td className="num">{gpt4 !== undefined ? `${(gpt4 * 100).toFixed(1)}%` : "—"}</td>
                      <td className="num">{human !== undefined ? `${(human * 100).toFixed(1)}%` : "—"}</td>
                    </tr>
                  );
                }),
              )}
            </tbody>
          </table>
        </ScrollBox>
      )}
      {ai.exposure[0] ? (
        <p className="muted">
          Shares shown to one decimal of a percent; this page&rsquo;s CSV has them as the study publishes them.{" "}
          <SourceRef id={ai.exposure[0].sourceId} />
        </p>
      ) : null}
      <h3>Measured AI applicability (Working with AI, 2025)</h3>
      {ai.applicability.length === 0 ? (
        <p>This study scored no SOC occupation under this line.</p>
      ) : (
        <ul>
          {ai.applicability.map((a) => (
            <li key={a.socCode}>
              {a.title} ({a.socCode}): applicability score {a.score.toFixed(3)} on a 0–1 scale <SourceRef id={a.sourceId} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
