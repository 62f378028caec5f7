/**
 * The two secrets of a lesson bundle (docs/decisions/009-lesson-bundles.md):
 * - the public code students type or scan: 10 characters from a 32-letter alphabet, drawn at random
 *   (50 bits: at 10,000 bundles, guessing one takes ~10^11 tries on average, against a rate-limited server);
 * - the edit secret: 256 random bits, shown once to the counselor and stored only as its SHA-256.
 * And the creation token of the new-lesson form (docs/decisions/018-outages-idempotency-concurrency.md): 256 random
 * bits in a hidden field, stored as its SHA-256 under a unique constraint, from which the edit secret is derived, so a
 * retried submission finds its lesson and can show the same edit link again without the secret ever being stored.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { LESSON_CODE_ALPHABET, LESSON_CODE_LENGTH, LESSON_CODE_PATTERN } from "~db/schema/lesson-limits";

/** A fresh public code. 256 is a multiple of 32, so `byte % 32` draws each letter uniformly. */
export function generateLessonCode(): string {
  const bytes = randomBytes(LESSON_CODE_LENGTH);
  let code = "";
  for (const byte of bytes) code += LESSON_CODE_ALPHABET[byte % 32];
  return code;
}

export function isLessonCode(value: string): boolean {
  return LESSON_CODE_PATTERN.test(value);
}

/** 32 random bytes as base64url: 43 characters, safe in a URL without escaping. */
export function generateEditSecret(): string {
  return randomBytes(32).toString("base64url");
}

export const EDIT_SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A fresh creation token for one rendering of the new-lesson form: 32 random bytes as base64url. */
export function generateCreateToken(): string {
  return randomBytes(32).toString("base64url");
}

export const CREATE_TOKEN_PATTERN = EDIT_SECRET_PATTERN;

/** What is stored of a creation token: its SHA-256 (hex), like the edit secret's. */
export function hashCreateToken(token: string): string {
  return createHash("sha256").update(`create:${token}`, "utf8").digest("hex");
}

/**
 * The edit secret of the lesson a creation token makes: HMAC-SHA256 keyed by the token (43 base64url characters, as a
 * random secret). Only the form's sender knows the token, so only they can derive it, and a retry derives it again.
 */
export function editSecretForCreateToken(token: string): string {
  return createHmac("sha256", token).update("career-atlas lesson edit secret", "utf8").digest("base64url");
}

export function hashEditSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/**
 * Whether `secret` is the one whose hash is stored, compared in constant time. With no stored hash (unknown code)
 * the same work is done against a dummy, so timing does not tell an unknown code from a wrong secret.
 */
export function editSecretMatches(secret: string | null | undefined, storedHash: string | undefined): boolean {
  const candidate = Buffer.from(hashEditSecret(secret ?? ""), "hex");
  const stored = Buffer.from(storedHash ?? "0".repeat(64), "hex");
  const equal = candidate.length === stored.length && timingSafeEqual(candidate, stored);
  return equal && storedHash !== undefined && typeof secret === "string" && EDIT_SECRET_PATTERN.test(secret);
}
