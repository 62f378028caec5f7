import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { readMapQuery } from "~/features/map/params.server";
import { getSkillsMap } from "~/features/map/queries.server";
import { readProjectionPeriod } from "~/features/periods/params.server";
import { loadPublicPage } from "~/lib/page-loader.server";

/**
 * The skills-to-roles map: its graph under the address's filters, and the focused skill or role (400 when unknown)
 * or the technology it starts from (404 when unknown), with the growth of the newest loaded projection period.
 * Seven queries (eight from a technology): the periods, then the map's five (six) and the data version.
 */
export async function loadSkillsMap(request: Request) {
  const { filters, focus, technology } = readMapQuery(request);
  const { result, headers } = await loadPublicPage(request, {
    load: async () => {
      const { vintage } = (await readProjectionPeriod(undefined)).period;
      const [map, dataVersion] = await Promise.all([getSkillsMap({ filters, focus, technology, vintage }), getCurrentDataVersion()]);
      return { map, dataVersion };
    },
  });
  const { map, dataVersion } = result;
  if (map.focusStatus === "unknown" && focus) {
    throw new Response(
      focus.type === "skill"
        ? `There is no skill “${focus.slug}”. Remove “focus” from the address or choose a skill on the map.`
        : `There is no role “${focus.slug}”. Remove “focus” from the address or choose a role on the map.`,
      { status: 400, statusText: "Bad Request" },
    );
  }
  if (map.technology === undefined && technology) {
    throw new Response(
      `We have no technology “${technology.slice(0, 80)}”. The hot and in-demand technologies are listed at /technologies; remove “technology” from the address to see the whole map.`,
      { status: 404, statusText: "Not Found" },
    );
  }
  const page = {
    filters: { kind: filters.kind ?? null, cluster: filters.cluster ?? null, onetOnly: filters.onetOnly ?? false },
    vintage: map.vintage,
    graph: map.graph,
    options: map.options,
    focusName: map.focusName,
    technology: map.technology ?? null,
    sources: map.sources,
  };
  return { page, headers, dataVersion };
}

export type SkillsMapView = Awaited<ReturnType<typeof loadSkillsMap>>["page"];
