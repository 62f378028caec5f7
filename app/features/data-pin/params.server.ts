/**
 * `&data=<tag>` on a page's address: the zod schema, and the answers a pinned page gives (400 for a malformed
 * tag via parseSearchParams, 404 for an unknown or unarchived version, 503 before any load). docs/decisions/008.
 */
import { z } from "zod";
import type { DataPin, PinnedDataVersion } from "~/features/data-pin/queries.server";
import { formatCalendarDate } from "~/lib/format";
import { parseSearchParams } from "~/lib/params.server";
import {
  DATA_VERSION_TAG_PATTERN,
  parseDataVersionTag,
  withoutDataPin,
  type DataPinBanner,
  type DataVersionStamp,
} from "~/features/data-pin/data-pin";
import { noDataLoaded } from "~/lib/http.server";
import { parameterStatusText } from "~/lib/parameter-errors";

export const dataPinQueryShape = {
  data: z
    .string()
    .regex(DATA_VERSION_TAG_PATTERN, {
      error: "use a data version tag such as v3-1a2b3c4d (as a pinned link gives it), or leave it out for the current figures",
    })
    .optional(),
};

/** The archive a model should read for a well-formed tag (checked against the database by getDataPin). */
export function pinnedVersionFromTag(tag: string | undefined): PinnedDataVersion | undefined {
  const parsed = tag === undefined ? null : parseDataVersionTag(tag);
  return parsed && tag ? { id: parsed.id, tag } : undefined;
}

/**
 * The current data version and the banner of a pinned page (null when not pinned or pinned to the current
 * data), or the Response to throw when the pin cannot be honoured.
 */
export function resolveDataPin(pin: DataPin, url: URL): { current: DataVersionStamp; banner: DataPinBanner | null } {
  const leaveOut = "Leave out “data=” in the address to see the current figures.";
  switch (pin.status) {
    case "unknown":
      if (!pin.current) break;
      throw new Response(
        `There is no data version “${url.searchParams.get("data")}” (the link may be mistyped or from another Career Atlas). ${leaveOut}`,
        // About the pin, not the page's subject: titled as such, with no search for the role (parameter-errors.ts).
        { status: 404, statusText: parameterStatusText(404, ["data"]) },
      );
    case "not_archived":
      throw new Response(
        `Data version ${pin.pinned.tag} (loaded ${formatCalendarDate(pin.pinned.loadedAt)}) was loaded before Career Atlas kept the figures of each version, so they can no longer be shown. ${leaveOut}`,
        { status: 404, statusText: parameterStatusText(404, ["data"]) },
      );
    case "none":
      if (!pin.current) break;
      return { current: pin.current, banner: null };
    case "current":
      return { current: pin.current, banner: null };
    case "pinned":
      return {
        current: pin.current,
        banner: {
          pinned: { tag: pin.pinned.tag, loadedAt: pin.pinned.loadedAt },
          current: pin.current,
          changes: pin.changes,
          currentHref: withoutDataPin(`${url.pathname}${url.search}`),
          percentilesKept: pin.pinned.payArchived,
        },
      };
  }
  throw noDataLoaded();
}

/** `data=` alone, for pages whose other parameters are read elsewhere (400 with a message when malformed). */
export function readDataPinTag(url: URL): string | undefined {
  return parseSearchParams(url, z.object(dataPinQueryShape)).data;
}
