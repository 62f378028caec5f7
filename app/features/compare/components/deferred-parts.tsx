import { lazy, Suspense, type ComponentType } from "react";
import * as aiImpact from "~/features/compare/components/compare-ai-impact";
import * as occupationData from "~/features/compare/components/compare-occupation-data";

/*
 * Parts of the compare page whose JavaScript stays out of its first load (the 120 KB budget, ADR 016): the parts only
 * a comparison with an occupation shows (pay range, O*NET technologies, what occupations lack, the picker's
 * occupation matches), and the AI impact section, which is text and tables with nothing to interact with. The server
 * renders them in place (a static import: the HTML is complete, with or without JavaScript); the browser loads their
 * chunks when the page hydrates, and React hydrates each part when its chunk arrives (its Suspense boundary keeps the
 * server HTML until then). The client build drops the static imports, since `import.meta.env.SSR` is false there.
 */
/** The modules themselves, on the server only: `import.meta.env.SSR` is false in the client build, so this is undefined there. */
const eagerModules = import.meta.env.SSR ? { aiImpact, occupationData } : undefined;

function deferred<Module, Name extends keyof Module & string>(
  load: () => Promise<Module>,
  name: Name,
  eager: Module | undefined,
): Module[Name] {
  type Props = Module[Name] extends ComponentType<infer P> ? P : never;
  const Part = (
    eager ? eager[name] : lazy(() => load().then((m) => ({ default: m[name] as ComponentType<Props> })))
  ) as ComponentType<Props>;
  function DeferredPart(props: Props) {
    return (
      <Suspense fallback={null}>
        <Part {...(props as Props & object)} />
      </Suspense>
    );
  }
  return DeferredPart as Module[Name];
}

const loadOccupationData = () => import("~/features/compare/components/compare-occupation-data");
const loadAiImpact = () => import("~/features/compare/components/compare-ai-impact");

export const ComparePayRange = deferred(loadOccupationData, "ComparePayRange", eagerModules?.occupationData);
export const CompareTechnology = deferred(loadOccupationData, "CompareTechnology", eagerModules?.occupationData);
export const OccupationMatches = deferred(loadOccupationData, "OccupationMatches", eagerModules?.occupationData);
export const OccupationsNotInRoleSections = deferred(loadOccupationData, "OccupationsNotInRoleSections", eagerModules?.occupationData);
export const RoleDetailsElsewhere = deferred(loadOccupationData, "RoleDetailsElsewhere", eagerModules?.occupationData);
export const CompareAiImpact = deferred(loadAiImpact, "CompareAiImpact", eagerModules?.aiImpact);
