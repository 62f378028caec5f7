/**
 * The house rules (docs/decisions/012-layout-by-feature.md), checked by `npm run lint:deps` in `npm test`.
 * Data flows one way: routes -> features -> ui/lib -> db; seed -> db; server/ is the shell around the app.
 *
 * Features are layered: a feature may use features of LOWER layers only (never a higher one, never one of its
 * own layer), so the features form no cycle and each can be read with only what lies under it.
 */
const FEATURE_LAYERS = [
  ["sources", "data-pin", "periods"], // every figure's citation; the data version a page is pinned to; the loaded projection periods
  ["glossary", "pay"], // terms defined inline (cites sources); OEWS pay percentiles, the spread beside a median (cites sources)
  ["roles"], // the role profile and its vocabulary (labels, projection types)
  ["occupations"], // the whole BLS / O*NET catalogue: the occupation finder and profiles
  ["outlook", "search"], // lists of roles with their projections (dashboard, finder); title search
  ["compare", "map", "paths", "skills"], // views across roles
  ["explore"], // start from yourself: a student's skills → roles and occupations, and what to learn next
  ["handout"], // printable one-pagers of a role or a comparison
  ["present", "lessons"], // slides; lesson bundles (a lesson shows a handout's QR code)
  ["open-data"], // the JSON API, the bulk download and the /data page: the whole dataset, read-only
];

const layerRules = FEATURE_LAYERS.flatMap((layer, index) => {
  const notBelow = FEATURE_LAYERS.slice(index).flat();
  return layer.map((feature) => ({
    name: `feature-layers:${feature}`,
    comment: `${feature} may use only features of lower layers than its own (see FEATURE_LAYERS); share through a lower feature, app/ui or app/lib.`,
    severity: "error",
    from: { path: `^app/features/${feature}/` },
    to: { path: `^app/features/(${notBelow.filter((f) => f !== feature).join("|")})/` },
  }));
});

/** Browser-loaded app modules: everything in app/ but server-only modules and route modules (React Router splits those). */
const BROWSER_MODULE = "^app/(features|ui|lib)/.*(?<!\\.server)\\.tsx?$";

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: "no-circular",
      comment: "Modules that import each other cannot be read, tested or split apart one at a time.",
      severity: "error",
      from: { path: "^(app|server|db|seed)/" },
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
    {
      name: "db-stands-alone",
      comment: "db/ (schema, client, migrations) is the bottom of the house: it imports nothing of the app, the shell or the seed.",
      severity: "error",
      from: { path: "^db/" },
      to: { path: "^(app|server|seed|tests)/" },
    },
    {
      name: "seed-writes-to-db-only",
      comment: "The seed reads dataset files and writes through db/; it knows nothing of pages or the server.",
      severity: "error",
      from: { path: "^seed/" },
      to: { path: "^(app|server)/" },
    },
    {
      name: "lib-has-no-domain",
      comment: "app/lib holds code with no domain words (format, http, csv, params, env); it may not reach into features, ui or routes.",
      severity: "error",
      from: { path: "^app/lib/" },
      to: { path: "^app/(features|ui|routes)/" },
    },
    {
      name: "ui-is-presentational",
      comment: "app/ui holds shared presentational pieces: props in, markup out; no feature, no route, no server code.",
      severity: "error",
      from: { path: "^app/ui/" },
      to: { path: "^app/(features|routes)/|\\.server\\.tsx?$|^db/client" },
    },
    {
      name: "nothing-imports-routes",
      comment: "Routes are the top: only React Router (app/routes.ts) and the tests that call loaders may import them.",
      severity: "error",
      from: { path: "^(app/(features|ui|lib)|server|db|seed)/" },
      to: { path: "^app/routes/" },
    },
    {
      name: "browser-code-stays-off-the-server",
      comment:
        "A module the browser loads may import a .server module's types, never its values: a value import pulls database code into the client bundle.",
      severity: "error",
      from: { path: BROWSER_MODULE },
      to: { path: "\\.server\\.tsx?$|^db/(client|config|migrate)", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "no-zod-in-the-browser",
      comment: "zod alone is ~90 KB gzip of first-load JS: URL and form schemas live in .server modules.",
      severity: "error",
      from: { path: BROWSER_MODULE },
      to: { path: "node_modules/zod/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "shell-uses-lib-not-features",
      comment: "server/ is the Express shell: it may use app/lib, db and seed (to prepare the database at boot), not features or pages.",
      severity: "error",
      from: { path: "^server/" },
      to: { path: "^app/(features|ui|routes)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(build|\\.react-router|\\.data|node_modules)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
    skipAnalysisNotInRules: true,
  },
};
