/**
 * The pages the bench measures (bundle sizes, throughput, Lighthouse, query counts), and the build's first-load test
 * (tests/outage/first-load.test.ts) holds to the 120 KB budget.
 */
export const PAGES = [
  { path: "/", name: "dashboard" },
  { path: "/roles", name: "role finder" },
  { path: "/roles/back-end-developer", name: "role profile" },
  { path: "/search?q=backend", name: "search" },
  { path: "/compare?roles=back-end-developer,data-scientist", name: "comparison" },
  { path: "/map", name: "skills map" },
  { path: "/skills", name: "skills catalogue" },
  { path: "/occupations", name: "occupation finder" },
  { path: "/occupations/15-1252", name: "occupation profile" },
  { path: "/explore/skills?have=Python&have=SQL&have=Microsoft+Excel", name: "skills explorer" },
  { path: "/explore/interests?like=investigative&like=conventional", name: "interests explorer" },
  { path: "/about", name: "minimal route (yardstick)" },
];
