import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { getAllOccupationsOutlook, groupByOccupation, listRoleOutlooks, listTopHotSkills } from "~/features/outlook/queries.server";
import { readRoleQuery, roleQuerySchema } from "~/features/outlook/params.server";
import { listSourcesByIds } from "~/features/sources/queries.server";
import { listRolePay } from "~/features/pay/queries.server";
import { payFor } from "~/features/pay/pay";
import { loadPublicPage } from "~/lib/page-loader.server";

/** How many occupations each of the home page's top lists shows. */
const TOP = 5;

/**
 * The home page's figures: every tech occupation's projected growth (the chart), the top lists by growth,
 * openings and pay, the hot skills, and every role by cluster with its occupation's pay spread, under the dashboard's
 * filters. Seven queries.
 */
export async function loadOutlookDashboard(request: Request) {
  const { result, headers } = await loadPublicPage(request, {
    query: roleQuerySchema,
    load: async (parsed) => {
      const { query, options } = await readRoleQuery(parsed);
      // The dashboard filters by cluster, education and industry; the finder has the rest.
      const filters = { cluster: query.cluster, education: query.education, industry: query.industry };
      const [roles, average, hotSkills, pays, dataVersion] = await Promise.all([
        listRoleOutlooks({ vintage: query.vintage, filters, sort: "growth", direction: "desc" }),
        getAllOccupationsOutlook({ vintage: query.vintage }),
        listTopHotSkills({ limit: 10 }),
        listRolePay(),
        getCurrentDataVersion(),
      ]);
      const occupations = groupByOccupation(roles);
      const roleList = roles.map((r) => ({
        slug: r.slug,
        title: r.title,
        cluster: r.careerCluster,
        occupationTitle: r.occupationTitle,
        changePercent: r.projection?.changePercent ?? null,
        medianAnnualWage: r.projection?.medianAnnualWage ?? null,
        wageYear: r.projection?.wageYear ?? null,
        // The OEWS survey the median comes from: its 10th-90th spread is shown beside it.
        pay: payFor(pays, r.socCode, r.projection?.wageYear ?? null),
      }));
      const sources = await listSourcesByIds({
        ids: [
          ...occupations.map((o) => o.sourceId),
          ...(average ? [average.sourceId] : []),
          ...roleList.flatMap((r) => (r.pay ? [r.pay.sourceId] : [])),
          ...hotSkills.map((s) => s.sourceId),
        ],
      });
      return {
        query: { ...query, ...filters },
        options,
        roleCount: roles.length,
        roleList,
        occupations,
        average,
        hotSkills,
        dataVersion,
        sources,
      };
    },
  });
  const byOpenings = [...result.occupations].filter((o) => o.annualOpenings !== null).sort((a, b) => b.annualOpenings! - a.annualOpenings!);
  const byPay = [...result.occupations]
    .filter((o) => o.medianAnnualWage !== null)
    .sort((a, b) => b.medianAnnualWage! - a.medianAnnualWage!);
  const dashboard = {
    ...result,
    dataVersion: result.dataVersion.tag,
    fastest: result.occupations.slice(0, TOP),
    mostOpenings: byOpenings.slice(0, TOP),
    highestPay: byPay.slice(0, TOP),
  };
  // The data version itself too (the dashboard carries only its tag), for the page's citation.
  return { dashboard, headers, dataVersion: result.dataVersion };
}

export type OutlookDashboard = Awaited<ReturnType<typeof loadOutlookDashboard>>["dashboard"];
