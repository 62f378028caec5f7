/**
 * Hydration scripts start loading after the first paint (ADR 010).
 *
 * Remix's `<Scripts>` ends every document with a block of `<link rel="modulepreload">` tags, the inline script
 * that sets up `window.__remixContext`, and the inline module script that imports the entry and route modules
 * and hydrates. Browsers fetch those 10-40 modules the moment the block is parsed, so on a slow connection they
 * compete with the stylesheets for the first paint, although every figure and table is already in the HTML.
 *
 * This transform, on the rendered document, wraps the preload links and the module script in inert
 * `<template data-after-paint>` elements and appends a small loader. When the browser reports its first contentful
 * paint, the loader puts the links and the module script back exactly where Remix rendered them (a fresh script
 * element, so it runs), then removes itself and the templates. The DOM that React hydrates is therefore the one
 * Remix rendered. The context script stays in place: the single-fetch data scripts that follow it need it.
 *
 * Anything the transform does not recognise passes through unchanged.
 */
import { Transform, type TransformCallback } from "node:stream";

const PRELOAD = '<link rel="modulepreload"';
/** Remix's block: the preload links, the context script, the module script, in that order. */
const SCRIPTS_BLOCK =
  /^((?:<link rel="modulepreload"[^>]*\/>)+)(<script\b(?![^>]*\btype="module")[^>]*>[\s\S]*?<\/script>)(<script\b[^>]*\btype="module"[^>]*>[\s\S]*?<\/script>)/;
/** A block this long without the module script's end is not Remix's: give up and pass it through. */
const MAX_BLOCK = 512 * 1024;
/** If the browser never reports a paint (no Paint Timing support, a tab that stays hidden), load after this. */
const FALLBACK_MS = 3000;
/** Nodes put back per task (see the loader). */
const NODES_PER_TASK = 4;

/**
 * The loader, an inline classic script. It runs once, where it is parsed; waits for the first contentful paint
 * (or the fallback timer); then puts each template's content back in its place, recreating scripts (with this
 * script's nonce) so that they execute, and removes the templates and itself. Each preload link starts a fetch,
 * which on a large page costs the main thread up to a millisecond, so links go back a few per task; the
 * module script, which starts hydration, goes back last.
 */
export const AFTER_PAINT_LOADER = `(() => {
  const loader = document.currentScript;
  const revive = (node) => {
    if (node.nodeName !== "SCRIPT") return node;
    const script = document.createElement("script");
    for (const { name, value } of node.attributes) script.setAttribute(name, value);
    script.nonce = loader.nonce;
    script.text = node.text;
    return script;
  };
  const restore = (templates) => {
    const template = templates.shift();
    if (!template) return loader.remove();
    const nodes = Array.from(template.content.childNodes, revive);
    const step = () => {
      template.before(...nodes.splice(0, ${NODES_PER_TASK}));
      if (nodes.length > 0) return setTimeout(step);
      template.remove();
      restore(templates);
    };
    step();
  };
  let started = false;
  const load = () => {
    if (started) return;
    started = true;
    restore(Array.from(document.querySelectorAll("template[data-after-paint]")));
  };
  if (typeof PerformanceObserver === "function" && PerformanceObserver.supportedEntryTypes?.includes("paint")) {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName("first-contentful-paint").length === 0) return;
      observer.disconnect();
      load();
    }).observe({ type: "paint", buffered: true });
    setTimeout(load, ${FALLBACK_MS});
  } else {
    load();
  }
})();`;

/** Rewrites Remix's scripts block at the start of `html`, or returns undefined when `html` does not start with one. */
export function deferScriptsBlock(html: string, nonce: string | undefined): { rewritten: string; rest: string } | undefined {
  const match = SCRIPTS_BLOCK.exec(html);
  if (!match) return undefined;
  const [block, preloads, contextScript, moduleScript] = match as unknown as [string, string, string, string];
  const nonceAttribute = nonce ? ` nonce="${nonce}"` : "";
  return {
    rewritten:
      `<template data-after-paint>${preloads}</template>${contextScript}` +
      `<template data-after-paint>${moduleScript}</template><script${nonceAttribute}>${AFTER_PAINT_LOADER}</script>`,
    rest: html.slice(block.length),
  };
}

/**
 * A stream transform for the rendered document. Text before the block flows through as it arrives; from the first
 * preload link it holds output back until the whole block is in, rewrites it once, and passes the rest through.
 */
export function deferHydrationScripts(nonce: string | undefined): Transform {
  const decoder = new TextDecoder();
  let pending = "";
  let settled = false;

  // With nothing to send yet, call back without data rather than push an empty chunk.
  const send = (done: TransformCallback, out: string | Buffer) => (out.length > 0 ? done(null, out) : done());

  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (settled) return send(done, chunk);
      pending += decoder.decode(chunk, { stream: true });
      const start = pending.indexOf(PRELOAD);
      if (start < 0) {
        // Keep a tail that could be the start of the marker split across chunks.
        const keep = PRELOAD.length - 1;
        const out = pending.slice(0, Math.max(0, pending.length - keep));
        pending = pending.slice(out.length);
        return send(done, out);
      }
      const deferred = deferScriptsBlock(pending.slice(start), nonce);
      if (deferred) {
        settled = true;
        const out = pending.slice(0, start) + deferred.rewritten + deferred.rest;
        pending = "";
        return send(done, out);
      }
      if (pending.length - start > MAX_BLOCK) {
        settled = true;
        const out = pending;
        pending = "";
        return send(done, out);
      }
      // The block is still arriving: send what precedes it and wait for more.
      const out = pending.slice(0, start);
      pending = pending.slice(start);
      send(done, out);
    },
    flush(done) {
      send(done, pending + decoder.decode());
    },
  });
}
