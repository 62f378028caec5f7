/**
 * Whether a state-changing request (a form POST) comes from one of our own pages: the CSRF rule of Career Atlas,
 * which has no cookies to protect but must not let another site submit its forms.
 *
 * - Browsers send `Sec-Fetch-Site` (Fetch Metadata) with every request: only `same-origin` is ours.
 * - Without it (older browsers, other clients), `Origin` must name our host, the rule Remix applies itself. A
 *   native form POST from a page served with `Referrer-Policy: no-referrer` (ours, via helmet) carries
 *   `Origin: null`, which proves nothing either way: then only `Sec-Fetch-Site` can vouch for it.
 * - With neither header the request comes from no browser page (curl, a test): allowed.
 */
export function isSameOriginRequest({
  secFetchSite,
  origin,
  host,
}: {
  secFetchSite: string | null | undefined;
  origin: string | null | undefined;
  /** The host the client addressed: X-Forwarded-Host's first entry, else Host (as Remix reads it). */
  host: string | null | undefined;
}): boolean {
  if (secFetchSite) return secFetchSite === "same-origin";
  if (origin === null || origin === undefined) return true;
  if (origin === "null" || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Reads one request header: Express's `req.get`, or a Fetch `Headers`' `get`. */
export type HeaderReader = (name: string) => string | null | undefined;

/**
 * The one reading of a request's Host and X-Forwarded-Host headers that the shell's host check (server/security.ts),
 * the page cache's key (server/page-cache.ts) and the same-origin rule share. `forwardedHost` is X-Forwarded-Host's
 * first entry, the host the client addressed as the nearest proxy reports it (Express's and React Router's rule),
 * trimmed and kept even when blank (the host check refuses a blank one); it is read only when the caller trusts a
 * proxy to have written it. `host` is the Host header, undefined when missing or blank.
 */
export function hostHeaders(get: HeaderReader, { trustProxy }: { trustProxy: boolean }): { host?: string; forwardedHost?: string } {
  return {
    host: get("host") || undefined,
    forwardedHost: trustProxy ? (get("x-forwarded-host")?.split(",")[0]?.trim() ?? undefined) : undefined,
  };
}

/**
 * The host a request addressed, by Remix's rule: X-Forwarded-Host's first entry, else Host. Remix reads the forwarded
 * header whoever wrote it; a browser cannot set it on another site's form, so the same-origin rule may too.
 */
export function addressedHost(get: HeaderReader): string | undefined {
  const { host, forwardedHost } = hostHeaders(get, { trustProxy: true });
  return forwardedHost || host;
}
