import { createLesson, expect, test } from "./fixtures";

/**
 * Every public page, CSV and handout, as a crawler reaches it from the site's own links, is valid UTF-8 with no
 * NUL or other C0 control byte (tab, CR and LF aside): on the fresh render and again when replayed from the page
 * cache. React 18's streaming renderer wrote a NUL where a multi-byte character met its 2048-byte buffer edge
 * (react#31134), and the page cache stored and replayed it; crawlers that treat NUL as end-of-text cut the page.
 */

/** Pages no link from the start pages reaches, or reaches only after many hops. */
const START = [
  "/",
  "/roles",
  "/skills",
  "/paths",
  "/map",
  "/glossary",
  "/about",
  "/lessons",
  "/search?q=backend",
  "/compare?roles=back-end-developer,data-scientist,security-analyst",
  "/compare/handout?roles=back-end-developer,data-scientist",
  "/present?role=back-end-developer",
  "/present?roles=back-end-developer,data-scientist,cto",
  "/present/notes?role=cto",
];
/** Generous: the site has a few hundred distinct pages and files; more means a link multiplies without end. */
const MAX_URLS = 3_000;
const CONCURRENCY = 4;

/** Text written with characters of every UTF-8 length: 2 (é), 3 (curly quotes, CJK) and 4 bytes (emoji). */
const UNICODE_LESSON = {
  title: "Café “careers” — 日本の開発者 🚀",
  note: "Naïve résumé tips ‘first’…\n\nDiscuss: 仕事 and 🧑‍💻 work.",
  question: "Which role would you pick — and why? 🤔",
};

function problemsIn(body: Buffer, type: string): string[] {
  const problems: string[] = [];
  // React 19.2 can move a finished Suspense boundary into a hidden element that only a script reveals
  // (app/entry.server.tsx): a page must read whole without JavaScript. React Router's own data transfer uses such an
  // element for its scripts, which is fine.
  if (type.startsWith("text/html") && /<div hidden id="S:\d+"><(?!script[\s>])/.test(body.toString("utf8")))
    problems.push("a Suspense boundary outlined into a hidden element");
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    problems.push("not valid UTF-8");
  }
  for (let i = 0; i < body.length; i++) {
    const byte = body[i]!;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) {
      problems.push(
        `control byte 0x${byte.toString(16).padStart(2, "0")} at offset ${i}: …${body.subarray(Math.max(0, i - 40), i).toString("latin1")}`,
      );
      break;
    }
  }
  return problems;
}

/**
 * Which pages a link stands for. Filters, sort orders and the slide number re-arrange the same template and data, and
 * compare links combine every role with every other: the crawl keeps the parameters that choose the data (the role or
 * roles, the projection period, the data version) and follows comparisons of up to two roles (the start pages hold
 * larger ones), so it reaches every role, skill, ladder, handout, deck and CSV in every period once.
 */
const DATA_PARAMS = new Set(["role", "roles", "vintage", "data"]);

function pageOf(url: URL): string | undefined {
  const params = new URLSearchParams();
  for (const [name, value] of url.searchParams) if (DATA_PARAMS.has(name)) params.append(name, value);
  if ((params.get("roles")?.split(",").length ?? 0) > 2) return undefined;
  params.sort();
  const search = params.toString();
  return url.pathname + (search ? `?${search}` : "");
}

const OCCUPATION_PROFILE = /^\/occupations\/\d{2}-\d{4}$/;
/** One template over every O*NET technology marked hot or in demand (325 pages, each linking to its occupations). */
const TECHNOLOGY_PAGE = /^\/technologies\/[a-z0-9-]+$/;
/** How many pages of such a template the crawl visits: the template's bytes, not every row of the data, are what it checks. */
const TECHNOLOGY_PAGES_VISITED = 12;

/**
 * Same-site links of a document (HTML-decoded, without fragments), as the pages they stand for. Occupation profiles are
 * one template over every BLS occupation, linked to each other as related occupations: the crawl follows the profiles
 * the finder's first page, role profiles and searches link to (and their CSVs), not the whole web of related ones, which
 * would add some 800 profiles of 190 KB each and minutes to the run.
 */
function linksIn(html: string, from: string): string[] {
  const fromPath = new URL(from).pathname;
  // From a profile or a technology page, other occupation profiles are the same template again (see above).
  const fromOccupation = OCCUPATION_PROFILE.test(fromPath) || TECHNOLOGY_PAGE.test(fromPath);
  const links: string[] = [];
  for (const match of html.matchAll(/\shref="([^"]+)"/g)) {
    const raw = match[1]!.replaceAll("&amp;", "&");
    if (/^(?:mailto:|data:|javascript:|#)/.test(raw)) continue;
    const url = new URL(raw, from);
    if (url.origin !== new URL(from).origin) continue;
    if (url.pathname.startsWith("/assets/") || url.pathname === "/favicon.svg") continue;
    if (fromOccupation && OCCUPATION_PROFILE.test(url.pathname)) continue;
    const page = pageOf(url);
    if (page) links.push(page);
  }
  return links;
}

test("every page, CSV and handout is valid UTF-8 without control bytes, fresh and replayed from the cache", async ({
  request,
  baseURL,
}) => {
  // Some 1,950 pages and files, each twice: 1.9 min alone on 2 cores, 3.7 min beside the other worker in CI, and over
  // 4 min on a slower CI machine. MAX_URLS, not this, is what stops a crawl that runs away.
  test.setTimeout(600_000);
  const lesson = await createLesson(request, baseURL!, {
    title: UNICODE_LESSON.title,
    note: UNICODE_LESSON.note,
    ownQuestion: UNICODE_LESSON.question,
    roles: ["back-end-developer", "data-scientist"],
  });
  // The edit page is private (never cached) and is not linked from anywhere public: visit it, not its links.
  const queue = [...START, lesson.studentPath, lesson.savedPath, lesson.editPath];
  const seen = new Set(queue);
  const failures: string[] = [];
  let visited = 0;

  const visit = async (path: string) => {
    visited++;
    for (const round of ["fresh", "replayed"] as const) {
      const response = await request.get(path, { maxRedirects: 0 });
      const status = response.status();
      if (status >= 300 && status < 400) {
        const location = response.headers()["location"];
        if (location && round === "fresh") enqueue([new URL(location, baseURL).pathname + new URL(location, baseURL).search]);
        return;
      }
      const type = response.headers()["content-type"] ?? "";
      if (!/^(text\/|application\/json)/.test(type)) return;
      const body = await response.body();
      for (const problem of problemsIn(body, type)) failures.push(`${path} (${status}, ${round}): ${problem}`);
      if (round === "fresh" && type.startsWith("text/html") && path !== lesson.editPath)
        enqueue(linksIn(body.toString("utf8"), new URL(path, baseURL).href));
    }
  };
  let technologyPages = 0;
  const enqueue = (paths: string[]) => {
    for (const path of paths) {
      if (seen.has(path) || seen.size >= MAX_URLS) continue;
      if (TECHNOLOGY_PAGE.test(path) && technologyPages++ >= TECHNOLOGY_PAGES_VISITED) continue;
      seen.add(path);
      queue.push(path);
    }
  };
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) await visit(path);
  };
  // Workers stop when the queue is momentarily empty; run rounds until no page found new links.
  while (queue.length > 0) await Promise.all(Array.from({ length: CONCURRENCY }, worker));

  expect(seen.size, "the crawl stayed within its bound (a link that multiplies without end?)").toBeLessThan(MAX_URLS);
  expect(visited, "pages crawled").toBeGreaterThan(200);
  expect(failures).toEqual([]);
  console.log(`Crawled ${visited} pages and files, each fresh and replayed.`);
});
