import type { Database } from "~db/client";
import { parseDataVersionTag } from "~db/data-version-tag";
import { database } from "~/lib/db.server";

/*
 * Answers that depend only on the loaded data, never on the request: worked out once per data version and kept
 * until a newer version is loaded (a load is the only thing that changes them). One set per database handle (the
 * tests open several in one process), for the newest version seen only, so what is kept is bounded by the keys
 * callers use: fixed names, or names from a small set (a period, an archived version), never a request's own words.
 * Used by the title search (ADR 015), the explorers (ADR 019), the bulk download (ADR 020) and the parts every page
 * shares: the loaded periods, the sources, the glossary, the role list (ADR 013, amended 2026-12-07).
 *
 * Every instance reads the current version on each request (one query, which the page needs anyway for its ETag),
 * so a load by another process, or another instance on the same PostgreSQL database, is picked up by the next
 * request that reads it: nothing here is told about loads.
 */

/** A data version as pages hold it: its tag (`v<id>-<hash8>`, db/data-version-tag.ts) names it. */
export interface DataVersionKey {
  tag: string;
}

interface Remembered {
  tag: string;
  versionId: number;
  /** When a request last presented this version (Date.now()). */
  seenAt: number;
  answers: Map<string, Promise<unknown>>;
}

/**
 * How long after a request last presented the newest version seen an older one is taken for a request that began
 * before a load (it computes and keeps nothing). Past it, the older version is what the database now holds: it was
 * emptied and loaded again, and its versions are numbered afresh from 1. Requests read their version first, so one
 * still running this long after a load is rare; if one does, it only swaps the kept answers twice (each set is keyed
 * by its own tag, so no page gets another version's answers).
 */
export const OLDER_VERSION_GRACE_MS = 10_000;

const byDatabase = new WeakMap<Database, Remembered>();

/**
 * `compute()` once per data version and `key`. `version` is the one the page already read; a request that read an
 * older version than the newest seen (it started just before a load) computes without keeping its answer. Without a
 * loaded version nothing is kept. A failure is not kept: the next request tries again. The answer is shared by every
 * request of the version: callers must not change it.
 *
 * The version is told by its tag, not its id alone: a database emptied and loaded again numbers its versions afresh,
 * and the same id then names other data (the tag's hash differs, unless the dataset is the very same). An older id is
 * kept once no request has presented the newer one for `OLDER_VERSION_GRACE_MS` (before, a database emptied and
 * loaded again was never cached until the process restarted).
 *
 * A load that commits while `compute()` runs can leave newer rows under the older version's key; those answers are
 * dropped as soon as a request reads the newer version, so a page never keeps older data than it read.
 */
export async function rememberForDataVersion<T>(version: DataVersionKey | undefined, key: string, compute: () => Promise<T>): Promise<T> {
  const versionId = version ? parseDataVersionTag(version.tag)?.id : undefined;
  if (!version || versionId === undefined) return compute();
  const db = await database();
  let held = byDatabase.get(db);
  const now = Date.now();
  if (held && held.tag !== version.tag && held.versionId > versionId && now - held.seenAt < OLDER_VERSION_GRACE_MS) {
    return compute();
  }
  if (!held || held.tag !== version.tag) {
    byDatabase.set(db, (held = { tag: version.tag, versionId, seenAt: now, answers: new Map() }));
  }
  held.seenAt = now;
  const known = held.answers.get(key) as Promise<T> | undefined;
  if (known) return known;
  const answers = held.answers;
  const answer = compute();
  answers.set(key, answer);
  answer.catch(() => {
    if (answers.get(key) === answer) answers.delete(key);
  });
  return answer;
}
