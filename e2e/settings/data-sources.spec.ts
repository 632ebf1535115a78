import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInAs } from "../auth/sign-in";
import { mutate } from "../support/trpc";

/**
 * Settings → Data sources as an admin uses it, against a small local order system that wants an API key: a path
 * naming a value the studio does not know is caught as it is typed; the saved key is never shown again; "Test
 * lookup" with a sample customer message shows the request, a field of the wrong type, the answer as received, and
 * after the type is fixed the fields read; every change is in the audit log without the key; deleting asks first;
 * the pages work from the keyboard. Non-admins never see the tab.
 */
const SHOTS = "test-results/screenshots";
const API_KEY = "ord-key-e2e-6610";

let fake: Server;
let fakeUrl: string;
const calls: Array<{ path: string; key: string | undefined }> = [];

function answer(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

/** An order system: GET /v2/orders/<number> with X-Api-Key. */
function orders(req: IncomingMessage, res: ServerResponse) {
  const path = req.url ?? "/";
  const key = req.headers["x-api-key"];
  calls.push({ path, key: typeof key === "string" ? key : undefined });
  if (key !== API_KEY) return answer(res, 401, { error: "bad key" });
  if (path === "/v2/orders/48213") return answer(res, 200, { order: { id: 48213, status: "shipped", total: 59.9, carrier: { name: "DHL" } } });
  return answer(res, 404, { error: "no such order" });
}

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
}

test.beforeAll(async () => {
  fake = createServer(orders);
  await new Promise<void>((resolve) => fake.listen(0, "127.0.0.1", resolve));
  fakeUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}/v2`;
});

test.afterAll(async () => {
  await new Promise((resolve) => fake.close(resolve));
});

test.afterEach(async ({ request }) => {
  const response = await request.get("/api/trpc/dataSources.list");
  const body = (await response.json()) as { result?: { data: { json: Array<{ id: string; name: string }> } } };
  for (const s of body.result?.data.json ?? []) if (s.name.startsWith("orders-e2e")) await mutate(request, "dataSources.delete", { id: s.id });
});

test("an admin adds an order system, tests a lookup, fixes a field, and deletes it", async ({ page, request }) => {
  const name = `orders-e2e-${Date.now().toString(36)}`;
  const listed = (await (await request.get("/api/trpc/dataSources.list")).json()) as { result: { data: { json: unknown[] } } };
  await page.goto("/settings/data-sources");
  await expect(page.getByRole("heading", { name: "Data sources", level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Data sources" })).toHaveAttribute("aria-current", "page");
  if (listed.result.data.json.length === 0) {
    await expect(page.getByRole("heading", { name: "No data sources yet" })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/data-sources-empty.png`, fullPage: true });
  }

  await page.getByRole("button", { name: "Add data source" }).click();
  const form = page.getByRole("form", { name: "New data source" });
  await expect(form.getByLabel("Name", { exact: true })).toBeFocused();
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel("Description").fill("Order status and totals");
  await form.getByLabel("Base URL").fill(fakeUrl);
  // A value the studio does not know is pointed out under the field as it is typed.
  const path = form.getByLabel("Path template");
  await path.fill("/orders/{{ticket.orderId}}");
  await expect(path).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText(/“\{\{ticket\.orderId\}\}” is not a value the studio knows/)).toBeVisible();
  await path.fill("/orders/{{text.number}}");
  await expect(path).not.toHaveAttribute("aria-invalid", "true");
  await form.getByLabel("Auth header name").fill("X-Api-Key");
  await form.getByLabel("Auth header value").fill(API_KEY);
  const intents = form.getByRole("group", { name: "Intents it answers" }).getByRole("checkbox");
  const intent = (await intents.count()) > 0 ? ((await intents.first().locator("xpath=..").textContent()) ?? "").trim() : null;
  if (intent !== null) await intents.first().check();
  // The first field comes filled in (status at order.status); a total declared as text is wrong on purpose.
  await form.getByRole("button", { name: "Add field" }).click();
  await form.getByLabel("Field 2 name").fill("total");
  await form.getByLabel("Field 2 path").fill("order.total");
  await form.getByRole("button", { name: "Add field" }).click();
  await form.getByLabel("Field 3 name").fill("carrier");
  await form.getByLabel("Field 3 path").fill("order.carrier.name");
  await form.getByLabel("Answer template (optional)").fill("Your order is {{fields.status}} with {{fields.carrier}}.");
  await form.getByLabel("Timeout (milliseconds)").fill("2000");
  await page.screenshot({ path: `${SHOTS}/data-sources-form.png`, fullPage: true });
  await form.getByRole("button", { name: "Add data source" }).click();
  await page.waitForURL(/\/settings\/data-sources\/[^/?]+\?added=1$/);
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.getByText("Added the data source.")).toBeVisible();

  // The saved key is never sent back.
  const settings = page.getByRole("form", { name: `Edit data source ${name}` });
  await expect(settings.getByLabel("Auth header value")).toHaveValue("");
  await expect(settings.getByLabel("Auth header value")).toHaveAttribute("placeholder", "saved — leave empty to keep");
  expect(await page.content()).not.toContain(API_KEY);

  // Test lookup from the keyboard: type a customer's message and press Enter.
  const tester = page.getByRole("form", { name: "Test lookup" });
  await tester.getByLabel("Customer message").fill("Hi, where is order #48213? Thanks");
  await tester.getByLabel("Customer message").press("Enter");
  const result = page.getByLabel("Lookup result");
  await expect(result.getByText("Failed", { exact: true })).toBeVisible();
  await expect(result.getByText("The field “total” (order.total) should be a string but the answer has a number (59.9) there")).toBeVisible();
  await expect(result.getByText(`GET ${fakeUrl}/orders/48213`)).toBeVisible();
  await expect(page.getByLabel("The answer as received")).toContainText('"carrier": {');
  expect(calls.at(-1)).toEqual({ path: "/v2/orders/48213", key: API_KEY });

  // Fix the type; the key left empty is kept (the next test still gets in).
  await settings.getByLabel("Field 2 type").selectOption({ label: "Number" });
  await settings.getByRole("button", { name: "Save data source" }).click();
  await expect(page.getByText(`Saved ${name}.`)).toBeVisible();
  await tester.getByRole("button", { name: "Test lookup" }).click();
  await expect(result.getByText("Found", { exact: true })).toBeVisible();
  await expect(result.getByRole("row", { name: "status shipped" })).toBeVisible();
  await expect(result.getByRole("row", { name: "total 59.9" })).toBeVisible();
  await expect(result.getByRole("row", { name: "carrier DHL" })).toBeVisible();
  expect(calls.at(-1)?.key).toBe(API_KEY);
  await page.screenshot({ path: `${SHOTS}/data-sources-test.png`, fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);

  // A number the order system does not know.
  await tester.getByLabel("Customer message").fill("order 99999");
  await tester.getByRole("button", { name: "Test lookup" }).click();
  await expect(result.getByText("Not found", { exact: true })).toBeVisible();
  await expect(result.getByText("HTTP 404")).toBeVisible();

  await page.goto("/settings/data-sources");
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText("On");
  await expect(row).toContainText("/orders/{{text.number}}");
  if (intent !== null) await expect(row).toContainText(intent);
  await page.screenshot({ path: `${SHOTS}/data-sources-list.png`, fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto("/settings/audit-log");
  for (const action of ["Added data source", "Changed data source"]) await expect(page.getByText(action).first()).toBeVisible();
  expect(await page.content()).not.toContain(API_KEY);

  // Delete, from the keyboard: the dialog opens with Cancel focused.
  await page.goto("/settings/data-sources");
  await row.getByRole("link", { name }).click();
  await page.waitForURL(/\/settings\/data-sources\/[^/?]+$/);
  await page.getByRole("button", { name: "Delete data source" }).focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: `Delete ${name}?` });
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await dialog.getByRole("button", { name: "Delete data source" }).click();
  await page.waitForURL(/\/settings\/data-sources\?deleted=/);
  await expect(page.getByText(`Deleted the data source “${name}”.`)).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toHaveCount(0);
});

async function signedOut(browser: Browser) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  return { context, page: await context.newPage() };
}

test("a manager sees no Data sources tab and is refused the page and its API", async ({ browser, request }) => {
  const email = `manager-ds-${Date.now()}@e2e.studio.local`;
  const password = "manager-password-1";
  await mutate(request, "users.create", { email, name: "Mona Manager", role: "manager", password });
  const { context, page } = await signedOut(browser);
  await signInAs(page, email, password, "/settings");
  await page.goto("/settings");
  await expect(page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Queues" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Data sources" })).toHaveCount(0);
  await page.goto("/settings/data-sources");
  await expect(page.getByText("Managing data sources needs the admin role; you are a manager")).toBeVisible();
  expect((await context.request.get("/api/trpc/dataSources.list")).status()).toBe(403);
  await context.close();
});
