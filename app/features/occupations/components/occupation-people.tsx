import { Link } from "react-router";
import { withDataPin } from "~/features/data-pin/data-pin";
import type { FiledElsewhereThen, KeptInterestFiling, UnplacedInterestScores } from "~/features/occupations/queries.server";
import type { OccupationProfileView } from "~/features/occupations/profile.server";
import { SourceRef } from "~/features/sources/components/sources-context";

type View = Pick<OccupationProfileView, "onet" | "education" | "interests">;
type Interests = View["interests"];

/**
 * Who does the work: O*NET's job zone, the share of workers at each level of education (O*NET's survey, not BLS's
 * "typical entry" category), and the occupation's RIASEC interest profile, per O*NET occupation. `currentScores`: the
 * page is pinned to a data version that kept no interest scores, so these are O*NET's current ones, and say so.
 *
 * On a page pinned to a version that kept its scores (`pinnedTag`), the scores are those the page showed then (ADR 019,
 * amended 2026-12-07), each labelled with its release: under the O*NET occupations filed here now, and after them those
 * that version filed here and O*NET has since retired or moved, each named with its code, its title then and where it
 * is now. An O*NET occupation filed here only since shows none, and says which line's pinned page has them
 * (`filedElsewhereThen`). Scores the version kept without a filing (`unplaced`) are counted in words, never dropped unsaid.
 */
export function OccupationPeople({
  onet,
  education,
  interests,
  currentScores = false,
  pinnedTag,
  unplaced = [],
  filedElsewhereThen = [],
}: View & { currentScores?: boolean; pinnedTag?: string; unplaced?: UnplacedInterestScores[]; filedElsewhereThen?: FiledElsewhereThen[] }) {
  const filedHereNow = new Set(onet.map((o) => o.onetCode));
  const gone = groupByCode(interests.filter((i) => !filedHereNow.has(i.onetCode)));
  if (onet.length === 0 && gone.length === 0 && unplaced.length === 0) return <p>O*NET has no worker survey for this BLS line.</p>;
  const headed = onet.length + gone.length > 1;
  return (
    <>
      {onet.length === 0 ? <p>The O*NET release loaded now files no O*NET occupation under this BLS line.</p> : null}
      {onet.map((o) => {
        const levels = education.filter((e) => e.onetCode === o.onetCode && e.percent > 0);
        const profile = interests.filter((i) => i.onetCode === o.onetCode);
        const kept = profile[0]?.kept;
        const elsewhere = filedElsewhereThen.find((f) => f.onetCode === o.onetCode);
        return (
          <div key={o.onetCode} className="onet-occupation">
            {headed ? <h3>{o.title}</h3> : null}
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
            {kept && pinnedTag && kept.title !== o.title ? (
              <p>
                In {onetRelease(kept.release)}, as data version {pinnedTag} kept it, this occupation was titled &ldquo;{kept.title}&rdquo;.
              </p>
            ) : null}
            {profile.length > 0 ? <InterestLine profile={profile} current={currentScores} /> : null}
            {elsewhere && pinnedTag ? <FiledElsewhere elsewhere={elsewhere} pinnedTag={pinnedTag} /> : null}
          </div>
        );
      })}
      {gone.map((profile) => {
        const { onetCode, kept } = profile[0]!;
        return (
          <div key={onetCode} className="onet-occupation">
            <h3>
              {kept!.title} (O*NET {onetCode})
            </h3>
            <p>
              Filed under this occupation in {onetRelease(kept!.release)}, as data version {pinnedTag} kept it; <FiledNow now={kept!.now} />
              .
            </p>
            <InterestLine profile={profile} current={false} />
          </div>
        );
      })}
      {unplaced.map((u) => (
        <p key={u.release ?? ""}>
          Data version {pinnedTag} also kept {u.scores} interest {u.scores === 1 ? "score" : "scores"} from {onetRelease(u.release)} for{" "}
          {u.onetCodes.length === 1 ? "an O*NET code" : `${u.onetCodes.length} O*NET codes`} ({u.onetCodes.join(", ")}) that the O*NET
          release loaded now no longer lists. Career Atlas did not record which occupation{" "}
          {u.onetCodes.length === 1 ? "it was" : "they were"} filed under then, so no occupation page shows {u.scores === 1 ? "it" : "them"}
          .
        </p>
      ))}
    </>
  );
}

/** One O*NET occupation's six scores and its interest code, labelled with the release a pinned version kept them from. */
function InterestLine({ profile, current }: { profile: Interests; current: boolean }) {
  const kept = profile[0]!.kept;
  const from = kept ? onetRelease(kept.release) : "O*NET";
  return (
    <p>
      Interests ({from}
      {current ? ", current scores" : ""}, 1 = low to 7 = high):{" "}
      {profile.map((i, n) => (
        <span key={i.interest}>
          {n > 0 ? ", " : null}
          {i.interest} {i.score.toFixed(2)}
        </span>
      ))}
      . <SourceRef id={profile[0]!.sourceId} /> <InterestCode profile={profile} current={current} />
    </p>
  );
}

/** Where the O*NET release loaded now files a code a pinned version filed here. */
function FiledNow({ now }: { now: KeptInterestFiling["now"] }) {
  if (now.status === "unlisted") return <>the O*NET release loaded now no longer lists the code</>;
  if (now.status === "here") return <>filed here still</>;
  if (now.blsCode === null) return <>the O*NET release loaded now files it under no BLS line</>;
  return (
    <>
      now filed under{" "}
      <Link to={`/occupations/${now.blsCode}`}>
        {now.blsTitle ?? "BLS line"} ({now.blsCode})
      </Link>
    </>
  );
}

/** A code filed here only since the pinned version, which filed it under another line: where its scores then are. */
function FiledElsewhere({ elsewhere, pinnedTag }: { elsewhere: FiledElsewhereThen; pinnedTag: string }) {
  if (elsewhere.blsCode === null) {
    return <p>No interest scores here: data version {pinnedTag} filed this O*NET occupation under no BLS line.</p>;
  }
  return (
    <p>
      No interest scores here: data version {pinnedTag} filed this O*NET occupation under{" "}
      <Link to={withDataPin(`/occupations/${elsewhere.blsCode}`, pinnedTag)}>
        {elsewhere.blsTitle ?? "another BLS line"} ({elsewhere.blsCode})
      </Link>
      , whose page pinned to that version shows them.
    </p>
  );
}

/** "O*NET 30.1 (December 2025)": the release a score is from, as its source's vintage names it. */
function onetRelease(release: string | null): string {
  return release ? `O*NET ${release}` : "O*NET";
}

/** Scores by O*NET code, in the order given (the query's: by code, then highest score first). */
function groupByCode(scores: Interests): Interests[] {
  const groups = new Map<string, Interests>();
  for (const score of scores) groups.set(score.onetCode, [...(groups.get(score.onetCode) ?? []), score]);
  return [...groups.values()];
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
