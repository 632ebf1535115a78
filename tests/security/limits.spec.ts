import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIResponse } from "@playwright/test";
import { adminCookie, postChunked } from "./support/raw-http";

/**
 * Every input is bounded: a tRPC body or batch over its limit and an upload over its size are refused with a
 * sentence before they are parsed or stored, nothing of a refused or cut-off upload stays on disk, and the app
 * answers normally afterwards.
 */
const MB = 1024 ** 2;
/**
 * The upload limit the suite's product runs with: STUDIO_UPLOAD_LIMIT_MB, set where the runner starts (the product
 * inherits the runner's environment). The default 1 GB is far too much to send in a test.
 */
const uploadLimitBytes = Math.floor(Number(process.env.STUDIO_UPLOAD_LIMIT_MB || 1024) * MB);
const SENDABLE_BYTES = 64 * MB;
const uploadFolder = () => path.join(process.env.STUDIO_SECURITY_DATA_DIR!, "imports");
const uploadsOnDisk = () => (existsSync(uploadFolder()) ? readdirSync(uploadFolder()) : []);

async function trpcError(response: APIResponse): Promise<string> {
  const body = (await response.json()) as { error?: { json?: { message?: string } } };
  return body.error?.json?.message ?? "";
}

test.describe("tRPC limits", () => {
  test("a body over 8 MB is refused with 413 and a sentence, declared or streamed, and one under it reaches validation", async ({ request, baseURL }) => {
    const oversized = await request.post("/api/trpc/flows.saveDraft", { data: Buffer.alloc(9 * MB, 0x20), headers: { "content-type": "application/json" } });
    expect(oversized.status()).toBe(413);
    expect(await trpcError(oversized)).toBe(
      "The request is larger than 8 MB, the most the studio accepts in one call. Send less at once (a smaller draft, fewer rows).",
    );

    const streamed = await postChunked(`${baseURL}/api/trpc/flows.saveDraft`, { totalBytes: 9 * MB, headers: { cookie: adminCookie(), "content-type": "application/json" } });
    if (streamed.status !== "cut off") expect(streamed.status).toBe(413);

    // Just under the limit it is tRPC's own validation that answers: the limit leaves room for the largest drafts.
    const filler = "x".repeat(7 * MB);
    const large = await request.post("/api/trpc/flows.saveDraft", { data: { json: { id: "no-such-flow", graph: { nodes: [], edges: [], filler } } } });
    expect(large.status()).not.toBe(413);
    expect(large.status()).toBeLessThan(500);
  });

  test("a batch of more than 50 calls is refused with a sentence, and one the app's client would send is answered", async ({ request }) => {
    const batch = (n: number) => {
      const input = Object.fromEntries(Array.from({ length: n }, (_, i) => [String(i), { json: null }]));
      return `/api/trpc/${Array.from({ length: n }, () => "system.health").join(",")}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`;
    };
    const refused = await request.get(batch(51));
    expect(refused.status()).toBe(400);
    expect(await trpcError(refused)).toBe("One request may carry at most 50 calls, and this one has 51. Send them in smaller batches.");

    const answered = await request.get(batch(20));
    expect(answered.status()).toBe(200);
    expect((await answered.json()) as unknown[]).toHaveLength(20);
  });
});

test.describe("upload limits", () => {
  test("an upload over the limit is refused with 413 naming the limit, declared or streamed, and no file is left behind", async ({ request, baseURL }) => {
    expect(uploadLimitBytes, "start the suite with STUDIO_UPLOAD_LIMIT_MB=4 (as playwright.security.config.ts should set it)").toBeLessThanOrEqual(SENDABLE_BYTES);
    const before = uploadsOnDisk();
    const refusal = /^The file is larger than [\d.]+ (MB|GB), the most one upload may be\. /;
    // With its length declared, as browsers send files: refused before a byte is stored.
    const declared = await request.post("/api/history-import?format=csv&name=huge.csv", { data: Buffer.alloc(uploadLimitBytes + MB, 0x61), headers: { "content-type": "text/csv" } });
    expect(declared.status()).toBe(413);
    const body = (await declared.json()) as { error: string; limitBytes: number };
    expect(body).toEqual({ error: expect.stringMatching(refusal), limitBytes: uploadLimitBytes });

    // Without a length: counted while it streams and stopped past the limit, its partial file removed. The server
    // may close the connection rather than wait for the rest of the body; it must never answer anything but 413.
    const streamed = await postChunked(`${baseURL}/api/history-import?format=csv&name=huge.csv`, {
      totalBytes: uploadLimitBytes + 2 * MB,
      headers: { cookie: adminCookie(), "content-type": "text/csv" },
      chunkBytes: MB,
    });
    if (streamed.status !== "cut off") {
      expect(streamed.status).toBe(413);
      expect((JSON.parse(streamed.body) as { error: string }).error).toMatch(refusal);
    }
    await expect.poll(uploadsOnDisk).toEqual(before);
  });

  test("an upload the client drops half way leaves no file behind", async ({ baseURL }) => {
    const before = uploadsOnDisk();
    const dropped = await postChunked(`${baseURL}/api/history-import?format=csv&name=dropped.csv`, {
      totalBytes: 64 * MB,
      abortAfterBytes: 2 * MB,
      // Dropped only once the server is writing the file, so its removal is what the end of the test sees.
      beforeAbort: () => expect.poll(() => uploadsOnDisk().filter((name) => !before.includes(name)).length).toBe(1),
      headers: { cookie: adminCookie(), "content-type": "text/csv" },
    });
    expect(dropped.status).toBe("cut off");
    await expect.poll(uploadsOnDisk, { timeout: 30_000 }).toEqual(before);
  });

  test("a normal upload still works after all that, and the app answers", async ({ request }) => {
    const before = uploadsOnDisk();
    const upload = await request.post("/api/history-import?format=csv&name=small.csv", { data: "id,subject,body,created\n1,Hi,Hello,2026-01-01\n", headers: { "content-type": "text/csv" } });
    expect(upload.status()).toBe(201);
    expect(uploadsOnDisk()).toHaveLength(before.length + 1);
    const health = await request.get("/api/health");
    expect(health.status()).toBe(200);
  });
});

test.describe("sign-in limits", () => {
  test("a sign-in body far larger than a sign-in needs is refused with 413 before better-auth reads it", async ({ playwright, baseURL }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    try {
      const huge = await anonymous.post("/api/auth/sign-in/email", {
        data: { email: "someone@example.com", password: "x".repeat(2 * MB) },
        headers: { origin: baseURL! },
      });
      expect(huge.status()).toBe(413);
      expect(((await huge.json()) as { message: string }).message).toBe("The request is larger than 64 KB, far more than signing in needs.");
      expect((await anonymous.get("/api/health")).status()).toBe(200);
    } finally {
      await anonymous.dispose();
    }
  });
});
