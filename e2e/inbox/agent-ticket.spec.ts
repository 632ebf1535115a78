import { expect, test } from "@playwright/test";
import { signInAs } from "../auth/sign-in";
import { mutate } from "../support/trpc";
import { postWebhook } from "../support/webhooks";

/**
 * An agent takes an escalated ticket: the handoff package on top names the one criterion that held (the same one the
 * run's trace marks), the customer's account and what the AI tried; the agent replies, writes an internal note and
 * sets the status, and each shows on the ticket.
 */
const SEEDED_LIVE_FLOW = "Escalate when a human is needed";
const SHOTS = "test-results/screenshots";

test("an agent reads the handoff package of an escalated ticket, replies, notes and changes its status", async ({ browser, request }) => {
  const list = await request.get("/api/trpc/flows.list");
  const flows = ((await list.json()) as { result: { data: { json: Array<{ id: string; name: string }> } } }).result.data.json;
  const seeded = flows.find((f) => f.name === SEEDED_LIVE_FLOW);
  expect(seeded).toBeDefined();
  await mutate(request, "flows.setLive", { flowId: seeded!.id });

  const externalId = `e2e-agent-${Date.now()}`;
  const created = await postWebhook(request, "/api/webhooks/tickets", {
    source: "e2e",
    externalId,
    subject: "Invoice address",
    body: "Could you update the billing address on our invoices? Thanks",
    pageUrl: "https://example.com/account/billing",
    customer: { externalId: `cust-${externalId}`, name: "Morgan Enterprise", plan: "business", enterprise: true },
  });
  expect(created.status()).toBe(201);
  const ticketId = ((await created.json()) as { ticket: { id: string } }).ticket.id;

  const email = `agent-desk-${Date.now()}@e2e.studio.local`;
  const password = "agent-password-1";
  await mutate(request, "users.create", { email, name: "Casey Agent", role: "agent", password });
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 1000 });
  await signInAs(page, email, password, `/inbox/${ticketId}`);

  // The run escalates on the worker in the background.
  const why = page.getByRole("region", { name: "Handoff package" }).getByRole("region", { name: "Why it came to a person" });
  await expect(async () => {
    await page.goto(`/inbox/${ticketId}`);
    await expect(why).toContainText("Met an escalation criterion", { timeout: 1_000 });
  }).toPass({ timeout: 60_000 });

  const held = why.getByRole("list", { name: "Criteria that held" });
  await expect(held).toContainText("Enterprise account is true");
  await expect(held).not.toContainText(/asks for a human|Sentiment|cancel|Contacts/i);
  // The reason matches the trace: the run's condition step marks the same rule as the one that held.
  await expect(page.getByRole("list", { name: /Steps of run/ }).first()).toContainText("✓ Enterprise account is true (was true)");

  const pkg = page.getByRole("region", { name: "Handoff package" });
  await expect(pkg.getByRole("region", { name: "What the AI tried" })).toContainText("No AI step ran.");
  const customer = pkg.getByRole("region", { name: "Customer" });
  await expect(customer).toContainText("business plan");
  await expect(customer).toContainText("Enterprise");
  await expect(customer).toContainText("1 contact in 24 h");
  await expect(customer).toContainText("https://example.com/account/billing");
  await page.screenshot({ path: `${SHOTS}/agent-ticket-package.png`, fullPage: true });

  const composer = page.getByRole("region", { name: "Write on this ticket" });
  await composer.getByRole("textbox").fill("Hi Morgan, I've updated the billing address on your account.");
  await composer.getByRole("textbox").press("Control+Enter");
  await expect(composer.getByRole("status")).toHaveText("Reply sent.");
  const conversation = page.getByRole("list", { name: "Conversation" });
  await expect(conversation).toContainText("I've updated the billing address");

  await composer.getByRole("tab", { name: "Internal note" }).click();
  await composer.getByRole("textbox").fill("Address change confirmed with finance.");
  await composer.getByRole("button", { name: "Add note" }).click();
  const note = conversation.getByRole("listitem").filter({ hasText: "Address change confirmed with finance." });
  await expect(note).toContainText("internal note");

  await page.getByLabel("Status", { exact: true }).selectOption("pending");
  await expect(page.getByRole("complementary", { name: "Ticket details" }).getByRole("definition").first()).toHaveText("pending");
  await page.reload();
  await expect(page.getByLabel("Status", { exact: true })).toHaveValue("pending");
  await page.screenshot({ path: `${SHOTS}/agent-ticket.png`, fullPage: true });
  await context.close();
});
