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
  /** Set when behind a reverse proxy, so client IPs (rate limits, logs) come from X-Forwarded-For. */
  TRUST_PROXY: booleanFlag.default(false),
});

export type Env = z.infer<typeof envSchema>;

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
  const result = envSchema.safeParse(cleaned);
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
