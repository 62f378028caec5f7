import { EmploymentChangeChart } from "~/features/roles/components/employment-change-chart";
import { GrowthComparisonChart } from "~/features/roles/components/growth-comparison-chart";
import { VintageGrowthChart } from "~/features/roles/components/vintage-growth-chart";
import { withDataPin } from "~/features/data-pin/data-pin";
import { formatVintage } from "~/lib/format";
import { type ProfileChart, type RoleProfile } from "~/features/roles/role-profile";
import { ProfileSection, sectionTitle } from "~/ui/profile-section";
import { useSourceMap } from "~/features/sources/components/sources-context";
import { sourceCredit } from "~/features/sources/citations";
import { withPeriod, type ProjectionVintage } from "~/features/periods/periods";
import { SUMMED_LINES_NOTE } from "~/features/roles/summed-lines";

/**
 * The three outlook charts of the role's occupation, each with its table, source line and CSV. `latestVintage` is
 * the newest loaded period, which the download addresses leave out.
 */
export function OutlookCharts({ profile, latestVintage }: { profile: RoleProfile; latestVintage: ProjectionVintage }) {
  const { charts, occupation, vintage } = profile;
  const csvPath = (chart: ProfileChart) => withPeriod(`/roles/${profile.role.slug}/${chart}.csv`, { vintage, latest: latestVintage });
  // A pinned page's downloads carry the same figures as its tables.
  const csvHref = (chart: ProfileChart) =>
    profile.pinnedDataVersion ? withDataPin(csvPath(chart), profile.pinnedDataVersion) : csvPath(chart);
  const employmentSource = useSourceLine(
    charts.employment.map((r) => r.sourceId),
    charts.employment[0]
      ? `employment ${charts.employment[0].year} and projected ${charts.employment[1]?.year ?? ""} (${formatVintage(vintage)} projections)`
      : "",
  );
  const growthSource = useSourceLine(
    charts.growth.map((r) => r.sourceId),
    `${formatVintage(vintage)} projections${charts.growth.some((r) => r.isDerived) ? `; ${SUMMED_LINES_NOTE}` : ""}`,
  );
  const vintageSource = useSourceLine(
    charts.vintages.map((r) => r.sourceId),
    charts.vintages.map((r) => r.label).join(", ") + " projections",
  );
  const projection = profile.quickFacts.projection;
  return (
    <ProfileSection id="outlook" title={sectionTitle("outlook")}>
      {projection ? (
        <>
          <EmploymentChangeChart
            rows={charts.employment}
            changePercent={projection.changePercent}
            changeNumeric={projection.changeNumeric}
            source={employmentSource}
            csvHref={csvHref("employment")}
          />
          <GrowthComparisonChart rows={charts.growth} source={growthSource} csvHref={csvHref("growth")} />
        </>
      ) : (
        <p className="notice">
          BLS published no {formatVintage(vintage)} projection for {occupation.title} (SOC {occupation.socCode}), so there is nothing to
          chart for this period.
        </p>
      )}
      <VintageGrowthChart
        rows={charts.vintages}
        occupation={`${occupation.title.toLowerCase()} (${occupation.socCode})`}
        source={vintageSource}
        csvHref={csvHref("vintages")}
      />
    </ProfileSection>
  );
}

/** "Source: [3] U.S. Bureau of Labor Statistics, ...; [5] ... Data: <what and when>." */
function useSourceLine(sourceIds: string[], data: string): string {
  const sources = useSourceMap();
  const parts = [...new Set(sourceIds)].map((id) => {
    const source = sources.get(id);
    return source ? `[${source.number}] ${sourceCredit(source.citation)}` : id;
  });
  return `Source: ${parts.join("; ")}. Data: ${data}.`;
}
