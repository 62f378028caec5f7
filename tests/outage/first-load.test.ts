/**
 * The production build's first-load JavaScript per page stays within the 120 KB budget (gzip, as the server sends it;
 * ADRs 011, 016 and 026). `npm run bench -- --only=bundle` prints the same measure with each page's files; this test
 * holds the build to it, so a change that pushes a page over fails `npm test` rather than waiting for a bench run.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIRST_LOAD_BUDGET_BYTES, measureBundles } from "../bench/lib/bundle";
import { PAGES } from "../bench/lib/pages";
import { BUILD_READY, ROOT } from "./built-server";

/** Pages the bench does not time, held to the budget too. */
const MORE_PAGES = ["/skills/python", "/technologies", "/technologies/python", "/glossary", "/present?role=cto", "/lessons/new", "/data"];

describe.skipIf(!BUILD_READY)(
  `first-load JavaScript of the production build${BUILD_READY ? "" : " [SKIPPED: needs npm run build]"}`,
  () => {
    const { pages } = measureBundles(ROOT, [...PAGES.map((p) => p.path), ...MORE_PAGES]);

    it.each(pages.map((p) => [p.page, p] as const))("%s loads at most 120 KB of JavaScript first", (_page, bundle) => {
      expect(bundle.routeExists, "the page has a route in this build").toBe(true);
      const files = bundle.files.map((f) => `${f.file} ${(f.gzipBytes / 1024).toFixed(1)} KB`).join(", ");
      expect(bundle.gzipBytes, `first-load files: ${files}`).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
    });

    // Words each deferred section shows, as the minified chunk keeps them: where they are says where its code is.
    const DEFERRED_CODE = [
      { page: "/roles/back-end-developer", section: "the profile's skills", words: "means the technology appears often in job postings" },
      {
        page: "/roles/back-end-developer",
        section: "the profile's quick facts",
        words: "Includes jobs that open when workers retire or change occupation.",
      },
      {
        page: "/compare?roles=back-end-developer,data-scientist",
        section: "the comparison's skills",
        words: "Weighted skill overlap of each pair of roles",
      },
      {
        page: "/compare?roles=back-end-developer,data-scientist",
        section: "the comparison's quick facts",
        words: "None: a BLS occupation spans every level",
      },
    ];
    it.each(DEFERRED_CODE)("$section load after the page, not with it", ({ page, words }) => {
      const bundle = pages.find((p) => p.page === page)!;
      const holding = (files: { file: string }[]) =>
        files.filter((f) => readFileSync(path.join(ROOT, "build", "client", f.file), "utf8").includes(words)).map((f) => f.file);
      expect(holding(bundle.files), "first-load files holding the section's code").toEqual([]);
      expect(holding(bundle.lazy), "lazily loaded files holding the section's code").toHaveLength(1);
    });
  },
);
