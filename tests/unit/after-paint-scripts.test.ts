import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { AFTER_PAINT_LOADER, deferHydrationScripts, deferScriptsBlock } from "~/utils/after-paint-scripts.server";
import { inlineScriptHashes } from "~/utils/page-cache.server";

// The end of a document as Remix 2.17 renders it (single fetch, lazy route discovery): preload links, the context
// script, the module script, then the streamed data scripts.
const PRELOADS = '<link rel="modulepreload" href="/build/entry.client-A.js"/><link rel="modulepreload" href="/build/_shared/chunk-B.js"/>';
const CONTEXT = '<script nonce="n0">window.__remixContext = {"future":{}};window.__remixContext.stream = new ReadableStream();</script>';
const MODULE = '<script nonce="n0" type="module" async="">import * as route0 from "/build/root-C.js";\nimport("/build/entry.client-A.js");</script>';
const HEAD = '<!DOCTYPE html><html lang="en"><head><link rel="stylesheet" href="/build/_assets/app.css"/></head><body><main><p>Figures</p></main>';
const TAIL = '</body></html><!--$--><script nonce="n0">window.__remixContext.streamController.close();</script><!--/$-->';
const DOCUMENT = HEAD + PRELOADS + CONTEXT + MODULE + TAIL;

const EXPECTED =
  HEAD +
  `<template data-after-paint>${PRELOADS}</template>${CONTEXT}<template data-after-paint>${MODULE}</template>` +
  `<script nonce="n0">${AFTER_PAINT_LOADER}</script>` +
  TAIL;

async function transform(chunks: string[], nonce: string | undefined = "n0"): Promise<string> {
  return text(Readable.from(chunks.map((chunk) => Buffer.from(chunk))).pipe(deferHydrationScripts(nonce)));
}

describe("deferScriptsBlock", () => {
  it("wraps the preloads and the module script in templates, keeps the context script in place, adds the loader", () => {
    const result = deferScriptsBlock(PRELOADS + CONTEXT + MODULE + TAIL, "n0");
    expect(result?.rewritten + result!.rest).toBe(EXPECTED.slice(HEAD.length));
  });

  it("leaves text that is not Remix's block alone", () => {
    expect(deferScriptsBlock(PRELOADS + "<p>no scripts</p>", "n0")).toBeUndefined();
    expect(deferScriptsBlock(PRELOADS + MODULE, "n0")).toBeUndefined();
    expect(deferScriptsBlock(CONTEXT + MODULE, "n0")).toBeUndefined();
  });

  it("writes the loader without a nonce when the render has none", () => {
    expect(deferScriptsBlock(PRELOADS + CONTEXT + MODULE, undefined)?.rewritten).toContain(`<script>${AFTER_PAINT_LOADER}</script>`);
  });
});

describe("deferHydrationScripts (stream)", () => {
  it("rewrites a document that arrives in one chunk", async () => {
    expect(await transform([DOCUMENT])).toBe(EXPECTED);
  });

  it("rewrites it wherever the chunks split it, including inside the markers and a multi-byte character", async () => {
    const document = DOCUMENT.replace("Figures", "Figures – 2024–34");
    const expected = EXPECTED.replace("Figures", "Figures – 2024–34");
    const bytes = Buffer.from(document);
    for (let at = 1; at < bytes.length; at += 1) {
      const out = await text(Readable.from([bytes.subarray(0, at), bytes.subarray(at)]).pipe(deferHydrationScripts("n0")));
      expect(out, `split at byte ${at}`).toBe(expected);
    }
  });

  it("rewrites it when every character is its own chunk", async () => {
    expect(await transform([...DOCUMENT])).toBe(EXPECTED);
  });

  it("passes through documents without the block (and unterminated blocks) unchanged", async () => {
    const plain = HEAD + TAIL;
    expect(await transform([plain])).toBe(plain);
    const unterminated = HEAD + PRELOADS + CONTEXT + '<script type="module">import "/x.js";';
    expect(await transform([unterminated])).toBe(unterminated);
  });
});

describe("the rewritten document under the page cache's hashed policy", () => {
  it("lists the module script (inside its template) and the loader, so both may run once the nonce is gone", () => {
    const hashes = inlineScriptHashes(EXPECTED.replaceAll(' nonce="n0"', ""));
    const sha = (body: string) => `'sha256-${createHash("sha256").update(body).digest("base64")}'`;
    expect(hashes).toContain(sha('import * as route0 from "/build/root-C.js";\nimport("/build/entry.client-A.js");'));
    expect(hashes).toContain(sha(AFTER_PAINT_LOADER));
  });
});
