import { expect, test } from "@playwright/test";
import { draftGraphOf, mutate } from "../support/trpc";
import { postWebhook } from "../support/webhooks";

/**
 * Errors a person can cause are sentences next to the field, and what the studio shows is in their words:
 * a guardrail test draft over the limit, an impossible tier-map threshold, a version diff, a trace's alternatives.
 * No raw validation JSON on screen, and no raw error objects in the console for these expected refusals.
 */
const JSON_ON_SCREEN = /"code":|"origin":|too_big|\[\s*\{/;

test.use({ viewport: { width: 1440, height: 900 } });

test("a guardrail test draft over 20,000 characters is refused as typed, with a counter and a sentence", async ({ page, request }) => {
  const consoleErrors: string[] = [];
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  await page.goto("/knowledge/guardrails");
  const draft = page.getByLabel("Draft to check");
  await draft.fill("Your refund will be processed within 3 days. ".repeat(445)); // 20,025 characters, 20,024 once trimmed as the server trims
  const problem = page.getByRole("alert").filter({ hasText: "The test draft can be at most 20,000 characters" });
  await expect(problem).toHaveText("The test draft can be at most 20,000 characters: remove 24 to check it.");
  await expect(page.getByText(/^20,024 of 20,000 characters/)).toBeVisible(); // trimmed, as the server counts
  await expect(draft).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("button", { name: "Check draft" })).toBeDisabled();
  await page.screenshot({ path: "test-results/screenshots/guardrail-long-draft.png", fullPage: true });

  // The server says the same sentence to a caller that skips the form, and a sentence per field besides.
  const response = await request.post("/api/trpc/knowledge.guardrails.check", { data: { json: { text: "x".repeat(20_001) } } });
  expect(response.status()).toBe(400);
  const body = (await response.json()) as { error: { json: { message: string; data: { fieldErrors: Record<string, string> } } } };
  expect(body.error.json.message).toBe("The test draft can be at most 20,000 characters.");
  expect(body.error.json.data.fieldErrors).toEqual({ text: "The test draft can be at most 20,000 characters." });

  await draft.fill("Your refund will be processed within 3 days.");
  await expect(problem).toHaveCount(0);
  await page.getByRole("button", { name: "Check draft" }).click();
  await expect(page.getByText(/Blocked by|No guardrail blocks this draft/)).toBeVisible();
  await expect(page.locator("body")).not.toContainText(JSON_ON_SCREEN);
  expect(consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
});

test("the tier map says the allowed range next to an impossible escalation threshold", async ({ page }) => {
  await page.goto("/history-audit/tiers");
  const repeat = page.getByRole("switch", { name: /Repeat contacts/ });
  if (!(await repeat.isChecked())) await repeat.check();
  const threshold = page.getByLabel(/Escalate at/);
  await threshold.fill("99");
  const problem = page.getByRole("alert").filter({ hasText: "Enter a whole number from 2 to 20" });
  await expect(problem).toContainText("Enter a whole number from 2 to 20: 99 is more than 20.");
  await expect(threshold).toHaveAttribute("aria-invalid", "true");
  // The save bar sticks to the bottom of the window: shoot the window with the field in its middle, not the full page.
  await threshold.evaluate((el) => el.scrollIntoView({ block: "center" }));
  await page.screenshot({ path: "test-results/screenshots/tier-map-threshold.png" });
  await threshold.fill("5");
  await expect(problem).toHaveCount(0);
  await expect(threshold).toHaveAttribute("aria-invalid", "false");
});

test("the version diff reads in the editor's words, not as config paths", async ({ page, request }) => {
  const name = `Readable diff ${Date.now()}`;
  const flow = await mutate<{ id: string }>(request, "flows.create", { template: "intent-routing", name });
  const setFirstRule = async (value: string) => {
    const graph = await draftGraphOf(request, flow.id);
    const cases = graph.nodes.find((n) => n.type === "switch")!.data.cases as Array<{ label: string; rules: { rules: unknown[] } }>;
    cases[0]!.rules.rules[0] = { kind: "rule", id: "first", field: "intent.label", op: "equals", value };
    await mutate(request, "flows.saveDraft", { flowId: flow.id, graph });
    return cases[0]!.label;
  };
  await setFirstRule("card_issue");
  await mutate(request, "flows.publish", { flowId: flow.id, message: "Cards on card_issue" });
  const caseLabel = await setFirstRule("card_arrival");

  await page.goto(`/flows/${flow.id}/diff`);
  const row = page.getByRole("row").filter({ hasText: `Case '${caseLabel}': rule 1 value` });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell").nth(1)).toHaveText("card_issue");
  await expect(row.getByRole("cell").nth(2)).toHaveText("card_arrival");
  await expect(page.locator("main")).not.toContainText(/cases\[|rules\.rules|data\./);
  await page.screenshot({ path: "test-results/screenshots/readable-diff.png", fullPage: true });
});

test("a ticket's trace says which other intents were considered as a sentence", async ({ page, request }) => {
  const flows = ((await (await request.get("/api/trpc/flows.list")).json()) as { result: { data: { json: Array<{ id: string; name: string }> } } }).result.data.json;
  const escalation = flows.find((f) => f.name === "Escalate when a human is needed");
  expect(escalation).toBeDefined();
  await mutate(request, "flows.setLive", { flowId: escalation!.id });
  const externalId = `e2e-words-${Date.now()}`;
  const response = await postWebhook(request, "/api/webhooks/tickets", {
    source: "e2e",
    externalId,
    subject: "My card payment was declined and I was charged twice",
    body: "My card was declined at checkout, then I saw two charges and a refund is missing.",
    customer: { externalId: `cust-${externalId}`, name: "Playwright Customer", enterprise: false },
  });
  expect(response.status()).toBe(201);
  const { ticket } = (await response.json()) as { ticket: { id: string } };

  await page.goto(`/inbox/${ticket.id}`);
  const sentence = page.getByText(/^(Also considered: \S+ \d\.\d\d(, \S+ \d\.\d\d)*\.|No other intent was considered\.)$/).first();
  await expect(async () => {
    await page.reload();
    await expect(sentence).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 45_000 });
  await expect(page.getByText("Minimum confidence").first()).toBeVisible();
  await expect(page.locator("main")).not.toContainText(/"label":|"confidence":|minConfidence/);
  await sentence.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/screenshots/trace-alternatives.png", fullPage: true });
});
