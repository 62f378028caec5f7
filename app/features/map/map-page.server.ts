import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { readMapQuery } from "~/features/map/params.server";
import { getSkillsMap } from "~/features/map/queries.server";
import { readProjectionPeriod } from "~/features/periods/params.server";
import { loadPublicPage } from "~/lib/page-loader.server";
import { parameterStatusText } from "~/lib/parameter-errors";

/**
 * The skills-to-roles map: its graph under the address's filters, and the focused skill or role or the technology it
 * starts from, with the growth of the newest loaded projection period. A malformed parameter is a 400 and a well-formed
 * skill, role or technology we do not have a 404, each naming its parameter in the statusText (parameter-errors.ts), so
 * the page is titled "Bad link: “focus”" or "Not found: “technology”" rather than as the map or a generic error.
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
        ? `We have no skill “${focus.slug}” on the map. Remove “focus” from the address or choose a skill on the map.`
        : `We have no role “${focus.slug}” on the map. Remove “focus” from the address or choose a role on the map.`,
      { status: 404, statusText: parameterStatusText(404, ["focus"]) },
    );
  }
  if (map.technology === undefined && technology) {
    throw new Response(
      `We have no technology “${technology.slice(0, 80)}”. The hot and in-demand technologies are listed at /technologies; remove “technology” from the address to see the whole map.`,
      { status: 404, statusText: parameterStatusText(404, ["technology"]) },
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
