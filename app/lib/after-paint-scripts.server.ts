/**
 * Hydration scripts start loading after the first paint (ADR 010, re-measured for React Router 7 in ADR 011).
 *
 * React Router's `<Scripts>` renders a `<link rel="modulepreload">` for each of the page's modules, the inline
 * script that sets up `window.__reactRouterContext`, and the inline module script that imports the entry and route
 * modules and hydrates. React 19 hoists the preload links into `<head>`, ahead of the stylesheets, so browsers fetch
 * 9-26 modules at High priority before the CSS, although every figure and table is already in the HTML.
 *
 * This transform, on the rendered document, wraps the run of preload links in `<head>` and the module script in
 * inert `<template data-after-paint>` elements, and appends a small loader after the module script. When the browser
 * reports its first contentful paint, the loader puts the links and then the module script back exactly where they
 * were rendered (a fresh script element, so it runs), then removes itself and the templates. The DOM that React
 * hydrates is therefore the one React Router rendered. The context script stays in place: the streamed data scripts
 * that follow it need it.
 *
 * The transform works on bytes, never on decoded text: it reads each chunk as Latin-1 (one character per byte), so
 * cutting, holding back and re-joining text can never split a UTF-8 sequence or lose bytes held in a decoder, and
 * everything it does not rewrite leaves it byte for byte as it came. The markers it looks for are ASCII, which never
 * occurs inside a multi-byte UTF-8 sequence. Anything it does not recognise passes through unchanged.
 */
import { Transform } from "node:stream";

const PRELOAD = '<link rel="modulepreload"';
/** The run of preload links, from its first link to the first thing that is not one. */
const PRELOAD_RUN = /^(?:<link rel="modulepreload"[^>]*>)+/;
const HEAD_END = "</head>";
/** React Router's module script: the first `<script type="module">` after the head, whole. */
const MODULE_SCRIPT = /<script\b[^>]*\btype="module"[^>]*>[\s\S]*?<\/script>/;
const MODULE_SCRIPT_START = /<script\b[^>]*\btype="module"/;
/** Text held back this long without the end of what is awaited is not React Router's: give up and pass it through. */
const MAX_HELD = 512 * 1024;
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

const template = (content: string) => `<template data-after-paint>${content}</template>`;

/**
 * The rewriting, on Latin-1 text (one character per byte). `push` takes the next piece of the document and returns
 * what can be sent now; `end` returns what was held back.
 */
class AfterPaintRewriter {
  private stage: "preloads" | "module" | "done" = "preloads";
  private held = "";

  constructor(private readonly nonce: string | undefined) {}

  push(text: string): string {
    this.held += text;
    let out = "";
    for (;;) {
      const before = this.stage;
      out += this.stage === "preloads" ? this.preloads() : this.stage === "module" ? this.moduleScript() : this.take(this.held.length);
      if (this.stage === before) break;
    }
    if (this.stage !== "done" && this.held.length > MAX_HELD) {
      this.stage = "done";
      out += this.take(this.held.length);
    }
    return out;
  }

  end(): string {
    this.stage = "done";
    return this.take(this.held.length);
  }

  private take(length: number): string {
    const taken = this.held.slice(0, length);
    this.held = this.held.slice(length);
    return taken;
  }

  /** Until the preload links in the head are whole: send what precedes them, then them wrapped in a template. */
  private preloads(): string {
    const start = this.held.indexOf(PRELOAD);
    const headEnd = this.held.indexOf(HEAD_END);
    if (headEnd >= 0 && (start < 0 || headEnd < start)) {
      // No preload links in this head: only the module script is deferred.
      this.stage = "module";
      return this.take(headEnd);
    }
    if (start < 0) return this.take(Math.max(0, this.held.length - (Math.max(PRELOAD.length, HEAD_END.length) - 1)));
    const out = this.take(start);
    const run = PRELOAD_RUN.exec(this.held)?.[0];
    const rest = run === undefined ? "" : this.held.slice(run.length);
    // The run may go on in the next chunk (a link cut in two): wait until something other than a link follows it.
    if (run === undefined || rest.startsWith(PRELOAD) || PRELOAD.startsWith(rest)) return out;
    this.stage = "module";
    this.take(run.length);
    return out + template(run);
  }

  /** Until React Router's module script is whole: send what precedes it, then it in a template and the loader. */
  private moduleScript(): string {
    const match = MODULE_SCRIPT.exec(this.held);
    if (match) {
      this.stage = "done";
      const out = this.take(match.index);
      this.take(match[0].length);
      const nonceAttribute = this.nonce ? ` nonce="${this.nonce}"` : "";
      return `${out}${template(match[0])}<script${nonceAttribute}>${AFTER_PAINT_LOADER}</script>`;
    }
    // Hold from the module script's start tag, or from the last "<" (a tag that may be cut in two).
    const started = MODULE_SCRIPT_START.exec(this.held);
    const keepFrom = started ? started.index : Math.max(0, this.held.lastIndexOf("<"));
    return this.take(keepFrom);
  }
}

/**
 * The transform as a stream for the rendered document (entry.server.tsx): bytes in, bytes out.
 *
 * React writes a rendered page in 2 KB pieces, all in one task; each piece sent on would be a read of the web stream
 * React Router wraps this in, a write to the response and a call into the compressor (about a hundred for a role
 * profile). So what one task writes goes on as one chunk, at the end of that task's microtasks (issue 13, item 4;
 * docs/PERFORMANCE.md): the same bytes, no later than the next turn of the event loop, and a page whose boundaries
 * stream in later (none of ours do) still goes out piece by piece as each arrives.
 */
export function deferHydrationScripts(nonce: string | undefined): Transform {
  const rewriter = new AfterPaintRewriter(nonce);
  let pending: string[] = [];
  const sendPending = (stream: Transform) => {
    if (pending.length === 0) return;
    const out = pending.join("");
    pending = [];
    if (out.length > 0) stream.push(Buffer.from(out, "latin1"));
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const out = rewriter.push(chunk.toString("latin1"));
      if (out.length > 0) {
        if (pending.length === 0) queueMicrotask(() => sendPending(this));
        pending.push(out);
      }
      done();
    },
    flush(done) {
      pending.push(rewriter.end());
      sendPending(this);
      done();
    },
  });
}
