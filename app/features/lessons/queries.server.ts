/**
 * Lesson bundles (docs/decisions/009-lesson-bundles.md): a counselor's pick of roles and discussion questions,
 * opened by students with a short random code, edited only with the secret shown at creation. Figures come from
 * the archive of the data version the bundle was made with (pinned.server.ts), so they stay the same all term.
 */
import { and, asc, desc, eq, inArray, or, sql } from "drizzle-orm";
import {
  dataVersions,
  discussionQuestions,
  lessonBundleQuestions,
  lessonBundleRoles,
  lessonBundles,
  projectionPeriods,
  roleOccupations,
  roles,
  sources,
} from "~db/schema";
import { CAREER_CLUSTERS } from "~db/schema/enums";
import { database } from "~/lib/db.server";
import { projectionLines } from "~/features/data-pin/queries.server";
import { listRolePay } from "~/features/pay/queries.server";
import { payFor } from "~/features/pay/pay";
import { listSourcesByIds } from "~/features/sources/queries.server";
import { dataVersionTag } from "~/features/data-pin/data-pin";
import type { LessonInput } from "~/features/lessons/lesson-form.server";
import {
  editSecretForCreateToken,
  editSecretMatches,
  generateEditSecret,
  generateLessonCode,
  hashCreateToken,
  hashEditSecret,
} from "~/features/lessons/lesson-secrets.server";
import {
  questionValue,
  type LessonBundleView,
  type LessonFormErrors,
  type LessonFormValues,
  type LessonRole,
  type LessonRoleChoice,
  type LessonSnapshot,
} from "~/features/lessons/lessons";
import { compareGrowth } from "~/features/roles/role-profile";
import { periodLabel } from "~/features/periods/periods";

type Db = Awaited<ReturnType<typeof database>>;
type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Every role with its discussion questions, for the lesson form: by career cluster, then title. One query. */
export async function listLessonRoleChoices(): Promise<LessonRoleChoice[]> {
  const db = await database();
  const rows = await db
    .select({
      slug: roles.slug,
      title: roles.title,
      careerCluster: roles.careerCluster,
      questions: sql<LessonRoleChoice["questions"]>`(
        select coalesce(json_agg(json_build_object('position', q.position, 'text', q.question) order by q.position), '[]'::json)
        from ${discussionQuestions} q where q.role_slug = ${roles.slug})`,
    })
    .from(roles)
    .orderBy(sql`${roles.title} collate "C"`);
  return rows.sort((a, b) => CAREER_CLUSTERS.indexOf(a.careerCluster) - CAREER_CLUSTERS.indexOf(b.careerCluster));
}

export type LessonSaveResult =
  | {
      ok: true;
      code: string;
      secret: string;
      /** The lesson's title as stored (a retried submission's first send may have carried another one). */
      title: string;
      /** True when this creation token had already made the lesson (a retried submission): nothing new was stored. */
      replayed?: boolean;
    }
  | { ok: false; errors: LessonFormErrors };

/**
 * The lesson a creation token already made, as a retry of its submission answers it (the same code and edit secret,
 * `replayed`), or undefined. Read-only: the lesson action asks this before taking a rate-limit point, so a client whose
 * first send committed but timed out gets its lesson back even when its network has spent its creations.
 */
export async function findLessonMadeWithToken({ createToken }: { createToken: string }): Promise<LessonSaveResult | undefined> {
  return lessonMadeWithToken(await database(), createToken);
}

async function lessonMadeWithToken(tx: Db | Tx, createToken: string) {
  const secret = editSecretForCreateToken(createToken);
  const [row] = await tx
    .select({ code: lessonBundles.code, hash: lessonBundles.editSecretHash, title: lessonBundles.title })
    .from(lessonBundles)
    .where(eq(lessonBundles.createTokenHash, hashCreateToken(createToken)));
  if (!row) return undefined;
  // The stored hash is of the secret this token derives: anything else would be a corrupted row.
  if (!editSecretMatches(secret, row.hash)) throw new Error("A lesson's creation token does not derive its edit secret");
  return { ok: true, code: row.code, secret, title: row.title, replayed: true } as const;
}

/**
 * Stores a new bundle pinned to the current data version, under a fresh random code, and returns the code and
 * the edit secret (which is not stored: only its hash). Role slugs and ticked questions are checked against
 * the dataset first; any refusal writes nothing. One transaction.
 *
 * With the form's creation token the call is idempotent: the token's hash is stored under a unique constraint and the
 * edit secret is derived from the token, so a retry of the same submission (its client timed out, the database was
 * briefly down, the button was pressed twice) returns the lesson the first one made, with the same edit link.
 */
export async function createLessonBundle({ input, createToken }: { input: LessonInput; createToken?: string }): Promise<LessonSaveResult> {
  const db = await database();
  const tokenHash = createToken === undefined ? null : hashCreateToken(createToken);
  const secret = createToken === undefined ? generateEditSecret() : editSecretForCreateToken(createToken);
  const made = async (tx: Db | Tx) => (createToken === undefined ? undefined : lessonMadeWithToken(tx, createToken));
  return db.transaction(async (tx) => {
    const earlier = await made(tx);
    if (earlier) return earlier;
    const [latest] = await tx.select({ id: dataVersions.id }).from(dataVersions).orderBy(desc(dataVersions.id)).limit(1);
    if (!latest) return { ok: false, errors: { form: "No data has been loaded yet, so a lesson cannot be made." } };
    const checked = await checkAgainstDataset(tx, input);
    if (!checked.ok) return checked;
    // 2^50 codes make a collision very unlikely; the primary key catches one and another code is drawn. A conflict
    // on the creation token means the same submission, sent twice at once, committed first: return its lesson.
    for (let attempt = 0; attempt < 5; attempt++) {
      const code = generateLessonCode();
      const inserted = await tx
        .insert(lessonBundles)
        .values({
          code,
          editSecretHash: hashEditSecret(secret),
          title: input.title,
          note: input.note,
          vintage: checked.vintage,
          dataVersionId: latest.id,
          createTokenHash: tokenHash,
        })
        .onConflictDoNothing()
        .returning({ code: lessonBundles.code });
      if (inserted.length === 0) {
        const concurrent = await made(tx);
        if (concurrent) return concurrent;
        continue;
      }
      await insertContents(tx, code, input, checked.questions);
      return { ok: true, code, secret, title: input.title };
    }
    throw new Error("Could not draw an unused lesson code in 5 attempts");
  });
}

export type LessonUpdateResult =
  | LessonSaveResult
  | { ok: false; forbidden: true }
  /** The lesson was saved by someone else since the editor's page was rendered (its version moved on). */
  | { ok: false; conflict: LessonSnapshot };

/**
 * Replaces a bundle's title, note, vintage, roles and questions, if `secret` is its edit secret (the data
 * version stays the one it was made with) and `version` is still its version: an edit from a page rendered before
 * someone else's save is refused with the lesson as it is now (compare-and-swap: the UPDATE names the version it
 * replaces, under the row lock), never applied over it. "forbidden" for an unknown code or a wrong secret alike.
 */
export async function updateLessonBundle({
  code,
  secret,
  version,
  input,
}: {
  code: string;
  secret: string;
  /** The version the edit form was rendered from. */
  version: number;
  input: LessonInput;
}): Promise<LessonUpdateResult> {
  const db = await database();
  return db.transaction(async (tx) => {
    const [bundle] = await tx
      .select({ hash: lessonBundles.editSecretHash, vintage: lessonBundles.vintage, version: lessonBundles.version })
      .from(lessonBundles)
      .where(eq(lessonBundles.code, code))
      .for("update");
    if (!editSecretMatches(secret, bundle?.hash) || !bundle) return { ok: false, forbidden: true } as const;
    if (bundle.version !== version) return { ok: false, conflict: await lessonSnapshot(tx, code) } as const;
    // A lesson may keep a period that is no longer loaded: its figures come from its data version's archive.
    const checked = await checkAgainstDataset(tx, input, { alsoAllowed: bundle.vintage });
    if (!checked.ok) return checked;
    const swapped = await tx
      .update(lessonBundles)
      .set({
        title: input.title,
        note: input.note,
        vintage: checked.vintage,
        updatedAt: sql`now()`,
        version: sql`${lessonBundles.version} + 1`,
      })
      .where(and(eq(lessonBundles.code, code), eq(lessonBundles.version, version)))
      .returning({ version: lessonBundles.version });
    if (swapped.length === 0) return { ok: false, conflict: await lessonSnapshot(tx, code) } as const;
    await tx.delete(lessonBundleQuestions).where(eq(lessonBundleQuestions.bundleCode, code));
    await tx.delete(lessonBundleRoles).where(eq(lessonBundleRoles.bundleCode, code));
    await insertContents(tx, code, input, checked.questions);
    return { ok: true, code, secret, title: input.title };
  });
}

/** The lesson's editable fields now (questions as their text), for the conflict message. One query. */
async function lessonSnapshot(tx: Tx, code: string): Promise<LessonSnapshot> {
  const [row] = await selectBundle(tx, code);
  if (!row) throw new Error(`Lesson ${code} disappeared while it was being edited`);
  return {
    title: row.title,
    note: row.note,
    vintage: row.vintage,
    roles: row.roleSlugs,
    questions: row.questions.map((q) => q.text),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

type CheckedQuestions = { question: string; roleSlug: string | null }[];

/**
 * Known role slugs, ticked questions that are discussion questions of picked roles, and a loaded projection period
 * (the newest when the form names none; `alsoAllowed`: the period an edited lesson already has, loaded or not).
 * Three queries.
 */
async function checkAgainstDataset(
  tx: Tx,
  input: LessonInput,
  { alsoAllowed }: { alsoAllowed?: string } = {},
): Promise<{ ok: true; questions: CheckedQuestions; vintage: string } | { ok: false; errors: LessonFormErrors }> {
  const picks = input.questions.map((value) => {
    const [slug, position] = value.split(":") as [string, string];
    return { value, slug, position: Number(position) };
  });
  const [known, questionRows, periods] = await Promise.all([
    // The picked roles, and those of ticked questions (to name a role ticked without being picked).
    tx
      .select({ slug: roles.slug, title: roles.title })
      .from(roles)
      .where(inArray(roles.slug, [...new Set([...input.roles, ...picks.map((p) => p.slug)])])),
    picks.length === 0
      ? Promise.resolve([])
      : tx
          .select({ slug: discussionQuestions.roleSlug, position: discussionQuestions.position, text: discussionQuestions.question })
          .from(discussionQuestions)
          .where(or(...picks.map((p) => and(eq(discussionQuestions.roleSlug, p.slug), eq(discussionQuestions.position, p.position))))),
    tx
      .select({ vintage: projectionPeriods.vintage, baseYear: projectionPeriods.baseYear, targetYear: projectionPeriods.targetYear })
      .from(projectionPeriods)
      .orderBy(desc(projectionPeriods.baseYear)),
  ]);
  const errors: LessonFormErrors = {};
  const vintage = input.vintage ?? periods[0]?.vintage;
  if (vintage === undefined) {
    errors.form = "No projection period has been loaded yet, so a lesson cannot be made.";
  } else if (vintage !== alsoAllowed && !periods.some((p) => p.vintage === vintage)) {
    errors.vintage = `Choose one of the projection periods in the list: Career Atlas has ${periods.map(periodLabel).join(", ")}, not ${vintage}.`;
  }
  const unknown = input.roles.filter((slug) => !known.some((r) => r.slug === slug));
  if (unknown.length > 0) {
    errors.roles = `Career Atlas has no role “${unknown[0]!.slice(0, 80)}”${unknown.length > 1 ? ` (and ${unknown.length - 1} more)` : ""}. Pick roles from the list.`;
  }
  const questions: CheckedQuestions = [];
  for (const slug of input.roles) {
    for (const pick of picks.filter((p) => p.slug === slug).sort((a, b) => a.position - b.position)) {
      const row = questionRows.find((q) => q.slug === pick.slug && q.position === pick.position);
      if (row) questions.push({ question: row.text, roleSlug: slug });
    }
  }
  const orphan = picks.find((p) => !input.roles.includes(p.slug));
  const missing = picks.find((p) => !questionRows.some((q) => q.slug === p.slug && q.position === p.position));
  if (orphan && !missing) {
    const title = known.find((r) => r.slug === orphan.slug)?.title ?? orphan.slug;
    errors.questions = `You ticked a question of ${title} but did not pick that role: pick the role or untick the question.`;
  } else if (missing) {
    errors.questions = "A ticked question is not one of the roles' discussion questions (the list may have changed): tick it again.";
  }
  if (Object.keys(errors).length > 0 || vintage === undefined) return { ok: false, errors };
  questions.push(...input.ownQuestions.map((question) => ({ question, roleSlug: null })));
  return { ok: true, questions, vintage };
}

async function insertContents(tx: Tx, code: string, input: LessonInput, questions: CheckedQuestions) {
  await tx.insert(lessonBundleRoles).values(input.roles.map((roleSlug, i) => ({ bundleCode: code, position: i + 1, roleSlug })));
  if (questions.length > 0) {
    await tx.insert(lessonBundleQuestions).values(questions.map((q, i) => ({ bundleCode: code, position: i + 1, ...q })));
  }
}

/** The bundle row with its roles and questions, aggregated in SQL into one row. */
function selectBundle(db: Db | Tx, code: string) {
  return db
    .select({
      code: lessonBundles.code,
      editSecretHash: lessonBundles.editSecretHash,
      title: lessonBundles.title,
      note: lessonBundles.note,
      vintage: lessonBundles.vintage,
      /** False when the lesson's period is no longer in the current data (its archived figures are still shown). */
      periodLoaded: sql<boolean>`exists (select 1 from ${projectionPeriods} p where p.vintage = ${lessonBundles}.vintage)`,
      updatedAt: lessonBundles.updatedAt,
      version: lessonBundles.version,
      dataVersionId: dataVersions.id,
      datasetHash: dataVersions.datasetHash,
      loadedAt: dataVersions.loadedAt,
      roleSlugs: sql<string[]>`(
        select coalesce(json_agg(r.role_slug order by r.position), '[]'::json)
        from ${lessonBundleRoles} r where r.bundle_code = ${lessonBundles.code})`,
      questions: sql<{ text: string; roleSlug: string | null }[]>`(
        select coalesce(json_agg(json_build_object('text', q.question, 'roleSlug', q.role_slug) order by q.position), '[]'::json)
        from ${lessonBundleQuestions} q where q.bundle_code = ${lessonBundles.code})`,
    })
    .from(lessonBundles)
    .innerJoin(dataVersions, eq(dataVersions.id, lessonBundles.dataVersionId))
    .where(eq(lessonBundles.code, code))
    .limit(1);
}

/**
 * What students see, or null for an unknown code: each role's key figures from the bundle's data version and
 * vintage (with the all-occupations rate to compare) and their occupations' OEWS pay spread, the questions, the
 * sources. Five queries.
 */
export async function getLessonBundle({ code }: { code: string }): Promise<LessonBundleView | null> {
  const db = await database();
  const [bundle] = await selectBundle(db, code);
  if (!bundle) return null;
  const lines = projectionLines(db, bundle.dataVersionId);
  const slugs = bundle.roleSlugs;
  const [roleRows, lineRows, pays] = await Promise.all([
    db
      .select({
        slug: roles.slug,
        title: roles.title,
        summary: roles.summary,
        entryEducation: roles.entryEducation,
        entrySourceId: roles.entrySourceId,
        entryDataYear: sources.vintage,
        socCode: roleOccupations.socCode,
      })
      .from(roles)
      .innerJoin(sources, eq(sources.id, roles.entrySourceId))
      .innerJoin(roleOccupations, and(eq(roleOccupations.roleSlug, roles.slug), eq(roleOccupations.isPrimary, true)))
      .where(inArray(roles.slug, slugs)),
    db
      .select()
      .from(lines)
      .where(
        and(
          eq(lines.vintage, bundle.vintage),
          or(
            eq(lines.occupationKind, "total"),
            inArray(
              lines.socCode,
              db
                .select({ socCode: roleOccupations.socCode })
                .from(roleOccupations)
                .where(and(inArray(roleOccupations.roleSlug, slugs), eq(roleOccupations.isPrimary, true))),
            ),
          ),
        ),
      )
      .orderBy(asc(lines.socCode)),
    // The spreads archived with the bundle's figures, so a lesson shows the same pay all term (ADR 008).
    listRolePay({ roleSlugs: slugs, dataVersionId: bundle.dataVersionId }),
  ]);
  const total = lineRows.find((l) => l.occupationKind === "total") ?? null;
  const lessonRoles: LessonRole[] = slugs.map((slug) => {
    const role = roleRows.find((r) => r.slug === slug);
    const line = role ? lineRows.find((l) => l.socCode === role.socCode && l.occupationKind !== "total") : undefined;
    return {
      slug,
      title: role?.title ?? null,
      summary: role?.summary ?? null,
      entryEducation: role?.entryEducation ?? null,
      entrySourceId: role?.entrySourceId ?? null,
      entryDataYear: role?.entryDataYear ?? null,
      figures: line
        ? {
            socCode: line.socCode,
            occupationTitle: line.occupationTitle,
            baseYear: line.baseYear,
            targetYear: line.targetYear,
            employmentBase: line.employmentBase,
            employmentProjected: line.employmentProjected,
            changePercent: line.changePercent,
            annualOpenings: line.annualOpenings,
            medianAnnualWage: line.medianAnnualWage,
            wageYear: line.wageYear,
            sourceId: line.sourceId,
            // The survey the (archived) median comes from: its percentiles never change, so they are read live.
            pay: payFor(pays, line.socCode, line.wageYear),
            comparison: total
              ? {
                  allOccupationsPercent: total.changePercent,
                  allOccupationsSourceId: total.sourceId,
                  ...compareGrowth(line.changePercent, total.changePercent),
                }
              : null,
          }
        : null,
    };
  });
  const sourceIds = lessonRoles.flatMap((r) => [
    ...(r.figures ? [r.figures.sourceId] : []),
    ...(r.figures?.pay ? [r.figures.pay.sourceId] : []),
    ...(r.figures?.comparison ? [r.figures.comparison.allOccupationsSourceId] : []),
    ...(r.entrySourceId ? [r.entrySourceId] : []),
  ]);
  const titleOf = (slug: string | null) => (slug ? (lessonRoles.find((r) => r.slug === slug)?.title ?? null) : null);
  return {
    code: bundle.code,
    title: bundle.title,
    note: bundle.note,
    vintage: bundle.vintage,
    periodLoaded: bundle.periodLoaded,
    dataVersion: { tag: dataVersionTag(bundle.dataVersionId, bundle.datasetHash), loadedAt: bundle.loadedAt.toISOString() },
    updatedAt: bundle.updatedAt.toISOString(),
    roles: lessonRoles,
    questions: bundle.questions.map((q) => ({ ...q, roleTitle: titleOf(q.roleSlug) })),
    sources: await listSourcesByIds({ ids: sourceIds }),
  };
}

/**
 * The lesson a counselor just saved (or is editing), as its private pages head it: code, title, data version, and
 * whether `secret` (the key this browser keeps for it) is its edit secret. Null for an unknown code. One query.
 */
export async function getLessonForKeeper({
  code,
  secret,
}: {
  code: string;
  secret: string | undefined;
}): Promise<{ code: string; title: string; dataVersion: { tag: string; loadedAt: string }; keyMatches: boolean } | null> {
  const db = await database();
  const [bundle] = await db
    .select({
      code: lessonBundles.code,
      title: lessonBundles.title,
      editSecretHash: lessonBundles.editSecretHash,
      dataVersionId: dataVersions.id,
      datasetHash: dataVersions.datasetHash,
      loadedAt: dataVersions.loadedAt,
    })
    .from(lessonBundles)
    .innerJoin(dataVersions, eq(dataVersions.id, lessonBundles.dataVersionId))
    .where(eq(lessonBundles.code, code))
    .limit(1);
  // Compared even without a bundle (against a dummy), so timing does not tell an unknown code from a wrong key.
  const keyMatches = editSecretMatches(secret, bundle?.editSecretHash);
  if (!bundle) return null;
  return {
    code: bundle.code,
    title: bundle.title,
    dataVersion: { tag: dataVersionTag(bundle.dataVersionId, bundle.datasetHash), loadedAt: bundle.loadedAt.toISOString() },
    keyMatches,
  };
}

/**
 * A bundle as the edit form shows it, or null when the code is unknown or the secret wrong (the caller answers
 * both the same way). Questions copied from roles that the dataset no longer has as written come back as the
 * counselor's own questions, so saving keeps them. Two queries.
 */
export async function getLessonBundleForEdit({
  code,
  secret,
}: {
  code: string;
  secret: string | undefined;
}): Promise<{ code: string; title: string; dataVersion: string; version: number; values: LessonFormValues } | null> {
  const db = await database();
  const [bundle] = await selectBundle(db, code);
  if (!editSecretMatches(secret, bundle?.editSecretHash) || !bundle) return null;
  const slugs = [...new Set(bundle.questions.flatMap((q) => (q.roleSlug ? [q.roleSlug] : [])))];
  const current =
    slugs.length === 0
      ? []
      : await db
          .select({ slug: discussionQuestions.roleSlug, position: discussionQuestions.position, text: discussionQuestions.question })
          .from(discussionQuestions)
          .where(inArray(discussionQuestions.roleSlug, slugs));
  const questions: string[] = [];
  const ownQuestions: string[] = [];
  for (const q of bundle.questions) {
    const match = q.roleSlug ? current.find((c) => c.slug === q.roleSlug && c.text === q.text) : undefined;
    if (match) questions.push(questionValue(match.slug, match.position));
    else ownQuestions.push(q.text);
  }
  return {
    code: bundle.code,
    title: bundle.title,
    dataVersion: dataVersionTag(bundle.dataVersionId, bundle.datasetHash),
    version: bundle.version,
    values: {
      title: bundle.title,
      note: bundle.note,
      vintage: bundle.vintage,
      roles: bundle.roleSlugs,
      questions,
      ownQuestions,
    },
  };
}
