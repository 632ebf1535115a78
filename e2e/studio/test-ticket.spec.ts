import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { mutate } from "../support/trpc";

/**
 * The flow editor's test-ticket panel: an ops person types as a customer (plan, enterprise, page, channel), runs
 * the draft for real (the knowledge base answers, nothing is sent or stored), reads the cited reply, asks for a
 * person and sees the handoff, picks a trace line to find its step on the canvas, and runs a published version
 * through the wait's timeout. A draft that does not compile says so and leads to the problems list.
 *
 *   trigger → answer (AI reply, autonomous) ─sent→ wait (customer, 1h) ─replied→ read-reply → asks-for-person? ─true→ hand-over → end
 *                 └handoff→ hand-over                  └timeout→ resolve → csat → end              └false→ resolve
 */
const journey: unknown = JSON.parse(readFileSync(path.join("server", "services", "flows", "test-ticket", "fixtures", "chat-journey.json"), "utf8"));
const SHOTS = "test-results/screenshots";
const QUESTION = "How do I change my card PIN?";

test("type as a customer: a cited answer, a handoff when asking for a person, the trace on the canvas, a version timing out", async ({ page, request }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const flow = await mutate<{ id: string }>(request, "flows.create", { name: `Test ticket ${Date.now()}` });
  await mutate(request, "flows.saveDraft", { flowId: flow.id, graph: journey });
  await mutate(request, "flows.publish", { flowId: flow.id, message: "Chat journey" });
  const newestTickets = async () => {
    const response = await request.get(`/api/trpc/tickets.list?input=${encodeURIComponent(JSON.stringify({ json: { limit: 5 } }))}`);
    expect(response.ok()).toBe(true);
    return JSON.stringify(((await response.json()) as { result: { data: { json: unknown } } }).result.data.json);
  };
  const ticketsBefore = await newestTickets();

  await page.goto(`/flows/${flow.id}/edit`);
  await expect(page.getByTestId("problems-panel")).toContainText("No problems");
  const open = page.getByTestId("test-ticket-button");
  await open.click();
  const panel = page.getByRole("complementary", { name: "Test ticket" });
  await expect(panel).toContainText("test tickets are not saved and nothing is sent");
  await expect(panel.getByLabel("Message")).toBeFocused();

  await panel.getByLabel("Name").fill("Jamie");
  await panel.getByLabel("Plan").fill("pro");
  await panel.getByLabel("Enterprise account").check();
  await panel.getByLabel("Page they write from").fill("https://help.example.com/cards/pin");
  await panel.getByLabel("Message").fill(QUESTION);
  await panel.getByLabel("Message").press("Enter");

  const log = panel.getByRole("log", { name: "Conversation" });
  await expect(log.getByText(QUESTION)).toBeVisible();
  const reply = log.getByRole("listitem").filter({ hasText: "AI reply" });
  await expect(reply).toBeVisible({ timeout: 60_000 });
  await expect(reply.getByRole("list", { name: "Sources" })).toContainText("Change your card PIN");
  await expect(panel.getByText("Jamie · pro · enterprise · chat on https://help.example.com/cards/pin · ran the draft")).toBeVisible();
  await expect(panel.getByRole("status").filter({ hasText: "Waiting up to 1h for the customer to reply" })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/test-ticket-1-answer.png` });

  // Asking for a person: the flow hands over, and says so to the customer.
  const box = panel.getByLabel("Reply as the customer");
  await box.fill("Thanks, but I would like to talk to a real person, please.");
  await box.press("Enter");
  await expect(log.getByTestId("handoff-marker")).toHaveText("Handed to an agent in escalations", { timeout: 60_000 });
  await expect(log.getByText("I'm connecting you with a specialist, Jamie.")).toBeVisible();
  await expect(panel.getByRole("status").filter({ hasText: "The flow finished: handed to a person in escalations" })).toBeVisible();
  await expect(panel.getByRole("region", { name: "What would have happened" })).toContainText("Hand over to a person in escalations at high priority");
  await expect(panel.getByRole("region", { name: "What would have happened" })).toContainText("Handoff summary");

  // A trace line selects its step on the canvas.
  const trace = panel.getByRole("region", { name: "Trace" });
  await trace.getByRole("button", { name: /Hand over to a specialist escalate/ }).click();
  await expect(page.locator(".react-flow__node.selected")).toHaveAttribute("data-id", "hand-over");
  await page.screenshot({ path: `${SHOTS}/test-ticket-2-handoff.png` });

  // The published version, left waiting until the timeout: the closing message and the rating question.
  await panel.getByRole("button", { name: "Start over" }).click();
  await expect(panel.getByLabel("Message")).toHaveValue(QUESTION);
  await panel.getByLabel("Run").selectOption({ label: "Version 1 (active)" });
  await panel.getByRole("button", { name: "Run test" }).click();
  await expect(log.getByRole("listitem").filter({ hasText: "AI reply" })).toBeVisible({ timeout: 60_000 });
  await expect(panel.getByText(/ran version 1$/)).toBeVisible();
  await panel.getByRole("button", { name: "Let the wait time out" }).click();
  await expect(log.getByText("Glad we could help.")).toBeVisible({ timeout: 60_000 });
  await expect(log.getByText("How would you rate the answer?")).toBeVisible();
  await expect(panel.getByRole("status").filter({ hasText: "The flow finished: resolved with no person involved" })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/test-ticket-3-timeout.png` });

  // Esc closes the panel and gives focus back to the Test button; T opens it again.
  await panel.getByRole("button", { name: "Run again" }).focus();
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(open).toBeFocused();
  await page.keyboard.press("t");
  await expect(panel).toBeVisible();

  // Nothing was stored: the ticket list is as it was.
  expect(await newestTickets()).toBe(ticketsBefore);
});

test("a draft that does not compile says so and leads to the problems list", async ({ page, request }) => {
  const flow = await mutate<{ id: string }>(request, "flows.create", { name: `Test ticket broken ${Date.now()}` });
  await mutate(request, "flows.saveDraft", {
    flowId: flow.id,
    graph: {
      nodes: [
        { id: "trigger", type: "trigger", position: { x: 0, y: 0 }, data: { label: "New ticket", on: "ticket.created" } },
        { id: "route", type: "route", position: { x: 240, y: 0 }, data: { label: "To nowhere", queue: "no-such-queue" } },
      ],
      edges: [{ id: "e1", source: "trigger", sourceHandle: "next", target: "route" }],
    },
  });
  await page.goto(`/flows/${flow.id}/edit`);
  await page.getByTestId("test-ticket-button").click();
  const panel = page.getByRole("complementary", { name: "Test ticket" });
  await panel.getByLabel("Message").fill("Hello?");
  await panel.getByRole("button", { name: "Run test" }).click();
  const alert = panel.getByRole("alert");
  await expect(alert).toContainText(/The draft does not compile: \d+ problems? to fix first\./);
  await page.screenshot({ path: `${SHOTS}/test-ticket-4-does-not-compile.png` });
  await alert.getByRole("button", { name: "Show the problems" }).click();
  await expect(page.locator("#problems-list")).toBeVisible();
  await expect(page.locator("#problems-list button").first()).toBeFocused();
});
