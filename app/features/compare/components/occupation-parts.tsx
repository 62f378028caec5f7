import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from "react";
import * as eager from "~/features/compare/components/compare-occupation-data";

/*
 * The parts of the compare page only a comparison with an occupation shows (pay range, O*NET technologies, the
 * occupations' AI layers, what occupations lack, the picker's occupation matches), kept out of the page's first-load JavaScript: a role-only comparison never loads them, and
 * /compare stays within its 120 KB budget (ADR 016). The server renders them in place (a static import: the HTML is
 * complete, with or without JavaScript); the browser loads their chunk on demand, and React hydrates each one when it
 * arrives (its Suspense boundary keeps the server HTML until then). The client build drops the static import, since
 * `import.meta.env.SSR` is false there.
 */
const load = () => import("~/features/compare/components/compare-occupation-data");

function suspended<P extends object>(Part: ComponentType<P> | LazyExoticComponent<ComponentType<P>>) {
  return function OccupationPart(props: P) {
    return (
      <Suspense fallback={null}>
        <Part {...props} />
      </Suspense>
    );
  };
}

export const ComparePayRange = suspended(
  import.meta.env.SSR ? eager.ComparePayRange : lazy(() => load().then((m) => ({ default: m.ComparePayRange }))),
);
export const CompareTechnology = suspended(
  import.meta.env.SSR ? eager.CompareTechnology : lazy(() => load().then((m) => ({ default: m.CompareTechnology }))),
);
export const OccupationAiEvidence = suspended(
  import.meta.env.SSR ? eager.OccupationAiEvidence : lazy(() => load().then((m) => ({ default: m.OccupationAiEvidence }))),
);
export const OccupationMatches = suspended(
  import.meta.env.SSR ? eager.OccupationMatches : lazy(() => load().then((m) => ({ default: m.OccupationMatches }))),
);
export const OccupationsNotInRoleSections = suspended(
  import.meta.env.SSR ? eager.OccupationsNotInRoleSections : lazy(() => load().then((m) => ({ default: m.OccupationsNotInRoleSections }))),
);
export const RoleDetailsElsewhere = suspended(
  import.meta.env.SSR ? eager.RoleDetailsElsewhere : lazy(() => load().then((m) => ({ default: m.RoleDetailsElsewhere }))),
);
