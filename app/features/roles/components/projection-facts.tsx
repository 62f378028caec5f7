import type { ReactNode } from "react";
import { formatCount, formatCountChange, formatDollars, formatVintage, formatWageYear } from "~/lib/format";
import type { OtherWage, QuickFacts } from "~/features/roles/role-profile";
import { Sourced, useSource } from "~/features/sources/components/sources-context";
import { GrowthFigure } from "~/features/roles/components/growth-figure";
import { PaySpreadDetail } from "~/features/pay/components/pay-spread";
import { wholeOccupationNote } from "~/features/roles/occupation-scope";

type Projection = NonNullable<QuickFacts["projection"]>;

/** The projection's figures and the occupation's entry requirements, as a list of facts, each with its source and data year. */
export function ProjectionFacts({
  facts,
  projection: p,
  period,
  roleTitle,
}: {
  facts: QuickFacts;
  projection: Projection;
  period: string;
  roleTitle: string;
}) {
  const entryDataYear = facts.entryDataYear ? formatVintage(facts.entryDataYear) : "not dated";
  // The role's figures are its occupation's: said beside pay, openings and the two counts of workers, the figures a
  // student reads as the job's own (the CTO profile's "Employment, 2024: 667,100" is every computer and information systems
  // manager, BLS 2024-34, not 667,100 chief technology officers).
  const scope = <p className="fact__detail whole-occupation">For {wholeOccupationNote(roleTitle, p.occupationTitle)}.</p>;
  return (
    <dl className="facts">
      <Fact label={<>Median annual pay{p.wageYear !== null ? `, ${formatWageYear(p.wageYear)}` : ""}</>}>
        {p.medianAnnualWage !== null && p.wageYear !== null ? (
          <Sourced sourceId={p.sourceId} dataYear={formatWageYear(p.wageYear)}>
            <span className="fact__value">{formatDollars(p.medianAnnualWage)}</span>
          </Sourced>
        ) : (
          <span className="muted">Not published for this projection</span>
        )}
        {p.medianAnnualWage !== null ? scope : null}
        <PaySpreadDetail pay={facts.pay} className="fact__detail" />
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
      </Fact>
      <Fact label={<>Projected growth, {period}</>}>
        <GrowthFigure
          sourceId={p.sourceId}
          changePercent={p.changePercent}
          comparison={facts.comparison}
          period={period}
          band={facts.growthBand}
        />
      </Fact>
      <Fact label={<>Change in jobs, {period}</>}>
        <PublishedCount sourceId={p.sourceId} dataYear={period} value={p.changeNumeric} format={formatCountChange} />
        {p.changeNumeric !== null ? scope : null}
      </Fact>
      <Fact label={<>Openings each year, {period} average</>}>
        <PublishedCount sourceId={p.sourceId} dataYear={period} value={p.annualOpenings} format={formatCount} />
        {p.annualOpenings !== null ? scope : null}
        <p className="fact__detail">Includes jobs that open when workers retire or change occupation.</p>
      </Fact>
      <Fact label={<>Employment, {p.baseYear}</>}>
        <Sourced sourceId={p.sourceId} dataYear={String(p.baseYear)}>
          <span className="fact__value">{formatCount(p.employmentBase)}</span>
        </Sourced>
        {scope}
        <p className="fact__detail">
          Projected {formatCount(p.employmentProjected)} in {p.targetYear}.
        </p>
      </Fact>
      <Fact label="Typical entry education">
        <EntryText sourceId={facts.entrySourceId} dataYear={entryDataYear} text={facts.entryEducation} />
      </Fact>
      <Fact label="Work experience needed">
        <EntryText sourceId={facts.entrySourceId} dataYear={entryDataYear} text={facts.workExperience} />
      </Fact>
    </dl>
  );
}

function Fact({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A count the source may leave out (some projections publish no numeric change or openings): say so rather than show 0. */
function PublishedCount({
  sourceId,
  dataYear,
  value,
  format,
}: {
  sourceId: string;
  dataYear: string;
  value: number | null;
  format: (value: number) => string;
}) {
  if (value === null) return <span className="muted">Not published by the source</span>;
  return (
    <Sourced sourceId={sourceId} dataYear={dataYear}>
      <span className="fact__value">{format(value)}</span>
    </Sourced>
  );
}

/** Education or experience: words, not a figure, so they get the text style. */
function EntryText({ sourceId, dataYear, text }: { sourceId: string; dataYear: string; text: string }) {
  return (
    <Sourced sourceId={sourceId} dataYear={dataYear}>
      <span className="fact__value fact__value--text">{text}</span>
    </Sourced>
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
