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

  it("bounds a request's arrival at 10 s unless REQUEST_TIMEOUT_SECONDS says otherwise, and refuses anything but 1-300 whole seconds", () => {
    expect(parseEnv({}).REQUEST_TIMEOUT_SECONDS).toBe(10);
    expect(parseEnv({ REQUEST_TIMEOUT_SECONDS: "30" }).REQUEST_TIMEOUT_SECONDS).toBe(30);
    expect(() => parseEnv({ REQUEST_TIMEOUT_SECONDS: "ten" })).toThrow(
      /REQUEST_TIMEOUT_SECONDS: must be a number of seconds \(got 'ten'\)/,
    );
    expect(() => parseEnv({ REQUEST_TIMEOUT_SECONDS: "2.5" })).toThrow(/REQUEST_TIMEOUT_SECONDS: must be a whole number of seconds/);
    // 0 would turn Node's bound off; 300 s, Node's own default, is the longest allowed.
    for (const value of ["0", "-1", "301"]) {
      expect(() => parseEnv({ REQUEST_TIMEOUT_SECONDS: value }), value).toThrow(
        /REQUEST_TIMEOUT_SECONDS: must be between 1 and 300 seconds/,
      );
    }
  });

  it("accepts a PostgreSQL URL", () => {
    const env = parseEnv({ DATABASE_URL: "postgres://atlas@127.0.0.1:5432/atlas" });
    expect(env.DATABASE_URL).toBe("postgres://atlas@127.0.0.1:5432/atlas");
  });
});
