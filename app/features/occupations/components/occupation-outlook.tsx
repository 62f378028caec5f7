import type { OccupationProfileView } from "~/features/occupations/profile.server";
import { Sourced } from "~/features/sources/components/sources-context";
import { formatCount, formatCountChange, formatDollars, formatPercentChange, formatVintage, formatWageYear } from "~/lib/format";
import { ScrollBox } from "~/ui/scroll-box";
import { bandText, noGrowthBandText } from "~/features/periods/periods";
import type { OccupationKind } from "~db/schema/enums";

type Projection = OccupationProfileView["projections"][number];

/**
 * The occupation's BLS projections in every loaded period, side by side (periods are never merged: each column is
 * one release as published), with the all-occupations rate of the same period, the openings split of Table 1.10
 * where published, and a bar per period drawn in HTML (no JavaScript needed).
 */
export function OccupationOutlook({ projections, csvHref, kind }: { projections: Projection[]; csvHref: string; kind: OccupationKind }) {
  if (projections.length === 0) return <p>BLS publishes no projections for this line.</p>;
  const widest = Math.max(...projections.flatMap((p) => [Math.abs(p.changePercent), Math.abs(p.allOccupationsPercent ?? 0)]), 1);
  return (
    <>
      <figure className="html-bars" aria-labelledby="growth-by-period-title">
        <h3 id="growth-by-period-title">Projected growth in each BLS release</h3>
        <ul className="html-bars__list">
          {projections.map((p) => (
            <li key={p.vintage}>
              <span className="html-bars__label">{formatVintage(p.vintage)}</span>
              <span className="html-bars__track" aria-hidden="true">
                <span
                  className={`html-bars__bar${p.changePercent < 0 ? " html-bars__bar--negative" : ""}`}
                  style={{ width: `${(Math.abs(p.changePercent) / widest) * 100}%` }}
                />
                {p.allOccupationsPercent !== null ? (
                  <span className="html-bars__marker" style={{ left: `${(Math.abs(p.allOccupationsPercent) / widest) * 100}%` }} />
                ) : null}
              </span>
              <span className="html-bars__value">
                <Sourced sourceId={p.sourceId} dataYear={formatVintage(p.vintage)}>
                  {formatPercentChange(p.changePercent)}
                </Sourced>
                {p.allOccupationsPercent !== null ? (
                  <span className="muted"> (all occupations {formatPercentChange(p.allOccupationsPercent)})</span>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
        <figcaption className="chart__source">
          Bars: the occupation&rsquo;s percent change in employment over each ten-year period; the mark: all occupations in the same period.
          Source: U.S. Bureau of Labor Statistics, Employment Projections, each release as labelled.{" "}
          <a href={csvHref} download>
            Download these figures (CSV)
          </a>
        </figcaption>
      </figure>
      <ScrollBox label="BLS projections of this occupation, each release as published">
        <table className="data-table vintages-table">
          <caption>BLS projections of this occupation, each release as published</caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              {projections.map((p) => (
                <th key={p.vintage} scope="col" className="num">
                  {formatVintage(p.vintage)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <Row label="Employment, base year" projections={projections} cell={(p) => `${formatCount(p.employmentBase)} (${p.baseYear})`} />
            <Row
              label="Employment, target year"
              projections={projections}
              cell={(p) => `${formatCount(p.employmentProjected)} (${p.targetYear})`}
            />
            <Row label="Change in jobs" projections={projections} cell={(p) => optional(p.changeNumeric, formatCountChange)} />
            <Row label="Percent change" projections={projections} cell={(p) => formatPercentChange(p.changePercent)} />
            <Row label="Growth band" projections={projections} cell={(p) => (p.band ? bandText(p.band) : noGrowthBandText(kind))} words />
            <Row label="Openings a year (average)" projections={projections} cell={(p) => optional(p.annualOpenings, formatCount)} />
            <Row
              label="… from workers leaving the labor force"
              projections={projections}
              cell={(p) => optional(p.laborForceExits, formatCount)}
            />
            <Row
              label="… from workers moving to other occupations"
              projections={projections}
              cell={(p) => optional(p.occupationalTransfers, formatCount)}
            />
            <Row
              label="Median annual pay"
              projections={projections}
              cell={(p) =>
                p.medianAnnualWage !== null && p.wageYear !== null
                  ? `${formatDollars(p.medianAnnualWage)} (${formatWageYear(p.wageYear)})`
                  : "not published"
              }
            />
            <Row label="Typical entry education" projections={projections} cell={(p) => p.entryEducation ?? "not published"} words />
            <Row label="Work experience" projections={projections} cell={(p) => p.workExperience ?? "not published"} words />
            <Row label="On-the-job training" projections={projections} cell={(p) => p.onTheJobTraining ?? "not published"} words />
          </tbody>
        </table>
      </ScrollBox>
      <p className="muted">
        Openings are the average number of jobs to fill each year: new jobs plus workers who leave the labor force (retiring, for example)
        or move to a different occupation. Most openings come from replacing workers, not from growth.
      </p>
    </>
  );
}

/** One figure across the periods; `words`: a cell of words (a band, an education level) that may wrap. */
function Row({
  label,
  projections,
  cell,
  words = false,
}: {
  label: string;
  projections: Projection[];
  cell: (p: Projection) => string;
  words?: boolean;
}) {
  return (
    <tr>
      <th scope="row">{label}</th>
      {projections.map((p) => (
        <td key={p.vintage} className={words ? "num vintages-table__words" : "num"}>
          {cell(p)}
        </td>
      ))}
    </tr>
  );
}

function optional(value: number | null, format: (n: number) => string): string {
  return value === null ? "not published" : format(value);
}

export { bandText };
