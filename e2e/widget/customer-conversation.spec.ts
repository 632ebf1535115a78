import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, request as newRequest, test, type APIRequestContext, type FrameLocator, type Page } from "@playwright/test";
import { STORAGE_STATE } from "../auth/admin";
import { mutate } from "../support/trpc";
import { postWebhook } from "../support/webhooks";

// Read from the repository root, where Playwright runs (as STORAGE_STATE is).
const journeyFlow: unknown = JSON.parse(readFileSync(path.join("e2e", "widget", "widget-journey-flow.json"), "utf8"));
/**
 * The customer's side: a visitor with no studio account opens the chat on the demo help centre, gets a cited
 * answer to a Tier 1 question, asks for a person and sees the handoff, reads the agent's reply (posted through the
 * agent-message webhook, as a helpdesk would), and rates the chat. The ticket then holds the page, the rating and a
 * trace that names the page.
 *
 * The seeded live flow only routes and escalates (it never answers), so the spec makes its own flow live
 * (widget-journey-flow.json: answer from the knowledge base, wait for the customer, hand over when asked) and makes
 * the seeded flow live again afterwards, as the other specs expect.
 */
const SEEDED_LIVE_FLOW = "Escalate when a human is needed";
const QUESTION = "How do I change my card PIN?";
const ASK_FOR_PERSON = "Thanks, but I would like to talk to a real person, please.";
const HANDOFF = "I'm connecting you with a specialist, who will reply right here in this chat.";
const AGENT_REPLY = "Hi Jamie, Sam from the cards team here. Your new PIN works for contactless straight away; I have also unblocked your card.";

// The customer has no session: the page, the widget and its API must all be public.
test.use({ storageState: { cookies: [], origins: [] } });

const FRAME = "iframe[title='Northwind Money support chat']";
let admin: APIRequestContext;

test.beforeAll(async ({}, testInfo) => {
  admin = await newRequest.newContext({ baseURL: testInfo.project.use.baseURL, storageState: STORAGE_STATE });
  const flow = await mutate<{ id: string }>(admin, "flows.create", { name: `Chat widget journey ${Date.now()}` });
  await mutate(admin, "flows.saveDraft", { flowId: flow.id, graph: journeyFlow });
  await mutate(admin, "flows.publish", { flowId: flow.id, message: "Widget journey" });
  await mutate(admin, "flows.setLive", { flowId: flow.id });
});

test.afterAll(async () => {
  const list = await admin.get("/api/trpc/flows.list");
  const flows = ((await list.json()) as { result: { data: { json: Array<{ id: string; name: string }> } } }).result.data.json;
  const seeded = flows.find((f) => f.name === SEEDED_LIVE_FLOW);
  if (seeded) await mutate(admin, "flows.setLive", { flowId: seeded.id });
  await admin.dispose();
});

async function openChat(page: Page): Promise<FrameLocator> {
  const launcher = page.getByRole("button", { name: /Chat with us/ });
  await expect(launcher).toHaveAttribute("aria-expanded", "false");
  await launcher.click();
  await expect(page.locator(FRAME)).toBeVisible();
  return page.frameLocator(FRAME);
}

async function ticketOf(id: string) {
  const response = await admin.get(`/api/trpc/tickets.get?input=${encodeURIComponent(JSON.stringify({ json: { id } }))}`);
  expect(response.ok()).toBe(true);
  type Ticket = {
    source: string;
    channel: string;
    subject: string;
    pageUrl: string | null;
    csat: number | null;
    customer: { name: string | null };
    messages: Array<{ author: string; body: string; internal: boolean }>;
    runs: Array<{ shadow: boolean; events: Array<{ nodeType: string; details: Record<string, unknown> | null }> }>;
  };
  return ((await response.json()) as { result: { data: { json: Ticket } } }).result.data.json;
}

test("a customer chats on the help centre: cited answer, handoff, agent reply, rating", async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto("/help-centre");
  await expect(page.getByRole("heading", { name: "How can we help?" })).toBeVisible();
  await expect(page.getByText("Change your card PIN").first()).toBeVisible();
  const chat = await openChat(page);
  await expect(chat.getByRole("heading", { name: "Northwind Money support" })).toBeVisible();
  await expect(chat.getByRole("textbox", { name: "Your message" })).toBeFocused();
  await page.screenshot({ path: "test-results/screenshots/widget-open-laptop.png" });

  // Tier 1: answered by the assistant from the knowledge base, with the article it used.
  await chat.getByText("Add your name and email (optional)").click();
  await chat.getByLabel("Name").fill("Jamie");
  const started = page.waitForResponse((r) => r.url().endsWith("/api/widget/conversations") && r.request().method() === "POST");
  await chat.getByRole("textbox", { name: "Your message" }).fill(QUESTION);
  await chat.getByRole("textbox", { name: "Your message" }).press("Enter");
  const start = await started;
  expect(start.status()).toBe(201);
  const ticketId = ((await start.json()) as { conversation: { id: string } }).conversation.id;
  const log = chat.getByRole("log", { name: "Conversation" });
  await expect(log.getByText(QUESTION)).toBeVisible();
  const answer = log.getByRole("listitem").filter({ hasText: "Virtual assistant" }).filter({ hasText: "Change PIN" });
  await expect(answer).toBeVisible({ timeout: 60_000 });
  await expect(answer.getByRole("list", { name: "Sources" }).getByRole("listitem")).toHaveText(["Change your card PIN"]);
  await page.screenshot({ path: "test-results/screenshots/widget-answer-laptop.png" });

  // Asking for a person: the flow hands over and says so.
  await chat.getByRole("textbox", { name: "Your message" }).fill(ASK_FOR_PERSON);
  await chat.getByRole("button", { name: "Send message" }).click();
  await expect(log.getByText(ASK_FOR_PERSON)).toBeVisible();
  const handoff = log.getByRole("listitem").filter({ hasText: HANDOFF });
  await expect(handoff).toBeVisible({ timeout: 60_000 });
  await expect(handoff).toContainText("Passing you to a person");
  await expect(chat.getByText("A person from our team is here")).toBeVisible();
  // The escalation's internal note is for agents only.
  await expect(log.getByText(/Escalated:/)).toHaveCount(0);

  // The agent answers in the helpdesk, which posts the reply to the studio; the open chat shows it.
  const posted = await postWebhook(admin, `/api/webhooks/tickets/${ticketId}/messages`, { author: "agent", authorName: "Sam", body: AGENT_REPLY, externalId: `e2e-agent-${ticketId}` });
  expect(posted.status()).toBe(201);
  const reply = log.getByRole("listitem").filter({ hasText: AGENT_REPLY });
  await expect(reply).toBeVisible({ timeout: 15_000 });
  await expect(reply).toContainText("Sam");
  await page.screenshot({ path: "test-results/screenshots/widget-agent-reply-laptop.png" });

  // The customer ends the chat and rates it.
  await chat.getByRole("button", { name: "End chat" }).click();
  await chat.getByRole("radio", { name: "4 out of 5: Good" }).click();
  await chat.getByLabel(/Anything you would like to add/).fill("Quick and clear, thanks Sam");
  await page.screenshot({ path: "test-results/screenshots/widget-rating-laptop.png" });
  await chat.getByRole("button", { name: "Send rating" }).click();
  await expect(chat.getByText("Thank you for rating this conversation 4 out of 5.")).toBeVisible();
  await expect(chat.getByRole("button", { name: "Start a new conversation" })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/widget-rated-laptop.png" });

  // The ticket: the studio's chat channel, the page, the rating, and the page in the trace's first line.
  const pageUrl = `${baseURL}/help-centre`;
  const ticket = await ticketOf(ticketId);
  expect(ticket.source).toBe("widget");
  expect(ticket.channel).toBe("chat");
  expect(ticket.pageUrl).toBe(pageUrl);
  expect(ticket.subject).toBe("Chat from “Help centre · Northwind Money”");
  expect(ticket.customer.name).toBe("Jamie");
  expect(ticket.csat).toBe(4);
  expect(ticket.messages.filter((m) => !m.internal).map((m) => [m.author, m.body.slice(0, 20)])).toEqual([
    ["customer", QUESTION.slice(0, 20)],
    ["ai", expect.any(String)],
    ["customer", ASK_FOR_PERSON.slice(0, 20)],
    ["ai", HANDOFF.slice(0, 20)],
    ["agent", AGENT_REPLY.slice(0, 20)],
  ]);
  expect(ticket.messages.some((m) => m.internal && m.body === "The customer rated this chat 4 out of 5: “Quick and clear, thanks Sam”")).toBe(true);
  const live = ticket.runs.find((r) => !r.shadow);
  expect(live?.events[0]).toMatchObject({ nodeType: "trigger", details: { pageUrl } });

  // The trace as ops see it in the inbox names the page.
  const studio = await page.context().browser()!.newContext({ storageState: STORAGE_STATE, baseURL });
  const inbox = await studio.newPage();
  await inbox.goto(`/inbox/${ticketId}`);
  const steps = inbox.getByRole("list", { name: /Steps of run/ }).first();
  await expect(steps.getByText(pageUrl, { exact: true }).first()).toBeVisible();
  await studio.close();
});

test("on a narrow screen the chat fills it, and a reload continues the conversation", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/help-centre");
  await page.screenshot({ path: "test-results/screenshots/help-centre-narrow.png" });
  const chat = await openChat(page);
  await expect(chat.getByRole("button", { name: "Close chat" })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/widget-open-narrow.png" });
  await chat.getByRole("textbox", { name: "Your message" }).fill("When will my new card arrive?");
  await chat.getByRole("textbox", { name: "Your message" }).press("Enter");
  const log = chat.getByRole("log", { name: "Conversation" });
  await expect(log.getByText("When will my new card arrive?", { exact: true })).toBeVisible();
  await expect(log.getByRole("listitem").filter({ hasText: "Virtual assistant" }).filter({ hasText: "5 working days" })).toBeVisible({ timeout: 60_000 });
  await page.screenshot({ path: "test-results/screenshots/widget-answer-narrow.png" });

  await page.reload();
  const again = await openChat(page);
  const restored = again.getByRole("log", { name: "Conversation" });
  await expect(restored.getByRole("listitem").filter({ hasText: "You," }).filter({ hasText: "When will my new card arrive?" })).toBeVisible();
  await expect(restored.getByRole("listitem").filter({ hasText: "Virtual assistant" }).filter({ hasText: "5 working days" })).toBeVisible();
  await again.getByRole("button", { name: "Close chat" }).click();
  await expect(page.getByRole("button", { name: /Chat with us/ })).toBeFocused();
});
