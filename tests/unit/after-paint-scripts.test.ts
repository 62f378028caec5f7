import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { AFTER_PAINT_LOADER, deferHydrationScripts } from "~/lib/after-paint-scripts.server";
import { inlineScriptHashes } from "../../server/page-cache-store";

// A document as React Router 7 and React 19 render it: the preload links hoisted into <head> ahead of the stylesheets;
// at the end of <body> the context script, the module script, then the streamed data scripts. Characters of 2, 3 and
// 4 UTF-8 bytes (é, en dash and CJK, emoji) stand right before and after both rewritten places.
const HEAD_START = '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>Café – 開発 🚀</title>';
const PRELOADS =
  '<link rel="modulepreload" href="/assets/entry.client-A.js" nonce="n0"/><link rel="modulepreload" href="/assets/chunk-B.js" nonce="n0"/>';
const HEAD_END =
  '<link nonce="n0" rel="stylesheet" href="/assets/app.css"/></head><body><main><p>Figures – 2024–34 😀 “quoted” ü</p></main>';
const CONTEXT = '<script nonce="n0">window.__reactRouterContext = {"basename":"/"};</script>';
const MODULE =
  '<script nonce="n0" type="module" async="">import * as route0 from "/assets/root-C.js";\nimport("/assets/entry.client-A.js");</script>';
const TAIL = '<p>日本語 🧑‍💻 é</p></body></html><script nonce="n0">window.__reactRouterContext.streamController.close();</script>';
const DOCUMENT = HEAD_START + PRELOADS + HEAD_END + CONTEXT + MODULE + TAIL;

const EXPECTED =
  HEAD_START +
  `<template data-after-paint>${PRELOADS}</template>` +
  HEAD_END +
  CONTEXT +
  `<template data-after-paint>${MODULE}</template><script nonce="n0">${AFTER_PAINT_LOADER}</script>` +
  TAIL;

async function transform(chunks: Buffer[], { nonce = "n0" as string | null } = {}): Promise<Buffer> {
  return buffer(Readable.from(chunks).pipe(deferHydrationScripts(nonce ?? undefined)));
}

describe("deferHydrationScripts", () => {
  it("wraps the head's preload links and the module script in templates, keeps the context script, adds the loader", async () => {
    expect((await transform([Buffer.from(DOCUMENT)])).toString("utf8")).toBe(EXPECTED);
  });

  it("gives identical bytes wherever the document is cut in two, inside 2-, 3- and 4-byte characters and the markers too", async () => {
    const bytes = Buffer.from(DOCUMENT);
    const expected = Buffer.from(EXPECTED);
    for (let at = 1; at < bytes.length; at += 1) {
      const out = await transform([bytes.subarray(0, at), bytes.subarray(at)]);
      expect(out.equals(expected), `cut at byte ${at}`).toBe(true);
    }
  });

  it("gives identical bytes when every byte is its own chunk", async () => {
    const bytes = Buffer.from(DOCUMENT);
    const out = await transform(Array.from(bytes, (byte) => Buffer.from([byte])));
    expect(out.equals(Buffer.from(EXPECTED))).toBe(true);
  });

  it("sends what one task writes as one chunk, and what a later task writes as another (not one per 2 KB piece React writes)", async () => {
    // Broken if each piece went on alone: about a hundred reads, response writes and compressor calls for a role profile.
    const stream = deferHydrationScripts("n0");
    const sent: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => sent.push(chunk));
    const bytes = Buffer.from(DOCUMENT);
    const cut = DOCUMENT.indexOf("<p>日本語");
    const firstTask = Buffer.from(DOCUMENT.slice(0, cut));
    for (let at = 0; at < firstTask.length; at += 16) stream.write(firstTask.subarray(at, at + 16));
    await new Promise((resolve) => setImmediate(resolve));
    expect(sent).toHaveLength(1);
    stream.end(bytes.subarray(firstTask.length));
    await new Promise((resolve) => stream.on("end", resolve));
    expect(sent).toHaveLength(2);
    expect(Buffer.concat(sent).equals(Buffer.from(EXPECTED))).toBe(true);
  });

  it("writes the loader without a nonce when the render has none", async () => {
    const out = (await transform([Buffer.from(DOCUMENT.replaceAll(' nonce="n0"', ""))], { nonce: null })).toString("utf8");
    expect(out).toContain(
      `<template data-after-paint>${MODULE.replace(' nonce="n0"', "")}</template><script>${AFTER_PAINT_LOADER}</script>`,
    );
  });

  it("defers the module script alone in a document whose head has no preload links", async () => {
    const document = HEAD_START + HEAD_END + CONTEXT + MODULE + TAIL;
    const out = (await transform([Buffer.from(document)])).toString("utf8");
    expect(out).toBe(
      HEAD_START +
        HEAD_END +
        CONTEXT +
        `<template data-after-paint>${MODULE}</template><script nonce="n0">${AFTER_PAINT_LOADER}</script>` +
        TAIL,
    );
  });

  it("passes documents without scripts, and unterminated module scripts, through byte for byte", async () => {
    for (const document of [
      HEAD_START + HEAD_END + TAIL,
      HEAD_START + PRELOADS + HEAD_END + CONTEXT + '<script type="module">import "/x.js"; é',
    ]) {
      const out = await transform([Buffer.from(document)]);
      expect(out.toString("utf8")).toBe(
        document.includes(PRELOADS) ? document.replace(PRELOADS, `<template data-after-paint>${PRELOADS}</template>`) : document,
      );
    }
  });

  it("passes bytes that are not UTF-8 through unchanged (it never decodes text)", async () => {
    const bytes = Buffer.concat([Buffer.from(HEAD_START), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(HEAD_END + TAIL)]);
    expect((await transform([bytes.subarray(0, HEAD_START.length + 1), bytes.subarray(HEAD_START.length + 1)])).equals(bytes)).toBe(true);
  });
});

describe("the rewritten document under the page cache's hashed policy", () => {
  it("lists the module script (inside its template) and the loader, so both may run once the nonce is gone", () => {
    const hashes = inlineScriptHashes(EXPECTED.replaceAll(' nonce="n0"', ""));
    const sha = (body: string) => `'sha256-${createHash("sha256").update(body).digest("base64")}'`;
    expect(hashes).toContain(sha('import * as route0 from "/assets/root-C.js";\nimport("/assets/entry.client-A.js");'));
    expect(hashes).toContain(sha(AFTER_PAINT_LOADER));
  });
});
