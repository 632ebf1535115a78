import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signInAs } from "../auth/sign-in";
import { startIncorrectFlag } from "../support/flag-ai-reply";
import { mutate } from "../support/trpc";
import { postWebhook } from "../support/webhooks";

/**
 * Feedback that teaches the AI: a live ticket gets an autonomous, cited answer from a published flow; an agent
 * flags it incorrect with the intent the ticket really had; the article it cited shows as marked wrong in the
 * knowledge base, the wrong answer is offered as a guardrail, and the corrected intent is listed as an agent label
 * for the next training.
 *
 * The seeded live flow never answers, so the spec makes the widget journey's flow live (it answers from the
 * knowledge base) and makes the seeded flow live again afterwards, as the other specs expect.
 */
const journeyFlow: unknown = JSON.parse(readFileSync(path.join("e2e", "widget", "widget-journey-flow.json"), "utf8"));
const SEEDED_LIVE_FLOW = "Escalate when a human is needed";
const SHOTS = "test-results/screenshots";

interface AiMessage {
  id: string;
  author: string;
  internal: boolean;
  aiMeta: { citations?: Array<{ articleId: string; title: string }> } | null;
}

async function ticketMessages(request: APIRequestContext, id: string): Promise<AiMessage[]> {
  const response = await request.get(`/api/trpc/tickets.get?input=${encodeURIComponent(JSON.stringify({ json: { id } }))}`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { result: { data: { json: { messages: AiMessage[] } } } }).result.data.json.messages;
}

test.afterAll(async ({ request }) => {
  const list = await request.get("/api/trpc/flows.list");
  const flows = ((await list.json()) as { result: { data: { json: Array<{ id: string; name: string }> } } }).result.data.json;
  const seeded = flows.find((f) => f.name === SEEDED_LIVE_FLOW);
  if (seeded) await mutate(request, "flows.setLive", { flowId: seeded.id });
});

test("an agent flags an AI reply incorrect with a corrected intent; the cited article shows as marked wrong", async ({ page, browser, request }) => {
  // Publishing, the worker's answer and two signed-in sessions: more than the default minute on a shared machine.
  test.setTimeout(240_000);
  const flow = await mutate<{ id: string }>(request, "flows.create", { name: `Answers from the knowledge base ${Date.now()}` });
  await mutate(request, "flows.saveDraft", { flowId: flow.id, graph: journeyFlow });
  await mutate(request, "flows.publish", { flowId: flow.id, message: "Answer PIN questions" });
  await mutate(request, "flows.setLive", { flowId: flow.id });

  const externalId = `e2e-feedback-${Date.now()}`;
  const subject = `PIN change ${externalId}`;
  const created = await postWebhook(request, "/api/webhooks/tickets", { source: "e2e", externalId, subject, body: "How do I change my card PIN?", customer: { externalId: `cust-${externalId}`, name: "Robin Reader" } });
  expect(created.status()).toBe(201);
  const ticketId = ((await created.json()) as { ticket: { id: string } }).ticket.id;

  // The run answers on the worker in the background.
  let reply: AiMessage | undefined;
  await expect(async () => {
    reply = (await ticketMessages(request, ticketId)).find((m) => m.author === "ai" && !m.internal && (m.aiMeta?.citations?.length ?? 0) > 0);
    expect(reply).toBeDefined();
  }).toPass({ timeout: 60_000 });
  const cited = reply!.aiMeta!.citations![0]!;

  const email = `agent-${Date.now()}@e2e.studio.local`;
  const password = "agent-password-1";
  await mutate(request, "users.create", { email, name: "Avery Agent", role: "agent", password });
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const agent = await context.newPage();
  await agent.setViewportSize({ width: 1280, height: 900 });
  await signInAs(agent, email, password, `/inbox/${ticketId}`);
  await agent.goto(`/inbox/${ticketId}`);

  const { message, form, corrected } = await startIncorrectFlag(agent);
  await form.getByLabel("Why (optional)").fill("Pointed to the wrong steps");
  await form.getByLabel("Right answer (optional)").fill("Open Cards, choose the card, then Change PIN.");
  await agent.screenshot({ path: `${SHOTS}/ai-feedback-form.png`, fullPage: true });
  await form.getByRole("button", { name: "Save flag" }).click();

  const flags = message.getByRole("list", { name: "Flags on this reply" });
  await expect(flags).toContainText("Incorrect");
  await expect(flags).toContainText(`by ${email}`);
  await expect(flags).toContainText(`intent should be “${corrected}”`);
  await expect(form).toHaveCount(0);
  await agent.screenshot({ path: `${SHOTS}/ai-feedback-flagged.png`, fullPage: true });

  // The knowledge base: the cited article is marked wrong, with the agent's reason.
  await agent.goto(`/knowledge/${cited.articleId}`);
  await expect(agent.getByText(/Cited by \d+ AI repl(y|ies) agents marked wrong in the last 90 days/)).toBeVisible();
  await expect(agent.getByText("Pointed to the wrong steps", { exact: false })).toBeVisible();
  await agent.screenshot({ path: `${SHOTS}/ai-feedback-kb-marked-wrong.png`, fullPage: true });
  await context.close();

  // The guardrails page offers the wrong answer as a rule (for those who edit guardrails).
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/knowledge/guardrails");
  const suggestion = page.getByRole("list", { name: "Answers flagged incorrect" }).getByRole("listitem").filter({ hasText: "Pointed to the wrong steps" }).first();
  await suggestion.getByRole("button", { name: "Suggest a guardrail" }).click();
  await expect(suggestion.getByRole("textbox", { name: "Rule", exact: true })).toHaveValue("Never say this again: Pointed to the wrong steps");
  await expect(suggestion.getByRole("textbox", { name: "Patterns (one per line)" })).not.toHaveValue("");
  await page.screenshot({ path: `${SHOTS}/ai-feedback-guardrail-suggestion.png`, fullPage: true });

  // The corrected intent is an agent label the next training learns from.
  await page.goto("/settings/ai");
  const labels = page.getByRole("table", { name: "Latest labels from agents" });
  const row = labels.getByRole("row").filter({ hasText: subject });
  await expect(row).toContainText(corrected);
  await expect(row).toContainText(email);
  await page.screenshot({ path: `${SHOTS}/ai-feedback-agent-labels.png`, fullPage: true });
});
