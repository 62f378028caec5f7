import * as laterParts from "~/features/roles/components/later-parts";
import { deferred } from "~/ui/deferred-part";

/*
 * Parts of the role profile whose JavaScript stays out of its first load (the 120 KB budget, ADR 026): its quick facts
 * (amendment of 2026-12-07), what the job is, its other names, skills, industries, AI impact, where it leads and discussion questions. The server renders them
 * in place; the browser hydrates them when their chunk arrives (app/ui/deferred-part.tsx).
 */
/** On the server only: `import.meta.env.SSR` is false in the client build, which then drops the static import. */
const eager = import.meta.env.SSR ? laterParts : undefined;
const load = () => import("~/features/roles/components/later-parts");

export const AiImpact = deferred(load, "AiImpact", eager);
export const AlsoKnownAs = deferred(load, "AlsoKnownAs", eager);
export const DiscussionQuestions = deferred(load, "DiscussionQuestions", eager);
export const Industries = deferred(load, "Industries", eager);
export const Progression = deferred(load, "Progression", eager);
export const QuickFacts = deferred(load, "QuickFacts", eager);
export const Skills = deferred(load, "Skills", eager);
export const WhatTheyDo = deferred(load, "WhatTheyDo", eager);
