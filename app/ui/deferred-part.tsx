import { Component, Suspense, use, useId, useState, type ComponentType, type ReactNode } from "react";

/*
 * A part of a page whose JavaScript stays out of the page's first load (the 120 KB budget; ADRs 016 and 026). The
 * server renders it in place from the module it was given (a static import: the HTML is whole, with or without
 * JavaScript). The browser starts loading the part's chunk as the page around it hydrates; the part's Suspense
 * boundary keeps the server's HTML until React hydrates it (selective hydration: no mismatch). Only for parts with
 * nothing to interact with before they hydrate: links and <details> work without React, a button would not.
 *
 * `eager` is the module on the server and undefined in the browser: callers pass `import.meta.env.SSR ? module :
 * undefined`, which the client build folds to undefined, dropping the static import from its chunk.
 */
export function deferred<Module, Name extends keyof Module & string>(
  load: () => Promise<Module>,
  name: Name,
  eager: Module | undefined,
): Module[Name] {
  type Props = Module[Name] extends ComponentType<infer P> ? P : never;
  let loaded: Module | undefined = eager;
  let loading: Promise<Module> | undefined;
  const loadOnce = (): Promise<Module> => {
    if (loading) return loading;
    const attempt = load().then(
      (module) => {
        loaded = module;
        return module;
      },
      (error: unknown) => {
        // A later mount (another page, after the network came back) asks again, once the pause is over; React's own
        // retries of this part meanwhile get this answer, not a request each.
        setTimeout(() => {
          if (loading === attempt) loading = undefined;
        }, ASK_AGAIN_AFTER_MS);
        throw error;
      },
    );
    return (loading = attempt);
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
  function Part({ props }: { props: Props }) {
    const module = loaded ?? use(loadOnce());
    const Shown = module[name] as ComponentType<Props>;
    return <Shown {...(props as Props & object)} />;
  }
  function DeferredPart(props: Props) {
    // Start the chunk now, while the page around the part hydrates, not when React gets round to the part.
    if (!loaded) void loadOnce();
    const id = useId();
    // The server's HTML, standing in only for the props it was rendered with (not for another page's). Compared name by
    // name: the page passes a new props object at each of its re-renders, and a part whose chunk was refused while it
    // hydrated then lost its stand-in and showed nothing.
    const [snapshot] = useState(() => ({ html: serverHtmlOf(id), props }));
    const html = samePropValues(snapshot.props, props) ? snapshot.html : "";
    const standIn = html ? <div className="deferred-part" dangerouslySetInnerHTML={{ __html: html }} /> : null;
    return (
      <div className="deferred-part" data-deferred-part={id}>
        <Suspense fallback={standIn}>
          <PartErrorBoundary standIn={standIn} resetWith={props}>
            <Part props={props} />
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

/**
 * How long a part's refused chunk is not asked for again. React retries a part that failed while hydrating several times
 * (and each of the profile's eight parts does), and with every retry asking anew one page load sent about 50 requests for
 * a chunk that was refused (a dropped network, or a release that removed it from under an open tab).
 */
const ASK_AGAIN_AFTER_MS = 10_000;

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
