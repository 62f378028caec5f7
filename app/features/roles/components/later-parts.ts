/*
 * The profile's quick facts and the sections after them that hold nothing to interact with but links and <details>
 * (text, tables, lists): one lazily loaded chunk, hydrated after the rest of the page (deferred-parts.tsx). The charts (drawn
 * in the browser), the period switch and the citation's copy buttons stay in the first load.
 */
export { AiImpact } from "~/features/roles/components/ai-impact";
export { AlsoKnownAs } from "~/features/roles/components/also-known-as";
export { DiscussionQuestions } from "~/features/roles/components/discussion-questions";
export { Industries } from "~/features/roles/components/industries";
export { Progression } from "~/features/roles/components/progression";
export { QuickFacts } from "~/features/roles/components/quick-facts";
export { Skills } from "~/features/roles/components/skills";
export { WhatTheyDo } from "~/features/roles/components/what-they-do";
