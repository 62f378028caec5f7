import { listTitles } from "~/lib/list-titles";
import { wholeOccupationNote } from "~/features/roles/occupation-scope";
import { formatPercentChange, formatVintage } from "~/lib/format";
import type { ComparisonHandout } from "~/features/handout/handout";
import { HandoutGrowthChart } from "~/features/handout/components/growth-chart";
import { ComparisonFactsTable } from "~/features/handout/components/comparison-facts-table";
import { ComparisonHotSkills } from "~/features/handout/components/comparison-hot-skills";
import { ComparisonAi, ComparisonLeads } from "~/features/handout/components/comparison-leads-and-ai";

/**
 * The sections of a comparison's handout: quick facts side by side (which are also the chart's data table), the
 * growth chart, hot skills in common, where each role leads, and AI impact per role (for three or four items, each one's
 * β exposure).
 */
export function ComparisonHandoutBody({ handout }: { handout: ComparisonHandout }) {
  const { roles, allOccupations: total, vintage } = handout;
  const period = formatVintage(vintage);
  const first = roles.find((r) => r.projection)?.projection;
  const roleBars = handout.growthBars.filter((b) => b.kind === "role");
  const top = Math.max(...roleBars.map((b) => b.changePercent));
  // A role's bar is its occupation's figure: the summary says whose, as the facts table does.
  const scoped = (bar: (typeof roleBars)[number]) => {
    const role = roles.find((r) => r.slug === bar.key);
    return role?.kind === "role" ? `${bar.label} (${wholeOccupationNote(role.title, role.occupation.title)})` : bar.label;
  };
  const fastest = roleBars.filter((b) => b.changePercent === top).map(scoped);
  const growthSummary =
    fastest.length > 0
      ? `${listTitles(fastest)} ${fastest.length > 1 ? "grow" : "grows"} fastest (${formatPercentChange(top)})${
          total ? `; all occupations ${formatPercentChange(total.changePercent)}` : ""
        }.`
      : `BLS published no ${period} projection for these occupations.`;

  return (
    <>
      <ComparisonFactsTable handout={handout} />

      <div className="handout-columns">
        <HandoutGrowthChart
          title={`Projected growth, ${period}, against all occupations`}
          summary={growthSummary}
          bars={handout.growthBars}
          periodLabel={period}
          baseYear={first?.baseYear ?? total?.baseYear ?? 0}
          targetYear={first?.targetYear ?? total?.targetYear ?? 0}
          labels="beside"
          dataTable="Its figures are the growth row of the quick facts table."
        />
        <div className="handout-stack">
          <ComparisonHotSkills handout={handout} />
        </div>
      </div>

      <ComparisonLeads roles={roles} />
      <ComparisonAi roles={roles} notes={handout.aiNotes} />
    </>
  );
}
