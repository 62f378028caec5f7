import { Sourced } from "~/features/sources/components/sources-context";
import { PaySpread } from "~/features/pay/components/pay-spread";
import { wholeOccupationNote } from "~/features/roles/occupation-scope";
import { formatDollars, formatPercentChange, formatVintage, formatWageYear } from "~/lib/format";
import type { ProjectionVintage, RungRole } from "~/features/paths/career-ladder";

/** A rung's growth and median pay (its occupation's BLS figures for the vintage), each with source and data year. */
export function RungFigures({ role, vintage }: { role: RungRole; vintage: ProjectionVintage }) {
  const f = role.figures;
  const period = formatVintage(vintage);
  if (!f) {
    return (
      <p className="rung-figures__none">
        BLS published no {period} projection for the occupation behind {role.title}.
      </p>
    );
  }
  return (
    <>
      <dl className="rung-figures">
        <div>
          <dt>Projected growth, {period}</dt>
          <dd>
            <Sourced sourceId={f.sourceId} dataYear={period}>
              {formatPercentChange(f.changePercent)}
            </Sourced>
          </dd>
        </div>
        <div>
          <dt>Median annual pay{f.wageYear !== null ? `, ${formatWageYear(f.wageYear)}` : ""}</dt>
          <dd>
            {f.medianAnnualWage !== null && f.wageYear !== null ? (
              <>
                <Sourced sourceId={f.sourceId} dataYear={formatWageYear(f.wageYear)}>
                  {formatDollars(f.medianAnnualWage)}
                </Sourced>
                {f.pay ? <PaySpread pay={f.pay} plain /> : null}
              </>
            ) : (
              <span className="muted">not published</span>
            )}
          </dd>
        </div>
      </dl>
      <p className="rung-figures__occupation">
        Figures for the U.S. occupation {f.occupationTitle} (SOC {f.socCode}): {wholeOccupationNote(role.title, f.occupationTitle)}.
      </p>
    </>
  );
}
