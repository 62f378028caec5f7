import { describe, expect, it } from "vitest";
import { ifNoneMatchHits } from "~/lib/http.server";

/**
 * RFC 9110 §13.1.2: If-None-Match uses the weak comparison, takes a list, and `*` matches any representation. Read by
 * `fresh`, which splits the list on commas: our tags (`W/"<version>-<hash>"`) never hold one.
 */
describe("ifNoneMatchHits", () => {
  const etag = 'W/"v1-4edc9150-0443699411e9"';

  it("matches the tag as sent", () => {
    expect(ifNoneMatchHits(etag, etag)).toBe(true);
    expect(ifNoneMatchHits('"abc"', '"abc"')).toBe(true);
  });

  it("compares weakly: the same tag with or without W/ matches, either way round", () => {
    // What would break: a client (or a proxy) that drops or adds W/ got the whole body again, 200 instead of 304.
    expect(ifNoneMatchHits('"v1-4edc9150-0443699411e9"', etag)).toBe(true);
    expect(ifNoneMatchHits('W/"abc"', '"abc"')).toBe(true);
    // w/ in lower case is no weak marker (the grammar says "W/").
    expect(ifNoneMatchHits('w/"abc"', '"abc"')).toBe(false);
  });

  it("matches when any tag of a comma-separated list does, with or without spaces", () => {
    // What would break: a browser revalidating with two stored tags (`"x", W/"v1-…"`) got a 200.
    expect(ifNoneMatchHits(`"x", ${etag}`, etag)).toBe(true);
    expect(ifNoneMatchHits(`${etag},"x"`, etag)).toBe(true);
    expect(ifNoneMatchHits(' "x" ,\t"y" , W/"abc" ', '"abc"')).toBe(true);
    expect(ifNoneMatchHits('"x", "y"', etag)).toBe(false);
  });

  it("matches * to any current representation (Node trims the header's surrounding spaces)", () => {
    expect(ifNoneMatchHits("*", etag)).toBe(true);
    expect(ifNoneMatchHits("*", '"abc"')).toBe(true);
  });

  it("matches nothing for a different tag, a prefix of it, an unquoted tag, or no header or ETag at all", () => {
    expect(ifNoneMatchHits('W/"v1-4edc9150-0443699411e"', etag)).toBe(false);
    expect(ifNoneMatchHits("v1-4edc9150-0443699411e9", etag)).toBe(false);
    expect(ifNoneMatchHits('"unterminated', '"unterminated"')).toBe(false);
    // An unreadable member does not spoil the rest of the list.
    expect(ifNoneMatchHits('junk, "abc"', '"abc"')).toBe(true);
    expect(ifNoneMatchHits("", etag)).toBe(false);
    expect(ifNoneMatchHits(null, etag)).toBe(false);
    expect(ifNoneMatchHits(undefined, etag)).toBe(false);
    expect(ifNoneMatchHits("*", null)).toBe(false);
    expect(ifNoneMatchHits('""', '""')).toBe(true);
  });
});
