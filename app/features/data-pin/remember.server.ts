import type { Database } from "~db/client";
import type { DataVersion } from "~/features/data-pin/data-version.server";
import { database } from "~/lib/db.server";

/*
 * Answers that depend only on the loaded data, never on the request: worked out once per data version and kept
 * until a newer version is loaded (a load is the only thing that changes them). One set per database handle (the
 * tests open several in one process), for the newest version seen only, so what is kept is bounded by the keys
 * callers use. Used by the title search (ADR 015) and the skills explorer (ADR 019).
 */

interface Remembered {
  versionId: number;
  answers: Map<string, Promise<unknown>>;
}

const byDatabase = new WeakMap<Database, Remembered>();

/**
 * `compute()` once per data version and `key`. `version` is the one the page already read (its id is enough); a request that read an
 * older version than the newest seen (it started just before a load) computes without keeping its answer. Without a
 * loaded version nothing is kept. A failure is not kept: the next request tries again.
 *
 * A load that commits while `compute()` runs can leave newer rows under the older version's key; those answers are
 * dropped as soon as a request reads the newer version, so a page never keeps older data than it read.
 */
export async function rememberForDataVersion<T>(
  version: Pick<DataVersion, "id"> | undefined,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  if (!version) return compute();
  const db = await database();
  let held = byDatabase.get(db);
  if (held && held.versionId > version.id) return compute();
  if (!held || held.versionId < version.id) byDatabase.set(db, (held = { versionId: version.id, answers: new Map() }));
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
