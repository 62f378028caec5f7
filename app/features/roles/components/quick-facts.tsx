import { Link } from "react-router";
import type { ReactNode } from "react";
import { formatCount, formatCountChange, formatDollars, formatPercentChange, formatVintage, formatWageYear } from "~/lib/format";
import type { GrowthComparison, OtherWage, RoleProfile } from "~/features/roles/role-profile";
import { ProfileSection, sectionTitle } from "~/ui/profile-section";
import { Sourced, SourceRef, useSource } from "~/features/sources/components/sources-context";
import { StatementList } from "~/features/roles/components/statement-list";

/** Pay, growth, openings, employment, education and experience of the role's occupation, each with its source. */
export function QuickFacts({ profile }: { profile: RoleProfile }) {
  const { quickFacts: facts, occupation, vintage } = profile;
  const p = facts.projection;
  const period = formatVintage(vintage);
  const entryDataYear = facts.entryDataYear ? formatVintage(facts.entryDataYear) : "not dated";
  // Figures the articles give (cited or not) stay in view; their general characterisations fold away.
  const headline = profile.outlookStatements.filter((s) => s.figure !== null);
  const characterisations = profile.outlookStatements.filter((s) => s.figure === null);
  return (
    <ProfileSection id="quick-facts" title={sectionTitle("quick-facts")}>
      <p className="occupation-note">
        These figures describe the U.S. occupation <strong>{occupation.title}</strong> (SOC {occupation.socCode}), the occupation{" "}
        {profile.role.title} is filed under <SourceRef id={occupation.sourceId} />. Statistics exist per occupation, not per job title,
        {profile.sharesFiguresWith.length > 0 ? (
          <>
            {" "}
            so roles that share an occupation share its figures:{" "}
            {profile.sharesFiguresWith.map((r, i) => (
              <span key={r.slug}>
                {i > 0 ? ", " : ""}
                <Link to={`/roles/${r.slug}`}>{r.title}</Link>
              </span>
            ))}{" "}
            show the same numbers.
          </>
        ) : (
          <> so the numbers cover everyone in that occupation, not only people with this job title.</>
        )}
      </p>

      {p ? (
        <dl className="facts">
          <div className="fact">
            <dt>Median annual pay{p.wageYear !== null ? `, ${formatWageYear(p.wageYear)}` : ""}</dt>
            <dd>
              {p.medianAnnualWage !== null && p.wageYear !== null ? (
                <Sourced sourceId={p.sourceId} dataYear={formatWageYear(p.wageYear)}>
                  <span className="fact__value">{formatDollars(p.medianAnnualWage)}</span>
                </Sourced>
              ) : (
                <span className="muted">Not published for this projection</span>
              )}
              {facts.otherWages.length > 0 ? (
                <div className="fact__conflict">
                  <p>Sources disagree for this projection. Also published:</p>
                  <ul>
                    {facts.otherWages.map((w) => (
                      <OtherWageItem key={`${w.sourceId}-${w.wageYear}`} wage={w} />
                    ))}
                  </ul>
                </div>
              ) : null}
            </dd>
          </div>
          <div className="fact">
            <dt>Projected growth, {period}</dt>
            <dd>
              <GrowthFigure sourceId={p.sourceId} changePercent={p.changePercent} comparison={facts.comparison} period={period} />
            </dd>
          </div>
          <div className="fact">
            <dt>Change in jobs, {period}</dt>
            <dd>
              {p.changeNumeric !== null ? (
                <Sourced sourceId={p.sourceId} dataYear={period}>
                  <span className="fact__value">{formatCountChange(p.changeNumeric)}</span>
                </Sourced>
              ) : (
                <span className="muted">Not published by the source</span>
              )}
            </dd>
          </div>
          <div className="fact">
            <dt>Openings each year, {period} average</dt>
            <dd>
              {p.annualOpenings !== null ? (
                <Sourced sourceId={p.sourceId} dataYear={period}>
                  <span className="fact__value">{formatCount(p.annualOpenings)}</span>
                </Sourced>
              ) : (
                <span className="muted">Not published by the source</span>
              )}
              <p className="fact__detail">Includes jobs that open when workers retire or change occupation.</p>
            </dd>
          </div>
          <div className="fact">
            <dt>Employment, {p.baseYear}</dt>
            <dd>
              <Sourced sourceId={p.sourceId} dataYear={String(p.baseYear)}>
                <span className="fact__value">{formatCount(p.employmentBase)}</span>
              </Sourced>
              <p className="fact__detail">
                Projected {formatCount(p.employmentProjected)} in {p.targetYear}.
              </p>
            </dd>
          </div>
          <div className="fact">
            <dt>Typical entry education</dt>
            <dd>
              <Sourced sourceId={facts.entrySourceId} dataYear={entryDataYear}>
                <span className="fact__value fact__value--text">{facts.entryEducation}</span>
              </Sourced>
            </dd>
          </div>
          <div className="fact">
            <dt>Work experience needed</dt>
            <dd>
              <Sourced sourceId={facts.entrySourceId} dataYear={entryDataYear}>
                <span className="fact__value fact__value--text">{facts.workExperience}</span>
              </Sourced>
            </dd>
          </div>
        </dl>
      ) : (
        <p className="notice">
          BLS published no {period} projection for {occupation.title} (SOC {occupation.socCode}). Try another projection period above.
        </p>
      )}
      {p?.isDerived ? (
        <p className="fact__detail">These figures are Career Atlas sums of published BLS lines, not a BLS table row.</p>
      ) : null}

      {profile.otherOccupations.length > 0 ? (
        <div className="other-mappings">
          <h3>Other occupations sources file this role under</h3>
          <ul>
            {profile.otherOccupations.map((o) => (
              <li key={o.socCode}>
                <strong>
                  {o.title} (SOC {o.socCode}
                  {o.onetCode ? `; O*NET ${o.onetCode} ${o.onetTitle ?? ""}` : ""})
                </strong>{" "}
                <SourceRef id={o.sourceId} />
                <p className="fact__detail">{o.note}</p>
                {o.projection ? (
                  <p className="fact__detail">
                    Its {period} figures, for comparison only: growth{" "}
                    <Sourced sourceId={o.projection.sourceId} dataYear={period}>
                      {formatPercentChange(o.projection.changePercent)}
                    </Sourced>
                    {o.projection.medianAnnualWage !== null && o.projection.wageYear !== null ? (
                      <>
                        , median pay{" "}
                        <Sourced sourceId={o.projection.sourceId} dataYear={formatWageYear(o.projection.wageYear)}>
                          {formatDollars(o.projection.medianAnnualWage)}
                        </Sourced>{" "}
                        ({formatWageYear(o.projection.wageYear)})
                      </>
                    ) : null}
                    .
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {profile.outlookStatements.length > 0 ? (
        <div className="outlook-statements">
          <h3>What other sources say about the outlook</h3>
          <p className="fact__detail">
            These are the words of the articles we use, not BLS statistics. Where an article gives a figure, the badge says whether it comes
            from BLS.
          </p>
          <StatementList statements={headline} />
          {characterisations.length > 0 ? (
            <details className="more-statements">
              <summary>What the articles say about demand, competition and pay ({characterisations.length})</summary>
              <StatementList statements={characterisations} />
            </details>
          ) : null}
        </div>
      ) : null}
    </ProfileSection>
  );
}

/** A median wage another release of the same projections publishes: figure, its May year, and which release. */
function OtherWageItem({ wage }: { wage: OtherWage }) {
  const source = useSource(wage.sourceId);
  return (
    <li>
      <Sourced sourceId={wage.sourceId} dataYear={formatWageYear(wage.wageYear)}>
        {formatDollars(wage.medianAnnualWage)}
      </Sourced>{" "}
      ({formatWageYear(wage.wageYear)}){source ? <span className="fact__detail">, in “{source.citation.title}”</span> : null}
    </li>
  );
}

/** "About 2.4 times the all-occupations rate of +3.1% for the same period." (also used by the handouts) */
/**
 * A projected growth figure with its source, and how it compares with the all-occupations rate of the same
 * period (used by the profile and by lesson pages).
 */
export function GrowthFigure({
  sourceId,
  changePercent,
  comparison,
  period,
}: {
  sourceId: string;
  changePercent: number;
  comparison: GrowthComparison | null;
  period: string;
}) {
  return (
    <>
      <Sourced sourceId={sourceId} dataYear={period}>
        <span className="fact__value">{formatPercentChange(changePercent)}</span>
      </Sourced>
      {comparison ? (
        <p className="fact__detail">
          <GrowthComparisonText
            relation={comparison.relation}
            ratio={comparison.ratio}
            allOccupations={
              <Sourced sourceId={comparison.allOccupationsSourceId} dataYear={period}>
                {formatPercentChange(comparison.allOccupationsPercent)}
              </Sourced>
            }
          />
        </p>
      ) : null}
    </>
  );
}

export function GrowthComparisonText({
  relation,
  ratio,
  allOccupations,
}: {
  relation: NonNullable<RoleProfile["quickFacts"]["comparison"]>["relation"];
  ratio: number | null;
  allOccupations: ReactNode;
}) {
  switch (relation) {
    case "multiple":
      return (
        <>
          About {ratio} times the all-occupations rate of {allOccupations} for the same period.
        </>
      );
    case "close":
      return <>Close to the all-occupations rate of {allOccupations} for the same period.</>;
    case "above":
      return <>Above the all-occupations rate of {allOccupations} for the same period.</>;
    case "below":
      return <>Below the all-occupations rate of {allOccupations} for the same period.</>;
    case "decline":
      return <>A decline, while employment across all occupations changes by {allOccupations} over the same period.</>;
    case "no_growth":
      return <>No change, while employment across all occupations changes by {allOccupations} over the same period.</>;
  }
}
