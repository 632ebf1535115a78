import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { signInAs } from "../../e2e/auth/sign-in";
import { mutate } from "../../e2e/support/trpc";
import { postSignIn, retryAfterSeconds, signedInContext } from "./support/sign-in";

/**
 * Sign-in and permissions as an outsider and as lower roles probe them: a password flood from "many" addresses (a
 * rotating X-Forwarded-For) is refused after a few tries and locks the attacked email only; a crafted `next` never
 * sends the browser off-site after signing in; and the costly or writing calls refuse roles that may only read.
 */
const PASSWORD = "access-spec-password-1";
const stamp = Date.now();
const user = (role: string) => ({ email: `${role}-${stamp}@access.security.local`, role });
const victim = user("victim-designer");
const bystander = user("bystander-designer");
const agent = user("agent");
const manager = user("manager");

test.beforeAll(async ({ request }) => {
  for (const u of [{ ...victim, role: "designer" }, { ...bystander, role: "designer" }, agent, manager]) {
    await mutate(request, "users.create", { email: u.email, name: u.email.split("@")[0], role: u.role, password: PASSWORD });
  }
});

async function anonymous(baseURL: string, playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } }) {
  return playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
}

test("30 wrong passwords from rotating X-Forwarded-For addresses are refused after a few, and lock the attacked email only", async ({ baseURL, playwright, browser }) => {
  test.setTimeout(90_000);
  const outsider = await anonymous(baseURL!, playwright);
  const statuses: number[] = [];
  for (let i = 1; i <= 30; i++) {
    const spoofed = `198.51.100.${i}`;
    const response = await postSignIn(outsider, baseURL!, { email: victim.email, password: `guess-${i}` }, { "x-forwarded-for": spoofed, "x-real-ip": spoofed });
    statuses.push(response.status());
    if (response.status() === 429) {
      expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
      expect(((await response.json()) as { message: string }).message).toMatch(/^Too many (failed sign-ins for this email|sign-in attempts from here)\. Wait \d+ (second|minute)s? and try again/);
    }
  }
  expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
  const firstRefused = statuses.indexOf(429);
  expect(firstRefused).toBeGreaterThan(0);
  expect(firstRefused).toBeLessThanOrEqual(10);
  // Once refused, a spoofed address never buys a fresh budget.
  expect(statuses.slice(firstRefused).every((s) => s === 429)).toBe(true);

  // Another user signs in as soon as the per-address window has passed (its Retry-After), whatever the flood did.
  let other = await postSignIn(outsider, baseURL!, { email: bystander.email, password: PASSWORD });
  for (let attempt = 0; other.status() === 429 && attempt < 3; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, retryAfterSeconds(other) * 1000 + 250));
    other = await postSignIn(outsider, baseURL!, { email: bystander.email, password: PASSWORD });
  }
  expect(other.status()).toBe(200);

  // The attacked email stays locked, even with its right password, from any address.
  const locked = await postSignIn(await anonymous(baseURL!, playwright), baseURL!, { email: victim.email, password: PASSWORD }, { "x-forwarded-for": "203.0.113.77" });
  expect(locked.status()).toBe(429);
  expect(((await locked.json()) as { message: string }).message).toMatch(/^Too many failed sign-ins for this email\. Wait \d+ (second|minute)s? and try again, or ask an admin to reset the password\.$/);

  // The person at the form reads the same sentence.
  const { context, page } = await freshPage(browser, baseURL!);
  try {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(victim.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("#sign-in-error")).toHaveText(/^Too many failed sign-ins for this email\. Wait \d+ (second|minute)s? and try again/);
    await page.screenshot({ path: "test-results-security/screenshots/sign-in-locked.png" });
  } finally {
    await context.close();
  }
});

async function freshPage(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  return { context, page: await context.newPage() };
}

test.describe("after signing in, a crafted next stays on the app", () => {
  // What `?next=` decodes to: a tab, a newline or a backslash that a browser reads as the start of another host,
  // and the same once more encoded.
  const variants: Array<[string, string]> = [
    ["%09", "/\t/evil.example"],
    ["%0A", "/\n/evil.example"],
    ["%5C", "/\\evil.example"],
    ["%2509", "/%09/evil.example"],
    ["%255C", "/%5Cevil.example"],
  ];
  for (const [name, next] of variants) {
    test(`next with ${name} lands on the app`, async ({ browser, baseURL }) => {
      const { context, page } = await freshPage(browser, baseURL!);
      try {
        // signInAs puts `next` in the query (encoded) and signs in through the form.
        await signInAs(page, bystander.email, PASSWORD, next);
        expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
        // Signed in already, the sign-in page redirects on the server: the same variant still stays here.
        await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
        await expect(page.getByTestId("user-menu")).toBeVisible();
        expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
      } finally {
        await context.close();
      }
    });
  }
});

test("roles that may only read are refused the costly and writing calls", async ({ baseURL, request }) => {
  test.setTimeout(90_000);
  const flow = await mutate<{ id: string }>(request, "flows.create", { template: "escalation-triggers", name: `Access spec ${stamp}` });
  // Every ticket of the history: the largest selection there is.
  const bigBacktest = { flowId: flow.id, candidate: { kind: "draft" }, baseline: { kind: "history" }, selection: { seed: 1 }, runner: "in-process" };
  const calls: Array<[string, unknown]> = [
    ["historyAudit.refresh", {}],
    ["knowledge.runGapReport", undefined],
    ["backtests.start", bigBacktest],
  ];
  for (const who of [agent, manager]) {
    const session = await signedInContext(baseURL!, who.email, PASSWORD);
    try {
      for (const [path, input] of calls) {
        const response = await session.post(`/api/trpc/${path}`, { data: input === undefined ? {} : { json: input }, failOnStatusCode: false });
        expect(response.status(), `${who.role} calling ${path}`).toBe(403);
        const message = ((await response.json()) as { error: { json: { message: string } } }).error.json.message;
        expect(message).toMatch(new RegExp(`needs the .+ role; you are an? ${who.role}$`));
      }
    } finally {
      await session.dispose();
    }
  }
  // Nothing was started on their behalf.
  const runs = await request.get(`/api/trpc/backtests.list?input=${encodeURIComponent(JSON.stringify({ json: { flowId: flow.id } }))}`);
  expect(((await runs.json()) as { result: { data: { json: unknown[] } } }).result.data.json).toEqual([]);
});

test("the pages offer readers no button for what they may not run", async ({ browser, baseURL }) => {
  const { context, page } = await freshPage(browser, baseURL!);
  try {
    await signInAs(page, manager.email, PASSWORD, "/history-audit");
    await expect(page.getByRole("heading", { name: "Audit", exact: true })).toBeVisible();
    await expect(page.getByText(/^Computed /)).toBeVisible();
    await expect(page.getByRole("button", { name: /audit/i })).toHaveCount(0);
    await page.screenshot({ path: "test-results-security/screenshots/audit-as-manager.png", fullPage: true });

    await page.goto("/knowledge/gaps");
    await expect(page.getByRole("heading", { name: "Knowledge" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Run gap report" })).toHaveCount(0);
    await page.screenshot({ path: "test-results-security/screenshots/gaps-as-manager.png", fullPage: true });
  } finally {
    await context.close();
  }
});
