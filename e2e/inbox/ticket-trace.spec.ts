import { expect, test } from "@playwright/test";
import { postWebhook } from "../support/webhooks";

/**
 * The live path seen from the UI: a ticket posted to the webhook runs through the live flow on the
 * worker, and its page shows the step trace with the decisions and their reasons.
 */
test("a webhook ticket runs through the live flow and its trace is shown in the inbox", async ({ page, request }) => {
  // Other specs publish flows of their own: make the seeded escalation example the live flow again.
  const list = await request.get("/api/trpc/flows.list");
  const flows = ((await list.json()) as { result: { data: { json: Array<{ id: string; name: string }> } } }).result.data.json;
  const escalation = flows.find((f) => f.name === "Escalate when a human is needed");
  expect(escalation).toBeDefined();
  const live = await request.post("/api/trpc/flows.setLive", { data: { json: { flowId: escalation!.id } } });
  expect(live.ok()).toBe(true);

  const externalId = `e2e-${Date.now()}`;
  const response = await postWebhook(request, "/api/webhooks/tickets", {
    source: "e2e",
    externalId,
    subject: "I want to cancel and talk to a lawyer",
    body: "This is unacceptable. I want to cancel my account and speak to a real person.",
    customer: { externalId: `cust-${externalId}`, name: "Playwright Customer", enterprise: false },
  });
  expect(response.status()).toBe(201);
  const { ticket } = (await response.json()) as { ticket: { id: string } };

  await page.goto(`/inbox/${ticket.id}`);
  // The run finishes on the worker in the background; reload until the trace shows the escalation.
  await expect(async () => {
    await page.reload();
    await expect(page.getByText("Escalated", { exact: false }).first()).toBeVisible({ timeout: 1_000 });
    await expect(page.getByText("completed").first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 45_000 });
  await expect(page.getByText(/cancel/).first()).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/ticket-trace.png", fullPage: true });
});
