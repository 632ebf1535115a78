import { expect, test, type Browser } from "@playwright/test";
import { signInAs } from "../auth/sign-in";
import { mutate } from "../support/trpc";
import { postWebhook } from "../support/webhooks";

/**
 * The agent workspace as an agent: signing in lands on the inbox; a ticket the live flow escalates shows in the
 * escalated queue; a search lands in the URL; a filtered view opens from its URL; the keyboard moves through the
 * list and opens a ticket.
 */
const SHOTS = "test-results/screenshots";

async function agentPage(browser: Browser, email: string, password: string) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  await signInAs(page, email, password, "/");
  return { context, page };
}

test("an agent works the escalated queue, searches, opens a view from its URL and moves by keyboard", async ({ browser, request }) => {
  const tag = `ws${Date.now()}`;
  const email = `agent-${tag}@e2e.studio.local`;
  const password = "agent-password-1";
  await mutate(request, "users.create", { email, name: "Avery Agent", role: "agent", password });
  const queues = await (await request.get("/api/trpc/queues.list")).json() as { result: { data: { json: Array<{ id: string; name: string }> } } };
  const escalations = queues.result.data.json.find((q) => q.name === "escalations");
  await mutate(request, "agents.create", { name: "Avery Agent", email, skills: [], capacity: 10, workingHours: null, queueId: escalations?.id ?? null });

  // The seeded escalation example decides live: a customer asking for a person is escalated.
  const flows = await (await request.get("/api/trpc/flows.list")).json() as { result: { data: { json: Array<{ id: string; name: string }> } } };
  const escalation = flows.result.data.json.find((f) => f.name === "Escalate when a human is needed");
  await mutate(request, "flows.setLive", { flowId: escalation!.id });
  const post = async (key: string, subject: string, body: string, channel: string) => {
    const response = await postWebhook(request, "/api/webhooks/tickets", { source: "e2e", externalId: `${tag}-${key}`, subject, body, channel, customer: { externalId: `cust-${tag}-${key}`, name: `Workspace ${tag}` } });
    expect(response.status()).toBe(201);
    return ((await response.json()) as { ticket: { id: string } }).ticket.id;
  };
  const angry = await post("angry", `Cancel everything ${tag}`, "This is unacceptable. I want to cancel my account and talk to a real person.", "email");
  await post("calm", `Where is my parcel ${tag}`, "Just wondering when my parcel arrives, thanks.", "chat");

  const { context, page } = await agentPage(browser, email, password);
  // The list answers keys once it has hydrated.
  const open = async (path: string) => {
    await page.goto(path);
    await expect(page.getByTestId("workspace")).toHaveAttribute("data-ready", "true");
  };
  await expect(page).toHaveURL(/\/inbox$/);
  await expect(page.getByRole("navigation", { name: "Queues" })).toBeVisible();

  // The escalated queue: the run finishes on the worker in the background.
  await expect(async () => {
    await open("/inbox?view=escalated");
    await expect(page.getByRole("link", { name: `Cancel everything ${tag}` })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 45_000 });
  await expect(page.getByRole("button", { name: /Escalated/ })).toHaveAttribute("aria-current", "true");
  await expect(page.getByRole("link", { name: `Where is my parcel ${tag}` })).toHaveCount(0);
  expect(Number(await page.getByTestId("count-escalated").textContent())).toBeGreaterThan(0);
  await page.screenshot({ path: `${SHOTS}/workspace-escalated.png`, fullPage: true });

  // A search from the keyboard, kept in the URL.
  await page.getByRole("button", { name: /All tickets/ }).click();
  await page.keyboard.press("/");
  await expect(page.getByLabel("Search tickets")).toBeFocused();
  await page.keyboard.type(`parcel ${tag}`);
  await expect(page).toHaveURL(new RegExp(`q=parcel\\+${tag}`));
  await expect(page.getByRole("link", { name: `Where is my parcel ${tag}` })).toBeVisible();
  await expect(page.getByRole("link", { name: `Cancel everything ${tag}` })).toHaveCount(0);

  // A filtered view opened from its URL, as a bookmark or a shared link would.
  await open(`/inbox?customer=Workspace+${tag}&channel=email`);
  await expect(page.getByLabel("Channel")).toHaveValue("email");
  await expect(page.getByLabel("Customer")).toHaveValue(`Workspace ${tag}`);
  await expect(page.getByRole("link", { name: `Cancel everything ${tag}` })).toBeVisible();
  await expect(page.getByRole("link", { name: `Where is my parcel ${tag}` })).toHaveCount(0);
  await open(`/inbox?customer=Workspace+${tag}&channel=phone`);
  await expect(page.getByRole("heading", { name: "No ticket matches" })).toBeVisible();

  // The keyboard: the shortcuts list, then j to the first row and Enter to open it.
  await open(`/inbox?customer=Workspace+${tag}`);
  await expect(page.getByRole("link", { name: `Cancel everything ${tag}` })).toBeVisible();
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/workspace-shortcuts.png`, fullPage: true });
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await page.keyboard.press("k");
  // Newest first: the calm ticket came in last.
  await expect(page.getByRole("link", { name: `Where is my parcel ${tag}` })).toBeFocused();
  await page.keyboard.press("j");
  await expect(page.getByRole("link", { name: `Cancel everything ${tag}` })).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/workspace-keyboard.png`, fullPage: true });
  await page.keyboard.press("Enter");
  await page.waitForURL(new RegExp(`/inbox/${angry}$`));
  await context.close();
});
