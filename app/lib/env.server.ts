import { z } from "zod";
import { databaseEnvShape } from "~db/config";

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"], { message: "must be true or false" })
  .transform((v) => v === "true" || v === "1" || v === "yes");

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PORT: z.coerce
    .number({ message: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be between 1 and 65535")
    .max(65535, "must be between 1 and 65535")
    .default(3000),
  HOST: z.string().trim().min(1, "must not be empty").default("0.0.0.0"),
  ...databaseEnvShape,
  /** When the server loads the curated dataset: whenever its files changed, only into an empty database, or never. */
  SEED_ON_START: z.enum(["if-changed", "if-empty", "never"]).default("if-changed"),
  REQUEST_LOG: z.enum(["combined", "short", "off"]).default("short"),
  /** Replay rendered public pages until the data version changes (off: render every request, e.g. to profile). */
  PAGE_CACHE: booleanFlag.default(true),
  /**
   * How many reverse proxies stand in front of the server, each appending the address it received from to
   * X-Forwarded-For (nginx's `$proxy_add_x_forwarded_for`). The client's address is the entry that many places from
   * the right; anything further left was written by the client and is ignored (ADR 017). 0: no proxy, X-Forwarded-*
   * headers are ignored.
   */
  TRUST_PROXY_HOPS: z.coerce
    .number({ message: "must be a number of proxies (0 when none)" })
    .int("must be a whole number of proxies")
    .min(0, "must be between 0 and 10")
    .max(10, "must be between 0 and 10")
    .optional(),
  /** The former switch, kept so existing deployments start: true means one proxy (TRUST_PROXY_HOPS=1). */
  TRUST_PROXY: booleanFlag.optional(),
  /**
   * The site's address as its visitors use it (`https://atlas.example.org`, a port if any): absolute links (citations,
   * QR codes, lesson links) are built from it, and a request for any other host is refused (421). Unset, they follow
   * each request's Host header and the page cache keys on it (ADR 006).
   */
  PUBLIC_ORIGIN: z
    .string()
    .trim()
    .refine(isPlainOrigin, "must be an http or https origin such as https://atlas.example.org, with no path, query or user")
    .transform((value) => new URL(value).origin)
    .optional(),
  /** Lesson bundles one client may create per 10 minutes, shared by every instance on the database. */
  LESSON_CREATE_LIMIT: z.coerce
    .number({ message: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be between 1 and 1000")
    .max(1000, "must be between 1 and 1000")
    .default(10),
  /** Lesson codes (or edit keys) one client may get wrong per minute before its lookups answer 429. */
  LESSON_LOOKUP_MISS_LIMIT: z.coerce
    .number({ message: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be between 1 and 1000")
    .max(1000, "must be between 1 and 1000")
    .default(20),
  /**
   * Seconds a request has to arrive whole, headers and body, before it gets a 408 and its connection closes
   * (server/http-server.ts; ADR 018, amendment of 2026-12-07, later). Ten: the largest request the app reads is about
   * 80 KiB (Node's 16 KiB of headers, and a lesson form, refused past 64 KiB: every other body is answered unread and its
   * connection closed), 6.6 s at 100 kbit/s, the slowest client server/rate-limit.ts plans for too; the rest is room for
   * a busy server, which stops taking a body the app has not begun to read after 16 KiB. A valid lesson form, at most
   * about 20 KB, takes under 2 s at that speed. Keep it above the rate-limit gate's 5 s for a spent client's body, or
   * that client gets this 408 (which invites a retry at once) where the gate answers 429; lower values are for tests.
   */
  REQUEST_TIMEOUT_SECONDS: z.coerce
    .number({ message: "must be a number of seconds" })
    .int("must be a whole number of seconds")
    .min(1, "must be between 1 and 300 seconds")
    .max(300, "must be between 1 and 300 seconds")
    .default(10),
});

const envWithProxySchema = envSchema
  .refine((v) => v.TRUST_PROXY_HOPS === undefined || v.TRUST_PROXY === undefined || v.TRUST_PROXY_HOPS > 0 === v.TRUST_PROXY, {
    path: ["TRUST_PROXY"],
    message: "contradicts TRUST_PROXY_HOPS; set only TRUST_PROXY_HOPS (the number of proxies in front of the server)",
  })
  .transform(({ TRUST_PROXY_HOPS, TRUST_PROXY, ...rest }) => {
    const hops = TRUST_PROXY_HOPS ?? (TRUST_PROXY ? 1 : 0);
    return { ...rest, TRUST_PROXY_HOPS: hops, /** Behind at least one trusted proxy. */ TRUST_PROXY: hops > 0 };
  });

export type Env = z.infer<typeof envWithProxySchema>;

/** An http(s) URL that is an origin alone: scheme, host and port, nothing after but a single slash. */
function isPlainOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      (url.protocol === "http:" || url.protocol === "https:") &&
      url.username === "" &&
      url.password === "" &&
      url.search === "" &&
      url.hash === "" &&
      url.pathname === "/" &&
      !/[?#]/.test(value)
    );
  } catch {
    return false;
  }
}

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join("\n")}\nSee .env.example for every variable and its default.`);
    this.name = "EnvError";
  }
}

/** Parses and validates the environment. Throws EnvError naming each bad variable and why. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  // Empty strings mean "not set", as in most .env tooling.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envWithProxySchema.safeParse(cleaned);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => {
        const name = issue.path.join(".");
        const value = cleaned[name];
        const shown = value === undefined || name === "DATABASE_URL" ? "" : ` (got '${value}')`;
        return `${name}: ${issue.message}${shown}`;
      }),
    );
  }
  return result.data;
}

let cached: Env | undefined;
/** The validated environment of this process (parsed once). */
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
