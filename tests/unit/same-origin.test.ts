import { describe, expect, it } from "vitest";
import { addressedHost, hostHeaders, isSameOriginRequest } from "~/lib/same-origin.server";

describe("same-origin form POSTs (the CSRF rule)", () => {
  const host = "atlas.example";
  it("trusts Fetch Metadata when the browser sends it: only same-origin", () => {
    expect(isSameOriginRequest({ secFetchSite: "same-origin", origin: "null", host })).toBe(true);
    for (const site of ["cross-site", "same-site", "none"])
      expect(isSameOriginRequest({ secFetchSite: site, origin: `https://${host}`, host }), site).toBe(false);
  });

  it("without Fetch Metadata, compares Origin's host with the addressed host; Origin: null proves nothing", () => {
    expect(isSameOriginRequest({ secFetchSite: null, origin: `https://${host}`, host })).toBe(true);
    expect(isSameOriginRequest({ secFetchSite: null, origin: "https://evil.example", host })).toBe(false);
    expect(isSameOriginRequest({ secFetchSite: null, origin: "null", host })).toBe(false);
    expect(isSameOriginRequest({ secFetchSite: null, origin: "not a url", host })).toBe(false);
    expect(isSameOriginRequest({ secFetchSite: null, origin: `https://${host}`, host: undefined })).toBe(false);
  });

  it("lets a request with neither header through (no browser page sent it)", () => {
    expect(isSameOriginRequest({ secFetchSite: null, origin: null, host })).toBe(true);
  });

  it("reads the addressed host as Remix does: X-Forwarded-Host's first entry, else Host", () => {
    const headers = (h: Record<string, string>) => (name: string) => h[name];
    expect(addressedHost(headers({ "x-forwarded-host": "a.example, b.example", host: "c.example" }))).toBe("a.example");
    expect(addressedHost(headers({ host: "c.example" }))).toBe("c.example");
    expect(addressedHost(headers({}))).toBeUndefined();
    expect(addressedHost(headers({ "x-forwarded-host": " ", host: "c.example" }))).toBe("c.example");
  });

  // One reading for the host check, the page cache's key and this rule: were one of them to read the forwarded header
  // another way, a host the check passed could key or link pages the check never saw.
  it("reads Host and X-Forwarded-Host once for every caller: the forwarded host only from a trusted proxy", () => {
    const headers = (h: Record<string, string>) => (name: string) => h[name];
    const forwarded = headers({ "x-forwarded-host": " a.example , b.example", host: "c.example" });
    expect(hostHeaders(forwarded, { trustProxy: true })).toEqual({ host: "c.example", forwardedHost: "a.example" });
    expect(hostHeaders(forwarded, { trustProxy: false })).toEqual({ host: "c.example", forwardedHost: undefined });
    // A blank forwarded host is kept for the host check to refuse; a blank Host is none.
    expect(hostHeaders(headers({ "x-forwarded-host": ", b.example", host: "" }), { trustProxy: true })).toEqual({
      host: undefined,
      forwardedHost: "",
    });
  });
});
