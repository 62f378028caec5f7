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

/** The host a request addressed, by Remix's rule: X-Forwarded-Host's first entry, else Host. */
export function addressedHost(get: (name: string) => string | null | undefined): string | undefined {
  return get("x-forwarded-host")?.split(",")[0]?.trim() || get("host") || undefined;
}
