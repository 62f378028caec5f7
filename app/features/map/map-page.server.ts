import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { readMapQuery } from "~/features/map/params.server";
import { getSkillsMap } from "~/features/map/queries.server";
import { readProjectionPeriod } from "~/features/periods/params.server";
import { loadPublicPage } from "~/lib/page-loader.server";

/**
 * The skills-to-roles map: its graph under the address's filters, and the focused skill or role (400 when unknown),
 * with the growth of the newest loaded projection period. Seven queries: the periods, then the map's five and the
 * data version.
 */
export async function loadSkillsMap(request: Request) {
  const { filters, focus } = readMapQuery(request);
  const { result, headers } = await loadPublicPage(request, {
    load: async () => {
      const { vintage } = (await readProjectionPeriod(undefined)).period;
      const [map, dataVersion] = await Promise.all([getSkillsMap({ filters, focus, vintage }), getCurrentDataVersion()]);
      return { map, dataVersion };
    },
  });
  const { map } = result;
  if (map.focusStatus === "unknown" && focus) {
    throw new Response(
      focus.type === "skill"
        ? `There is no skill “${focus.slug}”. Remove “focus” from the address or choose a skill on the map.`
        : `There is no role “${focus.slug}”. Remove “focus” from the address or choose a role on the map.`,
      { status: 400, statusText: "Bad Request" },
    );
  }
  const page = {
    filters: { kind: filters.kind ?? null, cluster: filters.cluster ?? null, onetOnly: filters.onetOnly ?? false },
    vintage: map.vintage,
    graph: map.graph,
    options: map.options,
    focusName: map.focusName,
    sources: map.sources,
  };
  return { page, headers };
}

export type SkillsMapView = Awaited<ReturnType<typeof loadSkillsMap>>["page"];
