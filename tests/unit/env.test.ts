import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "~/lib/env.server";

describe("parseEnv", () => {
  it("gives every variable a working default, so a fresh clone starts with no .env", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 3000, HOST: "0.0.0.0", DATA_DIR: ".data", SEED_ON_START: "if-changed", TRUST_PROXY: false });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", PORT: "" }).PORT).toBe(3000);
  });

  it("names each bad variable and why, without echoing secrets", () => {
    let error: unknown;
    try {
      parseEnv({ PORT: "eighty", DATABASE_URL: "mysql://user:hunter2@db/x", SEED_ON_START: "always" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    const message = (error as EnvError).message;
    expect(message).toMatch(/PORT: must be a number \(got 'eighty'\)/);
    expect(message).toMatch(/DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ connection URL/);
    expect(message).toMatch(/SEED_ON_START:/);
    expect(message).not.toContain("hunter2");
  });

  it("rejects ports outside 1-65535", () => {
    expect(() => parseEnv({ PORT: "70000" })).toThrow(/PORT: must be between 1 and 65535/);
  });

  it("accepts a PostgreSQL URL", () => {
    const env = parseEnv({ DATABASE_URL: "postgres://atlas@127.0.0.1:5432/atlas" });
    expect(env.DATABASE_URL).toBe("postgres://atlas@127.0.0.1:5432/atlas");
  });
});
