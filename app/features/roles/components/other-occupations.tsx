import { formatDollars, formatPercentChange, formatWageYear } from "~/lib/format";
import type { RoleProfile } from "~/features/roles/role-profile";
import { Sourced, SourceRef } from "~/features/sources/components/sources-context";
import { PaySpread } from "~/features/pay/components/pay-spread";

/**
 * The other occupations some source files the role under, with their figures "for comparison only": the profile's
 * figures are those of the one primary occupation, and a second set beside them must not read as an alternative.
 */
export function OtherOccupations({ occupations, period }: { occupations: RoleProfile["otherOccupations"]; period: string }) {
  if (occupations.length === 0) return null;
  return (
    <div className="other-mappings">
      <h3>Other occupations sources file this role under</h3>
      <ul>
        {occupations.map((o) => (
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
                .{o.pay ? <PaySpread pay={o.pay} /> : null}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
