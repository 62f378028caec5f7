import type { AppLoadContext, UNSAFE_DataWithResponseInit as DataWithResponseInit } from "react-router";
import type { Deck } from "~/features/present/slides";
import type { SourceCitation } from "~/features/sources/citations";

/** The build version the load context of `routeArgs` names, unless a test gives its own. */
export const TEST_BUILD_VERSION = "test-build";

/**
 * The arguments React Router passes a loader or action, for calling route modules directly in db tests.
 * `request` is a path on http://localhost (`/roles/cto?data=v1-…`) or a whole Request (for POSTs); `params` are
 * typed as given, so they match the route's own `Route.LoaderArgs`; `context` is the server's load context
 * (server/app.ts), TEST_BUILD_VERSION as its build unless given.
 */
export function routeArgs<Params extends Record<string, string> = Record<never, never>>(
  request: Request | string,
  params: Params = {} as Params,
  context: Partial<AppLoadContext> = {},
) {
  const req = typeof request === "string" ? new Request(`http://localhost${request}`) : request;
  const loadContext: AppLoadContext = { buildVersion: TEST_BUILD_VERSION, ...context };
  return { request: req, params, context: loadContext, url: new URL(req.url), pattern: "" };
}

/** The arguments `routeArgs` builds for a route without path parameters. */
export type RouteArgs = ReturnType<typeof routeArgs>;

/** What a loader or action returns through `data(...)`. */
export type DataResult = DataWithResponseInit<unknown>;

/** The data of a `data(...)` result, for each of the results a route can return (an action's union stays a union). */
type DataOf<Result> = Result extends DataWithResponseInit<infer Data> ? Data : never;

/** What a loader or action answered through `data(...)`: its data, typed as the route returns it, with status and headers. */
export interface RouteAnswer<Data> {
  data: Data;
  status: number;
  headers: Headers;
}

/**
 * Awaits a loader or action that answers with `data(...)` (`await answerOf(loader(routeArgs("/compare?roles=…")))`)
 * and returns its data with the status and headers it sets. Fails if the route returned anything else.
 */
export async function answerOf<Result extends DataResult | Response>(
  result: Result | Promise<Result>,
): Promise<RouteAnswer<DataOf<Result>>> {
  const answer = await result;
  if (answer instanceof Response || answer?.type !== "DataWithResponseInit") {
    throw new Error(`expected a data(...) result, got ${answer instanceof Response ? `a ${answer.status} Response` : String(answer)}`);
  }
  return { data: answer.data as DataOf<Result>, status: answer.init?.status ?? 200, headers: new Headers(answer.init?.headers) };
}

/** The redirect a loader or action returns or throws (`redirect(...)`): fails on anything else. */
export async function redirectOf(run: () => unknown): Promise<Response> {
  let answer: unknown;
  try {
    answer = await run();
  } catch (error) {
    answer = error;
  }
  if (!(answer instanceof Response) || answer.status < 300 || answer.status > 399) {
    throw new Error(`expected a redirect, got ${answer instanceof Response ? `a ${answer.status} Response` : String(answer)}`);
  }
  return answer;
}

/** The `Cookie` request header a browser would send back for a response's first `Set-Cookie` (its name=value). */
export function cookieFrom(response: Response): string {
  const setCookie = response.headers.get("Set-Cookie");
  if (!setCookie) throw new Error("the response sets no cookie");
  return setCookie.split(";")[0]!;
}

/** The Response a loader or action throws (a 4xx with its message); fails if it returns instead. */
export async function thrownResponse(run: () => Promise<unknown>): Promise<Response> {
  try {
    await run();
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
  throw new Error("expected the loader or action to throw a Response");
}

/** The database queries a page cost, from its Server-Timing header (`withQueryStats` writes `"<n> queries"`). */
export function queriesOf(headers: Headers): number {
  const match = /"(\d+) queries"/.exec(headers.get("Server-Timing") ?? "");
  if (!match) throw new Error(`no query count in Server-Timing: ${headers.get("Server-Timing")}`);
  return Number(match[1]);
}

/**
 * A CSV download as a spreadsheet reads it: checks what every CSV of ours is (a UTF-8 byte order mark, CRLF after
 * every record, the text/csv type) and returns the header row and the records, parsed by csv-parse.
 */
export async function readCsv(response: Response): Promise<{ header: string[]; records: string[][]; lines: string[] }> {
  const { parse } = await import("csv-parse/sync");
  if (!response.headers.get("Content-Type")?.startsWith("text/csv; charset=utf-8")) {
    throw new Error(`not a CSV download: ${response.headers.get("Content-Type")}`);
  }
  // Response.text() drops a byte order mark (the Encoding standard's UTF-8 decode): read the bytes.
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (!(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) throw new Error("the CSV has no UTF-8 byte order mark");
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  if (!text.endsWith("\r\n")) throw new Error("the CSV's last record does not end with CRLF");
  const [header = [], ...records] = parse(text, { bom: true, relax_column_count: false }) as string[][];
  return { header, records, lines: text.slice(1, -2).split("\r\n") };
}

/** Every source a deck's sources slides list, in their order (a long list goes on over more than one slide). */
export function sourcesOf(deck: Pick<Deck, "slides">): SourceCitation[] {
  return deck.slides.flatMap((s) => (s.body.kind === "sources" ? s.body.sources : []));
}
