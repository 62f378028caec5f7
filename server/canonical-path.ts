/**
 * The request's path as the app's routes name it (issue 13; ADR 006, amended 2026-12-06): the one spelling the shell
 * judges a path by. request-target.ts redirects GETs in another spelling to it, the rate-limit gate matches POSTs by it,
 * and request-hygiene.ts tells the JSON API's paths from the pages' by it. A module of its own, importing nothing, so
 * each of them can use it (request-target.ts answers its 400s through request-hygiene.ts).
 */

/** RFC 3986's unreserved characters: their %-escapes mean the character itself. */
const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

/**
 * A path as the app's routes name it: unreserved characters' %-escapes decoded and the other escapes in upper case,
 * letters in lower case, a backslash escaped (browsers read `/\host` as `//host`), runs of slashes as one (a Location
 * of `//host` would leave the site), and no trailing slash but the root's. A broken %-escape is kept as sent (the
 * shell answers it with a 400).
 */
export function canonicalPath(path: string): string {
  const decoded = path.replace(/%[0-9A-Fa-f]{2}/g, (escape) => {
    const character = String.fromCharCode(parseInt(escape.slice(1), 16));
    return UNRESERVED.test(character) ? character : escape.toUpperCase();
  });
  const lowered = decoded.replace(/%[0-9A-F]{2}|[^%]+|%/g, (part) => (part.startsWith("%") ? part : part.toLowerCase()));
  const single = lowered.replaceAll("\\", "%5C").replace(/\/{2,}/g, "/");
  return single.length > 1 && single.endsWith("/") ? single.slice(0, -1) : single;
}
