import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signInAs } from "../auth/sign-in";
import { startIncorrectFlag } from "../support/flag-ai-reply";
import { mutate } from "../support/trpc";
import { postWebhook } from "../support/webhooks";

/**
 * The agent's side end to end, as an agent: the escalated queue holds a ticket whose handoff package gives the reason
 * its run's trace recorded; the reply box opens with the AI's Tier 2 draft, the agent edits and sends it, and the
 * draft's outcome reads "edited" (also counted per intent on the shadow review page), and on a second drafted ticket
 * discards the draft; the agent flags another ticket's
 * AI reply incorrect with the intent it really had; the article that reply cited shows as marked wrong in the
 * knowledge base, and the corrected label is listed among the rows the next training learns from.
 *
 * Two flows are made live in turn: one drafts for the agent (assist) and escalates enterprise customers, the widget
 * journey's flow answers on its own (autonomous). The seeded live flow is made live again afterwards, as the other
 * specs expect.
 */
const assistFlow: unknown = JSON.parse(readFileSync(path.join("e2e", "inbox", "agent-assist-flow.json"), "utf8"));
const answerFlow: unknown = JSON.parse(readFileSync(path.join("e2e", "widget", "widget-journey-flow.json"), "utf8"));
const SEEDED_LIVE_FLOW = "Escalate when a human is needed";
const SHOTS = "test-results/screenshots";

async function query<T>(request: APIRequestContext, procedure: string, input: unknown): Promise<T> {
  const search = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const response = await request.get(`/api/trpc/${procedure}${search}`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

interface Ticket {
  messages: Array<{ id: string; author: string; internal: boolean; aiMeta: { citations?: Array<{ articleId: string; title: string }> } | null }>;
  runs: Array<{ events: Array<{ nodeType: string; decision: string; reason: string; details: { held?: Array<{ says: string; was: string | null }> } | null }> }>;
}

async function makeLive(request: APIRequestContext, name: string, graph: unknown): Promise<void> {
  const flow = await mutate<{ id: string }>(request, "flows.create", { name: `${name} ${Date.now()}` });
  await mutate(request, "flows.saveDraft", { flowId: flow.id, graph });
  await mutate(request, "flows.publish", { flowId: flow.id, message: name });
  await mutate(request, "flows.setLive", { flowId: flow.id });
}

async function postTicket(request: APIRequestContext, externalId: string, subject: string, body: string, customer: Record<string, unknown>): Promise<string> {
  const created = await postWebhook(request, "/api/webhooks/tickets", { source: "e2e", externalId, subject, body, customer: { externalId: `cust-${externalId}`, ...customer } });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { ticket: { id: string } }).ticket.id;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test.afterAll(async ({ request }) => {
  const flows = await query<Array<{ id: string; name: string }>>(request, "flows.list", undefined);
  const seeded = flows.find((f) => f.name === SEEDED_LIVE_FLOW);
  if (seeded) await mutate(request, "flows.setLive", { flowId: seeded.id });
});

test("an agent takes an escalated ticket, sends the edited AI draft, and flags another AI reply so the AI learns", async ({ page, browser, request }) => {
  // Two publishes, two runs on the worker and two signed-in sessions: more than the default minute on a shared machine.
  test.setTimeout(300_000);
  const tag = `${Date.now()}`;

  await makeLive(request, "Draft for the agent", assistFlow);
  const draftSubject = `New card PIN ${tag}`;
  const drafted = await postTicket(request, `e2e-assist-${tag}`, draftSubject, "How do I change my card PIN? Our finance team needs it today.", {
    name: "Morgan Enterprise",
    plan: "business",
    enterprise: true,
  });
  // A second drafted ticket, whose draft the agent sets aside.
  const setAside = await postTicket(request, `e2e-assist-aside-${tag}`, `Card PIN again ${tag}`, "How do I change my card PIN? I forgot it.", {
    name: "Morgan Enterprise",
    plan: "business",
    enterprise: true,
  });
  // The runs escalate in the background; the next flow is made live once they have.
  await expect(async () => {
    for (const id of [drafted, setAside]) {
      const t = await query<Ticket>(request, "tickets.get", { id });
      expect(t.runs[0]?.events.some((e) => e.nodeType === "escalate")).toBe(true);
    }
  }).toPass({ timeout: 60_000 });

  await makeLive(request, "Answer PIN questions", answerFlow);
  const answeredSubject = `PIN question ${tag}`;
  const answered = await postTicket(request, `e2e-answer-${tag}`, answeredSubject, "How do I change my card PIN?", { name: "Robin Reader" });

  const email = `agent-done-${tag}@e2e.studio.local`;
  const password = "agent-password-1";
  await mutate(request, "users.create", { email, name: "Avery Agent", role: "agent", password });
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const agent = await context.newPage();
  await agent.setViewportSize({ width: 1280, height: 1000 });
  await signInAs(agent, email, password, "/inbox?view=escalated");

  // The escalated queue holds the drafted ticket.
  await agent.goto("/inbox?view=escalated");
  await expect(agent.getByTestId("workspace")).toHaveAttribute("data-ready", "true");
  await expect(agent.getByRole("button", { name: /Escalated/ })).toHaveAttribute("aria-current", "true");
  await agent.getByRole("link", { name: draftSubject }).click();
  await agent.waitForURL(new RegExp(`/inbox/${drafted}$`));

  // Why it came to a person: the escalation's reason and the criteria that held, word for word as the trace has them.
  const trace = (await query<Ticket>(request, "tickets.get", { id: drafted })).runs[0]!.events;
  const escalation = trace.find((e) => e.nodeType === "escalate")!;
  const heldInTrace = escalation.details?.held ?? [];
  expect(heldInTrace.map((h) => h.says)).toEqual(["Enterprise account is true"]);
  const pkg = agent.getByRole("region", { name: "Handoff package" });
  const why = pkg.getByRole("region", { name: "Why it came to a person" });
  await expect(why).toContainText(escalation.reason);
  await expect(why.getByRole("list", { name: "Criteria that held" }).getByRole("listitem")).toHaveText(
    heldInTrace.map((h) => new RegExp(`${escapeRe(h.says)}${h.was !== null ? ` — was ${escapeRe(h.was)}` : ""}$`)),
  );
  await expect(agent.getByRole("list", { name: /Steps of run/ }).first()).toContainText("✓ Enterprise account is true (was true)");

  // The reply box opens with the AI's draft, marked as such with its confidence and sources.
  const handoff = await query<{ openDraft: { id: string; text: string; intent: string | null } | null }>(request, "tickets.handoff", { id: drafted });
  const draft = handoff.openDraft!;
  expect(draft.text).not.toBe("");
  const composer = agent.getByRole("region", { name: "Write on this ticket" });
  const banner = composer.getByRole("note", { name: "AI draft" });
  await expect(banner).toContainText(/confidence \d+%/);
  await expect(banner).toContainText("Cited:");
  await expect(banner.getByRole("button", { name: "Discard draft" })).toBeVisible();
  const box = composer.getByRole("textbox");
  await expect(box).toHaveValue(draft.text);
  const tried = pkg.getByRole("region", { name: "What the AI tried" });
  await expect(tried).toContainText("Waiting in the reply box for an agent to edit and send.");
  await agent.screenshot({ path: `${SHOTS}/agent-done-draft-offered.png`, fullPage: true });

  // The agent edits the draft and sends it.
  await box.click();
  await agent.keyboard.press("Control+Home");
  await agent.keyboard.type("Hi Morgan, ");
  await agent.keyboard.press("Control+End");
  await agent.keyboard.type(" Let me know if anything is unclear.");
  const sentText = `Hi Morgan, ${draft.text} Let me know if anything is unclear.`;
  await expect(box).toHaveValue(sentText);
  await composer.getByRole("button", { name: "Send reply" }).click();
  await expect(composer.getByRole("status")).toHaveText("Reply sent. The AI draft was edited.");
  await expect(banner).toHaveCount(0);
  const conversation = agent.getByRole("list", { name: "Conversation" });
  await expect(conversation.getByRole("listitem").filter({ hasText: "Let me know if anything is unclear." })).toContainText("Hi Morgan,");
  const fate = tried.getByRole("group", { name: "What became of the draft" });
  await expect(fate).toContainText("edited");
  await expect(fate).toContainText(/\d+% of words changed/);
  await expect(fate).toContainText(`by ${email}`);
  await agent.screenshot({ path: `${SHOTS}/agent-done-draft-sent.png`, fullPage: true });

  // The other drafted ticket: the agent discards the draft, and the box is the agent's own.
  await agent.goto(`/inbox/${setAside}`);
  const asideComposer = agent.getByRole("region", { name: "Write on this ticket" });
  await asideComposer.getByRole("note", { name: "AI draft" }).getByRole("button", { name: "Discard draft" }).click();
  await expect(asideComposer.getByRole("status")).toHaveText("Draft discarded.");
  await expect(asideComposer.getByRole("note", { name: "AI draft" })).toHaveCount(0);
  await expect(asideComposer.getByRole("textbox")).toHaveValue("");
  await expect(pkg.getByRole("region", { name: "What the AI tried" }).getByRole("group", { name: "What became of the draft" })).toContainText("discarded");

  // Another ticket's AI reply, answered on its own: the agent flags it incorrect with the intent it really had.
  let cited: { articleId: string; title: string } | undefined;
  await expect(async () => {
    const reply = (await query<Ticket>(request, "tickets.get", { id: answered })).messages.find((m) => m.author === "ai" && !m.internal);
    cited = reply?.aiMeta?.citations?.[0];
    expect(cited).toBeDefined();
  }).toPass({ timeout: 60_000 });
  await agent.goto(`/inbox/${answered}`);
  const { message, form, corrected } = await startIncorrectFlag(agent);
  await form.getByLabel("Why (optional)").fill(`Sent the wrong PIN steps ${tag}`);
  await form.getByRole("button", { name: "Save flag" }).click();
  await expect(message.getByRole("list", { name: "Flags on this reply" })).toContainText(`intent should be “${corrected}”`);
  await agent.screenshot({ path: `${SHOTS}/agent-done-flagged.png`, fullPage: true });

  // The knowledge base: the article that reply cited is marked wrong, with the agent's reason.
  await agent.goto(`/knowledge/${cited!.articleId}`);
  await expect(agent.getByText(/Cited by \d+ AI repl(y|ies) agents marked wrong in the last 90 days/)).toBeVisible();
  await expect(agent.getByText(`Sent the wrong PIN steps ${tag}`, { exact: false })).toBeVisible();
  await agent.screenshot({ path: `${SHOTS}/agent-done-kb-marked-wrong.png`, fullPage: true });
  await context.close();

  // The next training's data: the corrected label is one of the agent rows it learns from.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/settings/ai");
  const labels = page.getByRole("table", { name: "Latest labels from agents" });
  const row = labels.getByRole("row").filter({ hasText: answeredSubject });
  await expect(row).toContainText(corrected);
  await expect(row).toContainText(email);
  await expect(page.getByText(/relabelled by agents; the next training learns from them/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/agent-done-training-labels.png`, fullPage: true });

  // Where a publisher decides how far to trust the AI: the draft's outcome counted for its intent.
  await page.goto("/review/shadow");
  const tier2 = page.getByRole("table", { name: "Tier 2 drafts by intent" });
  const intentRow = tier2.getByRole("row").filter({ has: page.getByRole("cell", { name: draft.intent ?? "(none)", exact: true }) });
  await expect(intentRow).toHaveCount(1);
  const edited = Number(await intentRow.getByRole("cell").nth(3).textContent());
  expect(edited).toBeGreaterThanOrEqual(1);
  await tier2.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/agent-done-tier2-outcomes.png`, fullPage: true });
});
