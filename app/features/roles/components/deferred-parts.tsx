import * as laterParts from "~/features/roles/components/later-parts";
import { deferredModule } from "~/ui/deferred-part";

/*
 * Parts of the role profile whose JavaScript stays out of its first load (the 120 KB budget, ADR 026): its quick facts
 * (amendment of 2026-12-07), what the job is, its other names, skills, industries, AI impact, where it leads and discussion questions. The server renders them
 * in place; the browser hydrates them when their chunk arrives (app/ui/deferred-part.tsx).
 */
/** On the server only: `import.meta.env.SSR` is false in the client build, which then drops the static import. */
const eager = import.meta.env.SSR ? laterParts : undefined;
const laterPartsModule = deferredModule(() => import("~/features/roles/components/later-parts"), eager);
// An in-app navigation to a profile evaluates this with the route's code: its chunk then comes with the page's data.
laterPartsModule.startIfNavigating();
const part = laterPartsModule.part;

export const AiImpact = part("AiImpact");
export const AlsoKnownAs = part("AlsoKnownAs");
export const DiscussionQuestions = part("DiscussionQuestions");
export const Industries = part("Industries");
export const Progression = part("Progression");
export const QuickFacts = part("QuickFacts");
export const Skills = part("Skills");
export const WhatTheyDo = part("WhatTheyDo");
