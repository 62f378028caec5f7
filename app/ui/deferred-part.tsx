import { Component, Suspense, use, useEffect, useId, useRef, useState, type ComponentType, type ReactNode } from "react";
import { useLocation } from "react-router";
import { appHasStarted } from "~/lib/app-started";
import { focusLateTarget, type PartArrival } from "~/ui/late-target";

/*
 * A part of a page whose JavaScript stays out of the page's first load (the 120 KB budget; ADRs 016 and 026). The
 * server renders it in place from the module it was given (a static import: the HTML is whole, with or without
 * JavaScript). The browser starts loading the part's chunk as the page around it hydrates; the part's Suspense
 * boundary keeps the server's HTML until React hydrates it (selective hydration: no mismatch). Only for parts with
 * nothing to interact with before they hydrate: links and <details> work without React, a button would not.
 *
 * `eager` is the module on the server and undefined in the browser: callers pass `import.meta.env.SSR ? module :
 * undefined`, which the client build folds to undefined, dropping the static import from its chunk. The parts of one
 * module share its chunk: once it has come, each renders at once.
 */
export function deferredModule<Module>(load: () => Promise<Module>, eager: Module | undefined) {
  const chunk: LoadedChunk<Module> = { module: eager };
  let asked: Promise<unknown> | undefined;
  return {
    /** One of the module's components, as a part that keeps its server HTML until its chunk has come. */
    part: <Name extends keyof Module & string>(name: Name) => deferredPart(load, chunk, name),
    /**
     * Asks for the chunk now if the app is already running: the route's code is being evaluated for an in-app
     * navigation, so the chunk comes while the page's data is fetched, and the parts render with the page instead of
     * after it (a first in-app visit to a profile showed its quick facts only once their chunk had come). On a page's
     * first load the parts ask for it themselves as they hydrate: asked for while the route's code ran, a refused chunk
     * had failed before React began hydrating the parts, which then failed in CI (profile.spec.ts, "keeps its later
     * sections … when their chunk cannot be loaded").
     */
    startIfNavigating() {
      if (chunk.module || asked || !appHasStarted()) return;
      asked = load().then(
        (module) => (chunk.module ??= module),
        () => (asked = undefined),
      );
    },
  };
}

/** The module once any of its parts, or the navigation's request, has it: every part then renders at once. */
interface LoadedChunk<Module> {
  module: Module | undefined;
}

function deferredPart<Module, Name extends keyof Module & string>(
  load: () => Promise<Module>,
  chunk: LoadedChunk<Module>,
  name: Name,
): Module[Name] {
  type Props = Module[Name] extends ComponentType<infer P> ? P : never;
  /*
   * One request per page: React asks again each time it retries the part, and the same page (the same prop values)
   * gets the same request, settled or not. Before, a refused chunk was asked for anew at each retry, for as long as
   * the page was open (dozens of requests in a few seconds). Another page asks again, once.
   */
  let last: { props: Props; request: Promise<Module> } | undefined;
  const loadFor = (props: Props) => {
    if (last && samePropValues(last.props, props)) return last.request;
    const request = load().then((module) => (chunk.module ??= module));
    // Handled here as well as by React, which may read it only later: a refusal is shown, not an unhandled rejection.
    request.catch(() => undefined);
    last = { props, request };
    return request;
  };
  /*
   * Not React.lazy: once the chunk has come, this renders at once, where a lazy component would suspend once more.
   *
   * If the page re-renders before React has hydrated the part (a contents link's #hash is a navigation, and React
   * retries a suspended part only after a pause), React gives up the part's server HTML and renders it afresh, showing
   * the fallback until it can. The fallback is that same HTML, read from the page as it hydrated: with nothing in its
   * place, the page would shrink for a moment under a browser scrolling to a section below (tests/e2e/glossary.spec.ts,
   * "lands on the target of a second in-page jump").
   */
  function Part({ props, arrival }: { props: Props; arrival: { current: PartArrival } }) {
    const module = chunk.module ?? use(loadFor(props));
    // The section an in-app navigation's fragment names may have come with this part: the focus goes there (ADR 027).
    useEffect(() => focusLateTarget(arrival.current), [arrival]);
    const Shown = module[name] as ComponentType<Props>;
    return <Shown {...(props as Props & object)} />;
  }
  function DeferredPart(props: Props) {
    // Start the chunk now, while the page around the part hydrates, not when React gets round to the part.
    if (!chunk.module) void loadFor(props);
    const id = useId();
    // The server's HTML, standing in only for the props it was rendered with (not for another page's). The page
    // re-renders with new props objects at every change of the router's state; the same page's loader data keeps its
    // values, so the props are compared value by value: compared as objects, a re-render of the same page lost the
    // stand-in, and a part whose chunk was refused showed "could not be loaded" instead of the server's HTML.
    const [snapshot] = useState(() => ({ html: serverHtmlOf(id), props }));
    const html = samePropValues(snapshot.props, props) ? snapshot.html : "";
    // Passive effects run after every layout effect, the router's scroll (ScrollRestoration) among them. A part that
    // renders at once runs its effect before this one (children first): it finds no arrival, and route-focus.tsx its
    // target. Each navigation is an arrival: React keeps this element from one profile to the next.
    const arrival = useRef<PartArrival>({ at: Number.NEGATIVE_INFINITY, top: Number.NaN });
    const { key } = useLocation();
    useEffect(() => {
      arrival.current = { at: performance.now(), top: scrollY };
    }, [key]);
    const standIn = html ? <div className="deferred-part" dangerouslySetInnerHTML={{ __html: html }} /> : null;
    return (
      <div className="deferred-part" data-deferred-part={id}>
        <Suspense fallback={standIn}>
          <PartErrorBoundary standIn={standIn} resetWith={props}>
            <Part props={props} arrival={arrival} />
          </PartErrorBoundary>
        </Suspense>
      </div>
    );
  }
  DeferredPart.displayName = `Deferred(${name})`;
  return DeferredPart as Module[Name];
}

/** Whether two props objects hold the same values under the same names (a re-render of the same page). */
function samePropValues(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const names = Object.keys(a);
  return (
    names.length === Object.keys(b).length &&
    names.every((name) => Object.is((a as Record<string, unknown>)[name], (b as Record<string, unknown>)[name]))
  );
}

/** The server's HTML of the part whose wrapper carries `id`, while the page hydrates (empty on the server and later). */
function serverHtmlOf(id: string): string {
  if (typeof document === "undefined") return "";
  for (const element of document.querySelectorAll<HTMLElement>("[data-deferred-part]"))
    if (element.dataset.deferredPart === id) return element.innerHTML;
  return "";
}

/**
 * When a part's chunk cannot be loaded (the network dropped, or a new release removed the old chunk from under an open
 * tab), the rest of the page stays: the part keeps the server's HTML it came with, or says it could not be shown. A
 * new page (other props) tries again.
 */
class PartErrorBoundary extends Component<
  { standIn: ReactNode; resetWith: unknown; children: ReactNode },
  { failedWith: unknown; failed: boolean }
> {
  override state = { failedWith: undefined as unknown, failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  static getDerivedStateFromProps(
    props: { resetWith: unknown },
    state: { failedWith: unknown; failed: boolean },
  ): Partial<{ failedWith: unknown; failed: boolean }> | null {
    if (state.failed && state.failedWith === undefined) return { failedWith: props.resetWith };
    if (state.failed && !samePropValues(state.failedWith, props.resetWith)) return { failed: false, failedWith: undefined };
    return null;
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return this.props.standIn ?? <p className="deferred-part__failed">This section could not be loaded. Reload the page to see it.</p>;
  }
}
