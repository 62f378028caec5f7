import { randomBytes } from "node:crypto";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { expect, test } from "./fixtures";

/**
 * The shared rate limits against the built server (issue 13, items 6 and 11). The test server runs as if behind one
 * proxy (TRUST_PROXY_HOPS=1 in playwright.config.ts): the client is the right-most X-Forwarded-For entry, so each test
 * is its own client, and the forged entries to its left must change nothing.
 */
const forged = () => `${1 + Math.floor(Math.random() * 222)}.${Math.floor(Math.random() * 255)}.0.${Math.floor(Math.random() * 255)}`;
const randomCode = () => Array.from({ length: 10 }, () => "0123456789abcdefghjkmnpqrstvwxyz"[Math.floor(Math.random() * 32)]).join("");

function lessonForm(title: string): string {
  const form = new URLSearchParams({ title, note: "", vintage: "2024-34", ownQuestion: "What would a normal week look like?" });
  form.append("roles", "back-end-developer");
  return form.toString();
}

/** Checks the shell's refusal: a few hundred bytes of plain text with Retry-After, never cached. */
async function expectCheap429(response: APIResponse, maxRetryAfter: number) {
  expect(response.status()).toBe(429);
  expect(response.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  expect(response.headers()["cache-control"]).toBe("private, no-store");
  const retryAfter = Number(response.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(maxRetryAfter);
  expect((await response.body()).byteLength).toBeLessThan(200);
}

async function createLesson(request: APIRequestContext, baseURL: string, client: string, i: number) {
  return request.post("/lessons/new", {
    data: lessonForm(`Rate limit check ${i}`),
    // A different forged address each time, as the audit's bypass did: only the proxy-written entry counts.
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseURL, "X-Forwarded-For": `${forged()}, ${client}` },
  });
}

test("a burst of lessons from one client behind the proxy: 10 created, then 429s, the later ones tiny plain text", async ({
  request,
  baseURL,
}) => {
  const client = "198.51.100.41";
  const statuses: number[] = [];
  for (let i = 0; i < 10; i++) statuses.push((await createLesson(request, baseURL!, client, i)).status());
  expect(statuses).toEqual(Array<number>(10).fill(200));
  // The first refusal is the form's own: the message, with what the author typed kept.
  const first = await createLesson(request, baseURL!, client, 10);
  expect(first.status()).toBe(429);
  expect(first.headers()["retry-after"]).toMatch(/^\d+$/);
  const page = await first.text();
  expect(page).toContain("Many lessons were made from your network in the last few minutes.");
  expect(page).toContain('value="Rate limit check 10"');
  // From then on the shell refuses before any render, whatever the forged entries say.
  for (let i = 0; i < 3; i++) {
    const refused = await createLesson(request, baseURL!, client, 11 + i);
    await expectCheap429(refused, 600);
    // The form body is read before the answer, so the connection stays open for the next request.
    expect(refused.headers()["connection"]).not.toBe("close");
  }
  const text = await (await createLesson(request, baseURL!, client, 99)).text();
  expect(text).toMatch(/^Many lessons were made from your network in the last few minutes\. Try again in \d+ minutes?\.$/);
  // Another client behind the same proxy still gets through.
  expect((await createLesson(request, baseURL!, "198.51.100.141", 0)).status()).toBe(200);
});

// ADR 018, amendment of 2026-12-06: a client whose first send committed but timed out retries with the form's token.
// Once its creations are spent the shell refuses it before the page, except for that retry, which the lesson action
// answers with the saved lesson and its key (the build's isRetryOfSavedCreation, reached through server/app.ts).
test("a retry of a saved lesson gets its lesson back after the client's creations are spent; a new token does not", async ({
  request,
  baseURL,
}) => {
  const client = "198.51.100.43";
  const post = (form: string) =>
    request.post("/lessons/new", {
      data: form,
      maxRedirects: 0,
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseURL!, "X-Forwarded-For": `${forged()}, ${client}` },
    });
  const withToken = (token: string) => `${lessonForm("Saved, then retried")}&createToken=${token}`;
  const token = randomBytes(32).toString("base64url");
  const first = await post(withToken(token));
  expect(first.status()).toBe(303);
  const saved = first.headers()["location"]!;
  expect(saved).toMatch(/^\/lessons\/[0-9a-z]{10}\/saved$/);
  const statuses: number[] = [];
  for (let i = 0; i < 10; i++) statuses.push((await post(lessonForm(`Spending the window ${i}`))).status());
  expect(statuses).toEqual([...Array<number>(9).fill(303), 429]);
  await expectCheap429(await post(withToken(randomBytes(32).toString("base64url"))), 600);
  const retry = await post(withToken(token));
  expect(retry.status()).toBe(303);
  expect(retry.headers()["location"]).toBe(`${saved}?replayed=1`);
  expect(retry.headers()["set-cookie"]).toMatch(/^atlas_lesson_key=/);
});

test("probing lesson codes: 20 misses per minute, then 429 for every lookup of that client, in a browser too", async ({
  request,
  browser,
}) => {
  const client = "198.51.100.42";
  const probe = (path: string) => request.get(path, { headers: { "X-Forwarded-For": `${forged()}, ${client}` } });
  for (let i = 0; i < 20; i++) expect((await probe(`/lessons/${randomCode()}`)).status()).toBe(404);
  await expectCheap429(await probe(`/lessons/${randomCode()}`), 60);
  await expectCheap429(await probe(`/lessons/${randomCode()}.data`), 60);
  await expectCheap429(await probe(`/lessons/${randomCode()}/edit?key=x`), 60);
  expect((await request.get(`/lessons/${randomCode()}`, { headers: { "X-Forwarded-For": "198.51.100.142" } })).status()).toBe(404);

  // The same client in Chromium: the code form sends it to the lesson (a .data request once hydrated), and the refusal
  // is a readable error page, not a blank one.
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": client } });
  try {
    const page = await context.newPage();
    await page.goto("/lessons");
    await page.getByLabel("Lesson code").fill(randomCode());
    await page.getByRole("button", { name: "Open" }).click();
    await expect(page.getByText(/Too many lesson codes or edit links that open nothing came from your network/)).toBeVisible();
    const document = await page.goto(`/lessons/${randomCode()}`);
    expect(document!.status()).toBe(429);
    await expect(page.getByText(/Try again in \d+ seconds/)).toBeVisible();
  } finally {
    await context.close();
  }
});

test("X-Frame-Options agrees with frame-ancestors; HSTS only over HTTPS through the trusted proxy", async ({ request }) => {
  const plain = await request.get("/about", { headers: { "X-Forwarded-Host": "atlas.example" } });
  expect(plain.headers()["x-frame-options"]).toBe("DENY");
  expect(plain.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(plain.headers()["strict-transport-security"]).toBeUndefined();
  const https = await request.get("/about", { headers: { "X-Forwarded-Host": "atlas.example", "X-Forwarded-Proto": "https" } });
  expect(https.headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  expect(https.headers()["x-frame-options"]).toBe("DENY");
  // Plain-HTTP localhost, the way the server is run without a proxy: never HSTS, also when a header claims HTTPS.
  const local = await request.get("/about", { headers: { "X-Forwarded-Proto": "https" } });
  expect(local.headers()["strict-transport-security"]).toBeUndefined();
});
