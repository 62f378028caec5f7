import type { OccupationProfileView } from "~/features/occupations/profile.server";
import { PAY_POINT_LABELS, payCell } from "~/features/pay/pay";
import { NotAStartingSalary } from "~/features/pay/components/pay-spread";
import { Sourced } from "~/features/sources/components/sources-context";
import { formatCount, formatDollars, formatWageYear } from "~/lib/format";

type Pay = OccupationProfileView["pay"][number];

/**
 * OEWS wage percentiles as published, with a range bar drawn in HTML. The low percentiles are what the lowest-paid
 * workers of every experience level earn, which is said next to them: they are not a starting salary.
 */
export function OccupationPay({ pay }: { pay: Pay[] }) {
  const survey = pay[0];
  if (!survey) return <p>OEWS publishes no wage estimates for this line.</p>;
  const points = Object.keys(PAY_POINT_LABELS) as (keyof typeof PAY_POINT_LABELS)[];
  const top = survey.topCodeAnnual ?? Math.max(...points.map((p) => survey.annual[p] ?? 0), 1);
  const year = formatWageYear(survey.wageYear);
  return (
    <>
      <figure className="html-bars" aria-labelledby="pay-chart-title">
        <h3 id="pay-chart-title">Annual pay, {year}</h3>
        <ul className="html-bars__list">
          {points.map((point) => {
            const value = survey.annual[point];
            const shown = value ?? (survey.topCoded.includes(PAY_POINT_LABELS[point].percentile) ? top : null);
            return (
              <li key={point}>
                <span className="html-bars__label">{PAY_POINT_LABELS[point].label}</span>
                <span className="html-bars__track" aria-hidden="true">
                  {shown !== null ? <span className="html-bars__bar" style={{ width: `${(shown / top) * 100}%` }} /> : null}
                </span>
                <span className="html-bars__value">
                  <Sourced sourceId={survey.sourceId} dataYear={year}>
                    {payCell(survey, point, "annual")}
                  </Sourced>
                  {!survey.annualOnly && survey.hourly[point] !== null ? (
                    <span className="muted"> · ${survey.hourly[point]!.toFixed(2)} an hour</span>
                  ) : null}
                </span>
              </li>
            );
          })}
        </ul>
        <figcaption className="chart__source">
          Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, {year}, national estimates
          {survey.employment !== null ? ` (${formatCount(survey.employment)} workers)` : ""}.
        </figcaption>
      </figure>
      <NotAStartingSalary quarter />
      {survey.topCoded.length > 0 && survey.topCodeAnnual !== null ? (
        <p className="muted">
          OEWS does not publish wages at or above {formatDollars(survey.topCodeAnnual)} a year; a percentile at that level is shown as
          &ldquo;{formatDollars(survey.topCodeAnnual)} or more&rdquo;.
        </p>
      ) : null}
      {survey.annualOnly ? <p className="muted">OEWS publishes only annual pay for this occupation: it is not paid by the hour.</p> : null}
    </>
  );
}
