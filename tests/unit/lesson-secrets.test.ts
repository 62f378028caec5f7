import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { LESSON_CODE_ALPHABET } from "~db/schema/lesson-limits";
import {
  CREATE_TOKEN_PATTERN,
  editSecretForCreateToken,
  editSecretMatches,
  generateCreateToken,
  generateEditSecret,
  hashCreateToken,
  generateLessonCode,
  hashEditSecret,
  isLessonCode,
} from "~/features/lessons/lesson-secrets.server";

describe("lesson codes", () => {
  it("are 10 characters of the 32-letter alphabet (no i, l, o, u), unique over 20,000 draws", () => {
    const codes = Array.from({ length: 20_000 }, generateLessonCode);
    expect(codes.every(isLessonCode)).toBe(true);
    expect(LESSON_CODE_ALPHABET).toHaveLength(32);
    expect(LESSON_CODE_ALPHABET).not.toMatch(/[ilou]/);
    // 2^50 codes: a repeat in 20,000 draws has a probability of about 2e-7. A repeat means little randomness.
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("use every letter about equally in every position (a biased or sequential generator would not)", () => {
    const codes = Array.from({ length: 32_000 }, generateLessonCode);
    for (let position = 0; position < 10; position++) {
      const counts = new Map<string, number>();
      for (const code of codes) counts.set(code[position]!, (counts.get(code[position]!) ?? 0) + 1);
      expect(counts.size).toBe(32);
      // Expected 1,000 each; 6 standard deviations (~190) either side.
      for (const n of counts.values()) expect(Math.abs(n - 1000)).toBeLessThan(200);
    }
  });

  it("are recognised only in their exact form", () => {
    expect(isLessonCode("7k2m9q4xbd")).toBe(true);
    for (const bad of ["7K2M9Q4XBD", "7k2m9q4xb", "7k2m9q4xbdd", "7k2m9q4xbi", "7k2m9q4xbo", "../../etc/", ""])
      expect(isLessonCode(bad), bad).toBe(false);
  });
});

describe("edit secrets", () => {
  it("are 256 random bits in base64url, hashed with SHA-256", () => {
    const secret = generateEditSecret();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(secret, "base64url")).toHaveLength(32);
    expect(hashEditSecret(secret)).toBe(createHash("sha256").update(secret).digest("hex"));
    expect(generateEditSecret()).not.toBe(secret);
  });

  it("match only the secret whose hash is stored", () => {
    const secret = generateEditSecret();
    const stored = hashEditSecret(secret);
    expect(editSecretMatches(secret, stored)).toBe(true);
    expect(editSecretMatches(generateEditSecret(), stored)).toBe(false);
    expect(editSecretMatches(undefined, stored)).toBe(false);
    expect(editSecretMatches("", hashEditSecret(""))).toBe(false);
    // No stored hash (unknown code): never a match, whatever is given.
    expect(editSecretMatches(secret, undefined)).toBe(false);
  });
});

describe("creation tokens", () => {
  it("derive the same edit secret every time (a retry shows the same edit link), a different one per token", () => {
    const token = generateCreateToken();
    expect(token).toMatch(CREATE_TOKEN_PATTERN);
    const secret = editSecretForCreateToken(token);
    expect(editSecretForCreateToken(token)).toBe(secret);
    expect(editSecretMatches(secret, hashEditSecret(secret))).toBe(true);
    expect(editSecretForCreateToken(generateCreateToken())).not.toBe(secret);
  });

  it("are stored as a hash that is neither the token nor the hash of its edit secret", () => {
    const token = generateCreateToken();
    const stored = hashCreateToken(token);
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(stored).not.toContain(token);
    expect(stored).not.toBe(hashEditSecret(editSecretForCreateToken(token)));
    expect(stored).not.toBe(createHash("sha256").update(token).digest("hex"));
  });
});
