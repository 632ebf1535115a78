import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { signInAs } from "../auth/sign-in";
import { draftGraphOf, mutate } from "../support/trpc";
import { postWebhook } from "../support/webhooks";

/**
 * The shadow review as a publisher: a shadow-mode flow answers five live tickets without sending; the publisher
 * reviews the five drafts (buttons and keys), sees the category's would-have-been-correct rate, switches the category
 * to autonomous and publishes the prepared draft through the normal publish; the new version carries the switch and
 * the audit log has its entry. The seeded escalation example is made live again afterwards.
 */
const SEEDED_LIVE_FLOW = "Escalate when a human is needed";
const SHOTS = "test-results/screenshots";

async function get<T>(request: APIRequestContext, path: string, input?: unknown): Promise<T> {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const response = await request.get(`/api/trpc/${path}${query}`);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

async function publisherPage(browser: Browser, request: APIRequestContext) {
  const email = `publisher-${Date.now()}@e2e.studio.local`;
  const password = "publisher-password-1";
  await mutate(request, "users.create", { email, name: "Pat Publisher", role: "publisher", password });
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signInAs(page, email, password, "/review/shadow");
  return { context, page, email };
}

test.afterEach(async ({ request }) => {
  const flows = await get<Array<{ id: string; name: string }>>(request, "flows.list");
  const seeded = flows.find((f) => f.name === SEEDED_LIVE_FLOW);
  expect(seeded, `the seeded flow "${SEEDED_LIVE_FLOW}"`).toBeDefined();
  await mutate(request, "flows.setLive", { flowId: seeded!.id });
});

test.use({ viewport: { width: 1440, height: 1000 } });

test("a publisher reviews five shadow drafts, sees the rate, switches the category to autonomous and publishes it", async ({ page, request, browser }) => {
  test.setTimeout(240_000);
  const marker = `sr${Date.now().toString(36)}`;
  const name = `Shadow review ${marker}`;

  // A flow whose AI reply answers every ticket in shadow mode: classify, then draft (threshold 0.3), never send.
  const flow = await mutate<{ id: string }>(request, "flows.create", { template: "tier1-password-reset", name });
  const graph = await draftGraphOf(request, flow.id);
  graph.nodes = graph.nodes.filter((n) => n.id !== "is-password-reset" && n.id !== "route-general");
  graph.edges = graph.edges.filter((e) => e.source !== "is-password-reset" && e.target !== "is-password-reset" && e.target !== "route-general");
  graph.edges.push({ id: "classify-ai", source: "classify", sourceHandle: null, target: "ai-reply" });
  Object.assign(graph.nodes.find((n) => n.id === "ai-reply")!.data, { mode: "shadow", threshold: 0.3 });
  await mutate(request, "flows.saveDraft", { flowId: flow.id, graph });
  await mutate(request, "flows.publish", { flowId: flow.id, message: "Shadow first" });
  await mutate(request, "flows.setLive", { flowId: flow.id });

  for (let i = 1; i <= 5; i++) {
    const externalId = `${marker}-${i}`;
    const response = await postWebhook(request, "/api/webhooks/tickets", {
      source: "e2e",
      externalId,
      subject: `Forgot my password ${marker} #${i}`,
      body: "I forgot my password and cannot log in. How do I reset my password?",
      customer: { externalId: `cust-${externalId}`, name: "Shadow Customer", enterprise: false },
    });
    expect(response.status()).toBe(201);
  }
  type Queue = { items: Array<{ subject: string; category: string | null }> };
  let category = "";
  await expect(async () => {
    const queue = await get<Queue>(request, "shadowReview.queue", { limit: 200 });
    const mine = queue.items.filter((i) => i.subject.includes(marker));
    expect(mine).toHaveLength(5);
    category = mine[0]!.category!;
  }).toPass({ timeout: 90_000 });

  const { context, page: publisher } = await publisherPage(browser, request);
  await expect(publisher.getByRole("heading", { name: "Shadow review" })).toBeVisible();
  const card = (i: number) => publisher.getByRole("article", { name: `Draft for Forgot my password ${marker} #${i}` });
  await expect(card(1)).toBeVisible();
  await expect(card(1)).toContainText("I forgot my password and cannot log in");
  await expect(card(1).getByText("AI draft")).toBeVisible();
  await publisher.screenshot({ path: `${SHOTS}/shadow-review-queue.png`, fullPage: true });

  // Other drafts may sit above ours: select the first of ours, then review with the buttons and the keys.
  await card(1).getByRole("button", { name: "Would send" }).click();
  await expect(card(1)).toHaveCount(0);
  await card(2).click({ position: { x: 5, y: 5 } });
  await publisher.keyboard.press("1");
  await expect(card(2)).toHaveCount(0);
  await card(3).click({ position: { x: 5, y: 5 } });
  await publisher.keyboard.press("1");
  await expect(card(3)).toHaveCount(0);
  await card(4).click({ position: { x: 5, y: 5 } });
  await publisher.keyboard.press("1");
  await expect(card(4)).toHaveCount(0);
  await card(5).click({ position: { x: 5, y: 5 } });
  await publisher.keyboard.press("3");
  await publisher.getByLabel("What is wrong with the draft").fill("Promises an email the customer already said never came");
  await publisher.getByRole("button", { name: "Mark wrong" }).click();
  await expect(card(5)).toHaveCount(0);

  const row = publisher.getByRole("table", { name: "Rates by category" }).getByRole("row").filter({ has: publisher.getByRole("cell", { name: category, exact: true }) });
  await expect(row).toContainText("80%");
  await expect(row).toContainText("38%–96%");
  await publisher.screenshot({ path: `${SHOTS}/shadow-review-rates.png`, fullPage: true });

  await row.getByRole("button", { name: `Switch category ${category} to autonomous` }).click();
  const ready = publisher.getByRole("status").filter({ hasText: "is ready with" });
  await expect(ready).toContainText(`A draft of ${name} is ready with ${category} set to autonomous`);
  await expect(ready.getByRole("link", { name: "Run a backtest first" })).toHaveAttribute("href", `/flows/${flow.id}/edit?open=backtest`);
  await publisher.screenshot({ path: `${SHOTS}/shadow-review-switched.png`, fullPage: true });
  await ready.getByRole("link", { name: "Review and publish" }).click();

  const dialog = publisher.getByRole("dialog", { name: "Publish flow" });
  await expect(dialog.getByRole("heading", { name: "Publish the draft as v2?" })).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByRole("region", { name: "Last backtest" }).getByRole("button", { name: "Start a backtest" })).toBeVisible();
  await publisher.screenshot({ path: `${SHOTS}/shadow-review-publish.png` });
  await dialog.getByRole("button", { name: "Publish v2" }).click();
  await expect(dialog).toBeHidden();
  await context.close();

  // The new version carries the switch, and the audit log (admin) names the publisher.
  const published = await get<{ versions: Array<{ number: number; isActive: boolean; author: string }> }>(request, "flows.get", { id: flow.id });
  expect(published.versions.find((v) => v.isActive)?.number).toBe(2);
  const active = await draftGraphOf(request, flow.id);
  expect(active.nodes.find((n) => n.id === "ai-reply")!.data).toMatchObject({ mode: "shadow", modesByIntent: { [category]: "autonomous" } });
  await page.goto(`/flows/${flow.id}`);
  await expect(page.getByText("v2").first()).toBeVisible();
  await page.goto("/settings/audit-log");
  // The version by its cell: a row's folded JSON holds ids, and a random id can contain "v2".
  const audit = page.getByRole("row").filter({ hasText: name }).filter({ hasText: "Published" }).filter({ has: page.getByRole("cell", { name: "v2", exact: true }) });
  await expect(audit).toHaveCount(1);
  await expect(audit).toContainText("publisher-");
  await page.screenshot({ path: `${SHOTS}/shadow-review-audit.png`, fullPage: true });
});
