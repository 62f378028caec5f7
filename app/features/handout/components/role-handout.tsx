import { Link } from "react-router";
import type { ReactNode } from "react";
import { GrowthComparisonText } from "~/features/roles/components/growth-figure";
import { SourceRef } from "~/features/sources/components/sources-context";
import { formatCount, formatCountChange, formatDollars, formatPercentChange, formatVintage, formatWageYear } from "~/lib/format";
import type { HandoutSkill, RoleHandout } from "~/features/handout/handout";
import type { ProgressionEdge } from "~/features/roles/role-profile";
import { TRACK_LABELS } from "~/features/roles/labels";
import { AiCaveat, AiLayers } from "~/features/handout/components/ai-summary";
import { HandoutGrowthChart } from "~/features/handout/components/growth-chart";
import { HandoutSection } from "~/features/handout/components/handout-sheet";
import { PaySpread } from "~/features/pay/components/pay-spread";
import { lowPercentilesNote } from "~/features/pay/pay";
import { wholeOccupationNote } from "~/features/roles/occupation-scope";
import { SUMMED_PROJECTION_NOTE } from "~/features/roles/summed-lines";

/** The sections of a role's handout: quick facts, the growth chart and its table, hot skills, next roles, AI impact. */
export function RoleHandoutBody({ handout }: { handout: RoleHandout }) {
  const { quickFacts: facts, occupation, vintage, role } = handout;
  const p = facts.projection;
  const period = formatVintage(vintage);
  const entryYear = facts.entryDataYear ? formatVintage(facts.entryDataYear) : null;
  const scope = wholeOccupationNote(role.title, occupation.title);
  const roleBar = handout.growthBars.find((b) => b.kind === "role");
  const totalBar = handout.growthBars.find((b) => b.kind === "total");
  const chartSummary =
    roleBar && totalBar
      ? `${occupation.title}: ${formatPercentChange(roleBar.changePercent, roleBar.decimals)} over ${period}, against ${formatPercentChange(
          totalBar.changePercent,
          totalBar.decimals,
        )} for all occupations.`
      : `Projected change in employment over ${period}.`;
  return (
    <>
      <HandoutSection id="handout-facts" title="Quick facts">
        <p className="handout-note">
          Figures for the U.S. occupation <strong>{occupation.title}</strong> (SOC {occupation.socCode}){" "}
          <SourceRef id={occupation.sourceId} then="," /> where {role.title} is filed: pay and openings of {scope}
          {handout.sharesFiguresWith.length > 0 ? (
            <>
              ; {handout.sharesFiguresWith.map((r) => r.title).join(", ")} {handout.sharesFiguresWith.length === 1 ? "shows" : "show"} the
              same numbers.
            </>
          ) : (
            "."
          )}
        </p>
        {p ? (
          <dl className="handout-facts">
            <Fact label={`Median annual pay, ${p.wageYear !== null ? formatWageYear(p.wageYear) : "not dated"}`}>
              {p.medianAnnualWage !== null ? (
                <>
                  <span className="handout-facts__value">{formatDollars(p.medianAnnualWage)}</span> <SourceRef id={p.sourceId} />
                  {facts.pay ? (
                    <span className="handout-facts__detail">
                      <PaySpread pay={facts.pay} plain inline /> {lowPercentilesNote({ quarter: false }).lead}
                    </span>
                  ) : null}
                </>
              ) : (
                "Not published"
              )}
              {facts.otherWages.map((w) => (
                <span key={`${w.sourceId}-${w.wageYear}`} className="handout-facts__detail">
                  Another release gives {formatDollars(w.medianAnnualWage)} ({formatWageYear(w.wageYear)}) <SourceRef id={w.sourceId} />
                </span>
              ))}
            </Fact>
            <Fact label={`Projected growth, ${period}`}>
              <span className="handout-facts__value">{formatPercentChange(p.changePercent)}</span> <SourceRef id={p.sourceId} />
              {facts.comparison ? (
                <span className="handout-facts__detail">
                  <GrowthComparisonText
                    comparison={facts.comparison}
                    allOccupations={
                      <>
                        {formatPercentChange(facts.comparison.allOccupationsPercent)}{" "}
                        <SourceRef id={facts.comparison.allOccupationsSourceId} />
                      </>
                    }
                  />
                </span>
              ) : null}
            </Fact>
            <Fact label={`Change in jobs, ${period}`}>
              {p.changeNumeric !== null ? (
                <>
                  <span className="handout-facts__value">{formatCountChange(p.changeNumeric)}</span> <SourceRef id={p.sourceId} />
                </>
              ) : (
                "Not published"
              )}
            </Fact>
            <Fact label={`Openings each year, ${period} average`}>
              {p.annualOpenings !== null ? (
                <>
                  <span className="handout-facts__value">{formatCount(p.annualOpenings)}</span> <SourceRef id={p.sourceId} />
                  <span className="handout-facts__detail">Includes jobs left by workers who retire or change occupation.</span>
                </>
              ) : (
                "Not published"
              )}
            </Fact>
            <Fact label={`Employment, ${p.baseYear}`}>
              <span className="handout-facts__value">{formatCount(p.employmentBase)}</span> <SourceRef id={p.sourceId} />
              <span className="handout-facts__detail">
                Projected {formatCount(p.employmentProjected)} in {p.targetYear}.
              </span>
            </Fact>
            <Fact label={`Typical entry education${entryYear ? `, ${entryYear}` : ""}`}>
              <span className="handout-facts__text">{facts.entryEducation}</span> <SourceRef id={facts.entrySourceId} />
            </Fact>
            <Fact label={`Work experience needed${entryYear ? `, ${entryYear}` : ""}`} wide>
              <span className="handout-facts__text">{facts.workExperience}</span> <SourceRef id={facts.entrySourceId} />
            </Fact>
          </dl>
        ) : (
          <p className="handout-note">BLS published no {period} projection for this occupation.</p>
        )}
        {p?.isDerived ? <p className="handout-note">{SUMMED_PROJECTION_NOTE}</p> : null}
      </HandoutSection>

      <div className="handout-columns">
        <HandoutGrowthChart
          title={`Projected growth, ${period}, against all occupations`}
          summary={chartSummary}
          bars={handout.growthBars}
          periodLabel={period}
          baseYear={p?.baseYear ?? 0}
          targetYear={p?.targetYear ?? 0}
        />
        <div className="handout-stack">
          <HandoutSection id="handout-skills" title="Top hot skills">
            <HotSkillList skills={handout.hotSkills} onetSourceId={handout.onetSourceId} />
            <p className="handout-more">
              {handout.hotSkillCount > handout.hotSkills.length
                ? `${handout.hotSkills.length} of the ${handout.hotSkillCount} marked skills; the profile lists every skill.`
                : handout.hotSkills.length === 0
                  ? "No skill of this role carries an O*NET or source mark; the profile lists every skill."
                  : "The profile lists every skill."}
            </p>
          </HandoutSection>
          <HandoutSection id="handout-leads" title={`Where ${role.title} leads`}>
            {handout.leadsTo.length === 0 ? (
              <p>We have no moves on record from {role.title}.</p>
            ) : (
              <ul className="handout-list">
                {handout.leadsTo.map((edge) => (
                  <li key={edge.slug}>
                    <EdgeText edge={edge} />
                  </li>
                ))}
              </ul>
            )}
            {handout.leadsToCount > handout.leadsTo.length ? (
              <p className="handout-more">
                {handout.leadsToCount - handout.leadsTo.length} more on the profile. Years are typical time in the role first: estimates
                that vary widely with the person and the employer.
              </p>
            ) : (
              <p className="handout-more">
                Years are typical time in the role first: estimates that vary widely with the person and the employer.
              </p>
            )}
          </HandoutSection>
        </div>
      </div>

      <HandoutSection id="handout-ai" title="AI impact" className="handout-section--ai">
        <AiCaveat />
        <AiLayers ai={handout.ai} roleTitle={role.title} occupationTitle={occupation.title} />
      </HandoutSection>
    </>
  );
}

/** One quick fact; `wide` takes two of the four columns (the seventh fact fills the row, and its text can be long). */
function Fact({ label, wide = false, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? "handout-facts__item handout-facts__item--wide" : "handout-facts__item"}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Hot skills with their marks as words (never colour alone): core or useful, In demand, Hot Technology, an article's highlight. */
export function HotSkillList({ skills, onetSourceId }: { skills: HandoutSkill[]; onetSourceId: string | null }) {
  if (skills.length === 0) return null;
  return (
    <>
      <p className="handout-note">
        <em>In demand</em>: frequent in job postings for this occupation; <em>Hot Technology</em>: frequent across all occupations (O*NET
        {onetSourceId ? (
          <>
            {" "}
            <SourceRef id={onetSourceId} />
          </>
        ) : null}
        ); <em>highlight</em>: an article names it as a skill for the future.
      </p>
      <table className="handout-table handout-skills">
        <caption className="visually-hidden">Top hot skills and their marks</caption>
        <thead>
          <tr>
            <th scope="col">Skill</th>
            <th scope="col">Need</th>
            <th scope="col">O*NET marks</th>
            <th scope="col">Highlight</th>
          </tr>
        </thead>
        <tbody>
          {skills.map((skill) => (
            <tr key={skill.slug}>
              <th scope="row">{skill.name}</th>
              <td>{skill.importance === "core" ? "Core" : "Useful"}</td>
              <td>{[...(skill.inDemand ? ["In demand"] : []), ...(skill.hotTechnology ? ["Hot Technology"] : [])].join(", ") || "—"}</td>
              <td>
                {skill.highlightSourceIds.length > 0
                  ? skill.highlightSourceIds.map((id) => (
                      <span key={id}>
                        yes <SourceRef id={id} />
                      </span>
                    ))
                  : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** "Data Engineer (technical track, 2–5 years) [4]": a next role, on one line. */
export function EdgeText({ edge, brief = false }: { edge: ProgressionEdge; brief?: boolean }) {
  const years =
    edge.typicalYearsMin === edge.typicalYearsMax ? `${edge.typicalYearsMin}` : `${edge.typicalYearsMin}–${edge.typicalYearsMax}`;
  return (
    <>
      <Link to={`/roles/${edge.slug}`}>{edge.title}</Link> ({brief ? "" : `${TRACK_LABELS[edge.track].toLowerCase()}, `}
      {years} years) <SourceRef id={edge.sourceId} />
    </>
  );
}
