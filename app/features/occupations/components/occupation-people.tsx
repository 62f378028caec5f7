import type { OccupationProfileView } from "~/features/occupations/profile.server";
import { SourceRef } from "~/features/sources/components/sources-context";

type View = Pick<OccupationProfileView, "onet" | "education" | "interests">;

/**
 * Who does the work: O*NET's job zone, the share of workers at each level of education (O*NET's survey, not BLS's
 * "typical entry" category), and the occupation's RIASEC interest profile, per O*NET occupation. `currentScores`: the
 * page is pinned to a data version that kept no interest scores, so these are O*NET's current ones, and say so.
 */
export function OccupationPeople({ onet, education, interests, currentScores = false }: View & { currentScores?: boolean }) {
  if (onet.length === 0) return <p>O*NET has no worker survey for this BLS line.</p>;
  return (
    <>
      {onet.map((o) => {
        const levels = education.filter((e) => e.onetCode === o.onetCode && e.percent > 0);
        const profile = interests.filter((i) => i.onetCode === o.onetCode);
        return (
          <div key={o.onetCode} className="onet-occupation">
            {onet.length > 1 ? <h3>{o.title}</h3> : null}
            <p>
              Job zone: {o.jobZone !== null ? `${o.jobZone} of 5` : "not rated"} <SourceRef id={o.sourceId} />
            </p>
            {levels.length > 0 ? (
              <figure className="html-bars">
                <figcaption>Workers by level of education they say the job needs</figcaption>
                <ul className="html-bars__list">
                  {levels.map((e) => (
                    <li key={e.category}>
                      <span className="html-bars__label">{levelName(e.label)}</span>
                      <span className="html-bars__track" aria-hidden="true">
                        <span className="html-bars__bar" style={{ width: `${e.percent}%` }} />
                      </span>
                      <span className="html-bars__value">{e.percent}%</span>
                    </li>
                  ))}
                </ul>
                {levels.some((e) => levelName(e.label) !== e.label) ? (
                  <details>
                    <summary>What the levels mean (O*NET&rsquo;s words)</summary>
                    <ul>
                      {levels
                        .filter((e) => levelName(e.label) !== e.label)
                        .map((e) => (
                          <li key={e.category}>{e.label}</li>
                        ))}
                    </ul>
                  </details>
                ) : null}
              </figure>
            ) : null}
            {profile.length > 0 ? (
              <p>
                Interests (O*NET{currentScores ? ", current scores" : ""}, 1 = low to 7 = high):{" "}
                {profile.map((i, n) => (
                  <span key={i.interest}>
                    {n > 0 ? ", " : null}
                    {i.interest} {i.score.toFixed(2)}
                  </span>
                ))}
                . <SourceRef id={profile[0]!.sourceId} /> <InterestCode profile={profile} current={currentScores} />
              </p>
            ) : null}
          </div>
        );
      })}
    </>
  );
}

/**
 * O*NET's interest code: the areas that stand out in the profile (its "high-points"), first to third. O*NET names one
 * to three, so it can be shorter than the three highest scores (Statisticians: "IC").
 */
function InterestCode({ profile, current }: { profile: View["interests"]; current: boolean }) {
  const points = profile.filter((i) => i.highPoint !== null).sort((a, b) => a.highPoint! - b.highPoint!);
  if (points.length === 0) return null;
  return (
    <>
      O*NET&rsquo;s {current ? "current " : ""}interest code: <strong>{points.map((i) => i.interest[0]).join("")}</strong> (
      {points.map((i) => i.interest).join(", ")}: the areas that stand out, highest first).
    </>
  );
}

/**
 * The level's name without O*NET's gloss: "Post-Secondary Certificate - awarded for training completed after high school
 * (…)" -> "Post-Secondary Certificate". The whole label is listed under the bars.
 */
function levelName(label: string): string {
  const cut = label.indexOf(" - ");
  return cut > 0 ? label.slice(0, cut) : label;
}
