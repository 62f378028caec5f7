/**
 * Lighthouse 12.8 in Debian's Chromium, one fresh browser per run, on the mobile (default) and desktop
 * (lighthouse/core/config/desktop-config.js) presets, four categories. For every category under 100 it
 * collects the audits that cost points (ids and titles) so the page owners know what to fix.
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];
export type Preset = "mobile" | "desktop";

export const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface FailingAudit {
  category: Category;
  id: string;
  title: string;
  score: number;
  displayValue?: string;
  /** The first few offending items (selectors, issue types, URLs), to find the cause without opening a report. */
  items: string[];
  /** Weight 0 in its category: a hint (performance opportunities), not what cost the points. */
  hint: boolean;
}

export interface LighthouseRun {
  page: string;
  preset: Preset;
  scores: Partial<Record<Category, number>>;
  metrics: Record<string, string>;
  failing: FailingAudit[];
  runWarnings: string[];
  error?: string;
  ms: number;
}

const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"];

export async function runLighthouse(
  baseUrl: string,
  pages: string[],
  { chromePath, presets, timeoutMs }: { chromePath: string; presets: Preset[]; timeoutMs: number },
): Promise<LighthouseRun[]> {
  const runs: LighthouseRun[] = [];
  for (const page of pages) {
    for (const preset of presets) {
      const started = performance.now();
      const run: LighthouseRun = { page, preset, scores: {}, metrics: {}, failing: [], runWarnings: [], ms: 0 };
      const status = await fetch(new URL(page, baseUrl), { signal: AbortSignal.timeout(15_000) }).then(
        (response) => response.status,
        () => 0,
      );
      if (status !== 200) {
        run.error = `not run: the page answers HTTP ${status}`;
        runs.push(run);
        continue;
      }
      // A trace can fail to record on a busy machine (NO_NAVSTART and the like): one retry in a fresh browser.
      for (let attempt = 1; attempt <= 2; attempt += 1) {
        const retried = run.error ? [`${page} ${preset}: retried after ${run.error}`] : [];
        Object.assign(run, { scores: {}, metrics: {}, failing: [], runWarnings: retried, error: undefined });
        await lighthouseOnce(run, new URL(page, baseUrl).href, { chromePath, preset, timeoutMs });
        if (!run.error) break;
      }
      run.ms = performance.now() - started;
      runs.push(run);
    }
  }
  return runs;
}

/** A short description of an audit's first offending items, whatever the audit's details shape. */
function describeItems(details: unknown): string[] {
  const items = (details as { items?: unknown[] } | undefined)?.items;
  if (!Array.isArray(items)) return [];
  const describe = (item: Record<string, unknown>): string | undefined => {
    const node = item.node as { selector?: string; snippet?: string } | undefined;
    const source = item.source as { url?: string } | undefined;
    const sub = (item.subItems as { items?: Record<string, unknown>[] } | undefined)?.items?.[0];
    const text =
      node?.selector ??
      node?.snippet ??
      (typeof item.issueType === "string" ? `${item.issueType}${sub ? `: ${JSON.stringify(sub).slice(0, 160)}` : ""}` : undefined) ??
      (typeof item.url === "string" ? item.url : undefined) ??
      source?.url ??
      (typeof item.description === "string" ? item.description : undefined);
    return text?.replace(/\s+/g, " ").slice(0, 200);
  };
  return items
    .slice(0, 3)
    .map((item) => (item && typeof item === "object" ? describe(item as Record<string, unknown>) : undefined))
    .filter((text): text is string => Boolean(text));
}

async function lighthouseOnce(
  run: LighthouseRun,
  url: string,
  { chromePath, preset, timeoutMs }: { chromePath: string; preset: Preset; timeoutMs: number },
): Promise<void> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: "silent" });
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Lighthouse took longer than ${timeoutMs / 1000} s`)), timeoutMs);
    });
    const result = await Promise.race([
      lighthouse(
        url,
        { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] },
        preset === "desktop" ? desktopConfig : undefined,
      ),
      timeout,
    ]);
    if (!result) throw new Error("Lighthouse returned no result");
    const { lhr } = result;
    if (lhr.runtimeError) run.error = `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`;
    run.runWarnings.push(...lhr.runWarnings.map(String));
    for (const category of CATEGORIES) {
      const entry = lhr.categories[category];
      if (!entry) continue;
      if (entry.score !== null) run.scores[category] = Math.round(entry.score * 100);
      if (entry.score === 1) continue;
      for (const ref of entry.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (!audit || audit.score === null || audit.score >= (ref.weight > 0 ? 1 : 0.9)) continue;
        if (audit.scoreDisplayMode === "informative" || audit.scoreDisplayMode === "notApplicable" || audit.scoreDisplayMode === "manual")
          continue;
        run.failing.push({
          category,
          id: ref.id,
          title: audit.title,
          score: audit.score,
          displayValue: audit.displayValue,
          items: describeItems(audit.details),
          hint: ref.weight === 0,
        });
      }
    }
    for (const id of METRICS) {
      const audit = lhr.audits[id];
      if (audit?.displayValue) run.metrics[id] = audit.displayValue;
    }
  } catch (error) {
    run.error = error instanceof Error ? error.message : String(error);
  } finally {
    clearTimeout(timer);
    chrome.kill();
  }
}
