/**
 * The fields of an `application/x-www-form-urlencoded` body, decoded as UTF-8 the way the WHATWG URL standard reads a
 * form (a leading byte-order mark dropped). One reading for the lesson action and the rate limiter's look at a refused
 * lesson form (server/rate-limit.ts), so both see the same fields.
 */
export function formOfBody(body: Uint8Array): URLSearchParams {
  return new URLSearchParams(new TextDecoder().decode(body));
}
