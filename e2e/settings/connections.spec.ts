import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { ZENDESK_FIELDS } from "../../server/helpdesk/zendesk/settings";
import { signInAs } from "../auth/sign-in";
import { mutate } from "../support/trpc";

/**
 * Settings → Connections as an admin uses it, against a small local stand-in for Zendesk's API (the agent behind the
 * token, groups and agents, in Zendesk's documented shapes): a refused address is explained under its field; a saved
 * token is never shown again and an empty one keeps it; "Test connection" says what Zendesk answered, wrong token and
 * right; the set-up guide gives the webhook address; the mapping editor comes pre-filled from the names and emails;
 * every change is in the audit log without a secret; deleting asks first. Non-admins never see the tab.
 */
const SHOTS = "test-results/screenshots";
const AGENT_EMAIL = "studio-bot@acme.example";
const GOOD_TOKEN = "zd-good-token-4821";
const BAD_TOKEN = "zd-wrong-token-1193";
const WEBHOOK_SECRET = "zd-signing-secret-7731";

/** The form's labels as the Zendesk connector names its fields. */
const LABEL = Object.fromEntries(ZENDESK_FIELDS.map((f) => [f.key, f.label])) as Record<"subdomain" | "agentEmail" | "apiToken" | "webhookSecret" | "baseUrl", string>;

let fake: Server;
let fakeUrl: string;
const calls: string[] = [];

function answer(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

/** Zendesk's API as far as the connection page uses it: /users/me, /groups, /users?role=… (one page each). */
function zendesk(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  calls.push(`${req.method} ${url.pathname}`);
  const expected = `Basic ${Buffer.from(`${AGENT_EMAIL}/token:${GOOD_TOKEN}`).toString("base64")}`;
  if (req.headers.authorization !== expected) return answer(res, 401, { error: "Couldn't authenticate you" });
  const page = { next_page: null, previous_page: null, meta: { has_more: false, after_cursor: null, before_cursor: null }, links: { next: null, prev: null } };
  if (url.pathname === "/api/v2/users/me.json") {
    return answer(res, 200, { user: { id: 9001, name: "Studio Bot", email: AGENT_EMAIL, role: "admin", active: true } });
  }
  if (url.pathname === "/api/v2/groups.json") {
    return answer(res, 200, {
      groups: [
        { id: 301, name: "Billing", deleted: false },
        { id: 302, name: "Account Security", deleted: false },
        { id: 303, name: "Partners", deleted: false },
      ],
      count: 3,
      ...page,
    });
  }
  if (url.pathname === "/api/v2/users.json" && url.searchParams.get("role") === "agent") {
    return answer(res, 200, {
      users: [
        { id: 401, name: "Maya O.", email: "MAYA.OKAFOR@studio.example", role: "agent", active: true },
        { id: 402, name: "Tom Fischer", email: "tom@acme-support.example", role: "agent", active: true },
      ],
      count: 2,
      ...page,
    });
  }
  if (url.pathname === "/api/v2/users.json") return answer(res, 200, { users: [], count: 0, ...page });
  return answer(res, 404, { error: "RecordNotFound", description: "Not found" });
}

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
}

test.beforeAll(async () => {
  fake = createServer(zendesk);
  await new Promise<void>((resolve) => fake.listen(0, "127.0.0.1", resolve));
  fakeUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => fake.close(resolve));
});

// A connection left by a failed run would show its unmapped queues as warnings in the flows later specs open.
test.afterEach(async ({ request }) => {
  const response = await request.get("/api/trpc/connections.list");
  const body = (await response.json()) as { result?: { data: { json: Array<{ id: string; name: string }> } } };
  for (const c of body.result?.data.json ?? []) if (c.name.startsWith("Acme Zendesk")) await mutate(request, "connections.delete", { id: c.id });
});

test("an admin connects Zendesk, tests it, maps queues and agents, and deletes it", async ({ page }) => {
  const name = `Acme Zendesk ${Date.now().toString(36)}`;
  await page.goto("/settings/connections");
  await expect(page.getByRole("heading", { name: "Connections", level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Connections" })).toHaveAttribute("aria-current", "page");

  await page.getByRole("button", { name: "Add connection" }).click();
  await page.getByRole("radio", { name: "Zendesk" }).check();
  const form = page.getByRole("form", { name: "New Zendesk connection" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel(LABEL.subdomain).fill("acme corp!");
  await form.getByLabel(LABEL.agentEmail).fill(AGENT_EMAIL);
  await form.getByLabel(LABEL.apiToken).fill(BAD_TOKEN);
  await form.getByLabel(LABEL.webhookSecret).fill(WEBHOOK_SECRET);
  await form.getByLabel(LABEL.baseUrl).fill(fakeUrl);
  await form.getByRole("button", { name: "Add connection" }).click();
  // The connector's own sentence, naming the helpdesk, under the field it is about.
  const address = form.getByLabel(LABEL.subdomain);
  await expect(address).toHaveAttribute("aria-invalid", "true");
  await expect(form.locator(`[id="${await address.getAttribute("aria-describedby")}"]`)).toContainText(/Zendesk.*acme/i);
  await expect(form.getByText("Fix the fields marked in red, then save again.")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/connections-form-error.png`, fullPage: true });

  await form.getByLabel(LABEL.subdomain).fill("acme");
  await form.getByRole("button", { name: "Add connection" }).click();
  await page.waitForURL(/\/settings\/connections\/[^/?]+\?added=1$/);
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.getByText("Added the connection.")).toBeVisible();

  // Saved secrets are never sent back: the inputs are empty and say so.
  const settings = page.getByRole("form", { name: `Edit connection ${name}` });
  await expect(settings.getByLabel(LABEL.apiToken)).toHaveValue("");
  await expect(settings.getByLabel(LABEL.apiToken)).toHaveAttribute("placeholder", "saved — leave empty to keep");
  expect(await page.content()).not.toContain(BAD_TOKEN);
  expect(await page.content()).not.toContain(WEBHOOK_SECRET);

  await page.getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByText(/Zendesk.*401.*check the credentials you entered/)).toBeVisible();
  const status = page.getByRole("region", { name: "Status" });
  // The status line keeps what Zendesk said, after the page refreshed it.
  await expect(status.locator("dd").nth(3)).toContainText("401");
  await expect(status.locator("dd").nth(3).locator("time")).toContainText("just now");

  // A new token replaces the wrong one; the webhook secret left empty is kept.
  await settings.getByLabel(LABEL.apiToken).fill(GOOD_TOKEN);
  await settings.getByRole("button", { name: "Save connection" }).click();
  await expect(page.getByText(`Saved ${name}.`)).toBeVisible();
  await expect(page.getByRole("form", { name: `Edit connection ${name}` }).getByLabel(LABEL.apiToken)).toHaveValue("");
  await page.getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByText(`Connected as Studio Bot <${AGENT_EMAIL}> on ${new URL(fakeUrl).host}.`)).toBeVisible();
  // The old error stays on record, marked as past once a call worked.
  await expect(status.locator("dd").nth(3)).toContainText("calls since then worked");
  const lastCall = status.locator("dd").nth(2).locator("time");
  await expect(lastCall).toContainText("just now");
  expect(await lastCall.getAttribute("title")).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/);

  const guide = page.getByRole("region", { name: "Set up in Zendesk" });
  const id = new URL(page.url()).pathname.split("/").at(-1)!;
  await expect(guide.getByText(`${new URL(page.url()).origin}/api/webhooks/helpdesk/${id}`, { exact: true })).toBeVisible();
  await expect(guide.getByRole("button", { name: "Copy the webhook address" })).toBeVisible();
  // One trigger per event, each with its own body to paste: the last one opened shows the rating event.
  await expect(guide.getByText("Rules to create (6)")).toBeVisible();
  await guide.getByText("6. Studio: satisfaction rated").click();
  await expect(guide.getByLabel("Webhook body of Studio: satisfaction rated")).toContainText('"event": "ticket.rated"');

  // Suggestions: billing and account-security by group name, Maya by email (any case), Tom by name.
  const mappings = page.getByRole("form", { name: "Mappings" });
  await expect(mappings.getByLabel("Zendesk group for billing")).toHaveValue("301");
  await expect(mappings.getByLabel("Zendesk group for account-security")).toHaveValue("302");
  await expect(mappings.getByLabel("Zendesk group for general")).toHaveValue("");
  await expect(mappings.getByLabel("Zendesk user for Maya Okafor <maya.okafor@studio.example>")).toHaveValue("401");
  await expect(mappings.getByLabel("Zendesk user for Tom Fischer <tom.fischer@studio.example>")).toHaveValue("402");
  await mappings.getByLabel("Zendesk group for general").selectOption({ label: "Partners" });
  await mappings.getByRole("button", { name: "Save mappings" }).click();
  await expect(mappings.getByText("Saved: 3 queues and 2 agents mapped.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("form", { name: "Mappings" }).getByLabel("Zendesk group for general")).toHaveValue("303");
  await expect(page.getByRole("form", { name: "Mappings" }).getByText("Suggested")).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/connections-detail.png`, fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
  expect(calls).toContain("GET /api/v2/groups.json");

  await page.goto("/settings/connections");
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText("Zendesk");
  await expect(row).toContainText("On");
  await page.screenshot({ path: `${SHOTS}/connections-list.png`, fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto("/settings/audit-log");
  for (const action of ["Added helpdesk connection", "Changed helpdesk connection", "Changed connection mappings"]) {
    await expect(page.getByText(action).first()).toBeVisible();
  }
  for (const secret of [BAD_TOKEN, GOOD_TOKEN, WEBHOOK_SECRET]) expect(await page.content()).not.toContain(secret);

  await page.goto(`/settings/connections/${id}`);
  await page.getByRole("button", { name: "Delete connection" }).click();
  const dialog = page.getByRole("dialog", { name: `Delete ${name}?` });
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await dialog.getByRole("button", { name: "Delete connection" }).click();
  await page.waitForURL(/\/settings\/connections\?deleted=/);
  await expect(page.getByText(`Deleted the connection “${name}”.`)).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "No helpdesk connected yet" })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/connections-empty.png`, fullPage: true });
});

async function signedOut(browser: Browser) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  return { context, page: await context.newPage() };
}

test("a manager sees no Connections tab and is refused the page and its API", async ({ browser, request }) => {
  const email = `manager-${Date.now()}@e2e.studio.local`;
  const password = "manager-password-1";
  await mutate(request, "users.create", { email, name: "Mona Manager", role: "manager", password });
  const { context, page } = await signedOut(browser);
  await signInAs(page, email, password, "/settings");
  await page.goto("/settings");
  await expect(page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Queues" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Connections" })).toHaveCount(0);
  await page.goto("/settings/connections");
  await expect(page.getByText("Managing helpdesk connections needs the admin role; you are a manager")).toBeVisible();
  const list = await context.request.get("/api/trpc/connections.list");
  expect(list.status()).toBe(403);
  await context.close();
});
