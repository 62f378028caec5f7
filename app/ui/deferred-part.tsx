import { Suspense, use, useId, useState, type ComponentType } from "react";

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
  const loadOnce = () =>
    (loading ??= load().then((module) => {
      loaded = module;
      return module;
    }));
  /*
   * Not React.lazy: once the chunk has come, this renders at once, where a lazy component would suspend once more.
   *
   * If the page re-renders before React has hydrated the part (a contents link's #hash is a navigation, and React
   * retries a suspended part only after a pause), React gives up the part's server HTML and renders it afresh, showing
   * the fallback until it can. The fallback is that same HTML, read from the page as it hydrated: with nothing in its
   * place, the page would shrink for a moment under a browser scrolling to a section below (tests/e2e/glossary.spec.ts,
   * "lands on the target of a second in-page jump").
   */
  function Part(props: Props) {
    const module = loaded ?? use(loadOnce());
    const Component = module[name] as ComponentType<Props>;
    return <Component {...(props as Props & object)} />;
  }
  function DeferredPart(props: Props) {
    // Start the chunk now, while the page around the part hydrates, not when React gets round to the part.
    if (!loaded) void loadOnce();
    const id = useId();
    const [serverHtml] = useState(() => serverHtmlOf(id));
    return (
      <div className="deferred-part" data-deferred-part={id}>
        <Suspense fallback={serverHtml ? <div className="deferred-part" dangerouslySetInnerHTML={{ __html: serverHtml }} /> : null}>
          <Part {...(props as Props & object)} />
        </Suspense>
      </div>
    );
  }
  DeferredPart.displayName = `Deferred(${name})`;
  return DeferredPart as Module[Name];
}

/** The server's HTML of the part whose wrapper carries `id`, while the page hydrates (empty on the server and later). */
function serverHtmlOf(id: string): string {
  if (typeof document === "undefined") return "";
  for (const element of document.querySelectorAll<HTMLElement>("[data-deferred-part]"))
    if (element.dataset.deferredPart === id) return element.innerHTML;
  return "";
}
