import { expect, test, type APIRequestContext, type Locator } from "@playwright/test";
import { draftGraphOf, mutate } from "../support/trpc";

/**
 * A backtest sees every change a ticket would see. Two versions of the escalation example that differ only in
 * the escalation's priority (high in v1, urgent in v2): the comparison counts the escalated tickets as changed
 * and names the difference ("Priority: high → urgent"), by the node's label. The run's breadcrumb names the
 * flow; the list of runs shows the headline deltas (a run against the history moves routing accuracy); the
 * start dialog's sample size refuses impossible values with a sentence and keeps "Start" disabled.
 *
 *   trigger → classify → sentiment → needs-human ─true→ escalate (priority) → notify → route-escalations
 *                                          └─false→ route-general
 */
const SAMPLE = 300;

test.use({ viewport: { width: 1440, height: 900 } });

test("a version that only changes an escalation's priority changes the escalated tickets, named, in the run and in the list", async ({ page, request }) => {
  test.setTimeout(240_000);
  const name = `Priority only ${Date.now()}`;
  const flow = await mutate<{ id: string }>(request, "flows.create", { template: "escalation-triggers", name });
  await mutate(request, "flows.publish", { flowId: flow.id, message: "Escalations at high priority" });
  const graph = await draftGraphOf(request, flow.id);
  graph.nodes.find((n) => n.id === "escalate")!.data.priority = "urgent";
  await mutate(request, "flows.saveDraft", { flowId: flow.id, graph });
  await mutate(request, "flows.publish", { flowId: flow.id, message: "Escalations at urgent priority" });
  const versions = await versionsOf(request, flow.id);
  const v1 = versions.find((v) => v.number === 1)!;
  const v2 = versions.find((v) => v.number === 2)!;

  // The start dialog: the sample size says what is wrong as it is typed, and "Start" waits for a possible value.
  await page.goto(`/flows/${flow.id}/edit`);
  await page.getByRole("button", { name: "Backtest", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Backtest" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("What to replay").selectOption(`version:${v2.id}`);
  await dialog.getByLabel("Compare with").selectOption(`version:${v1.id}`);
  const sample = dialog.getByLabel("Sample size");
  const start = dialog.getByRole("button", { name: "Start backtest" });
  const selected = dialog.getByRole("status", { name: "Tickets selected" });
  await expect(selected).toHaveText(/tickets match; all will be replayed\.$/);
  const cases: Array<[string, string]> = [
    ["abc", "Type the sample size as a number of tickets, like 500, or leave it empty to replay every ticket in the selection."],
    ["-5", "A sample can't be negative: type a number of tickets from 1 to 5,000,000, or leave it empty to replay every ticket in the selection."],
    ["0", "A sample needs at least 1 ticket: type a number from 1 to 5,000,000, or leave it empty to replay every ticket in the selection."],
    ["999999999", "A sample can have at most 5,000,000 tickets: type a smaller number, or leave it empty to replay every ticket in the selection."],
  ];
  for (const [typed, sentence] of cases) {
    await sample.fill(typed);
    await expect(dialog.getByRole("alert")).toHaveText(sentence);
    await expect(sample).toHaveAttribute("aria-invalid", "true");
    await expect(sample).toHaveAccessibleDescription(new RegExp(`^${escape(sentence)}`));
    await expect(start).toBeDisabled();
    // No fallback to "every ticket", and nothing that looks like data.
    await expect(selected).toHaveText("Correct the sample size to see how many tickets will be replayed.");
    await expect(dialog).not.toContainText('"code"');
    if (typed === "999999999") await page.screenshot({ path: "test-results/screenshots/every-change-sample-size.png" });
    // Enter does not start a run with an impossible sample.
    await sample.press("Enter");
    await expect(dialog).toBeVisible();
  }
  await sample.fill(String(SAMPLE));
  await expect(dialog.getByRole("alert")).toHaveCount(0);
  await expect(selected).toHaveText(new RegExp(`a sample of ${SAMPLE} will be replayed\\.$`));
  await expect(start).toBeEnabled();
  await start.click();

  // The run: the breadcrumb names the flow, and the escalated tickets changed, by priority alone.
  await page.waitForURL(/\/backtests\/[^/]+$/);
  await expect(page.getByRole("status").filter({ hasText: /^Completed/ })).toBeVisible({ timeout: 150_000 });
  const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(crumbs.getByRole("link", { name, exact: true })).toHaveAttribute("href", `/flows/${flow.id}`);
  await expect(crumbs.getByRole("link", { name: "Flow", exact: true })).toHaveCount(0);
  const changedCount = Number((await page.getByText(/whose outcome differs$/).textContent())!.replace(/\D/g, ""));
  expect(changedCount).toBeGreaterThan(0);
  await expect(page.getByText("No ticket changed")).toHaveCount(0);
  const reasons = page.getByRole("list", { name: "Reasons outcomes changed" }).getByRole("listitem");
  await expect(reasons).toHaveCount(1);
  await expect(reasons.first()).toContainText(`${changedCount.toLocaleString("en")} (100%)`);
  await expect(reasons.first()).toContainText("Priority: high → urgent");
  await expect(reasons.first()).toContainText("parts at Escalate to a human");
  await expect(reasons.first()).toContainText("e.g. Same steps, but “Escalate to a human” did something else: Priority: high → urgent");
  const table = page.getByRole("table", { name: "Changed tickets" });
  const rows = table.locator("tbody tr:not([aria-hidden])");
  await expect(rows.first()).toContainText("Priority: high → urgent");
  await expect(rows.first()).toContainText("Escalate to a human");
  await expect(table).not.toContainText("escalate:");
  await page.screenshot({ path: "test-results/screenshots/every-change-run.png", fullPage: true });

  // One changed ticket: the difference with both values, the node by its label, the outcome row marked.
  await rows.first().getByRole("link").click();
  await page.waitForURL(/\/backtests\/[^/]+\/tickets\/[^/]+$/);
  const differences = page.getByRole("list", { name: "Differences" }).getByRole("listitem");
  await expect(differences).toHaveCount(1);
  // Each side's value is read with its side's name ("v1: high"); the visible side names are for the eye only.
  await expect(differences.first()).toHaveText(/^Priority\s*v1: v1\s*high\s*v2: v2\s*urgent$/);
  await expect(page.getByRole("region", { name: "Where they part" })).toContainText("“Escalate to a human”");
  const priorityRow = page.getByRole("table", { name: "Outcome comparison" }).getByRole("row", { name: /^Priority/ });
  await expect(priorityRow).toHaveAttribute("data-changed", "true");
  await expect(priorityRow).toContainText("high");
  await expect(priorityRow).toContainText("urgent");
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name, exact: true })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/every-change-ticket.png", fullPage: true });

  // The same version against the history as it happened: routing accuracy falls, which the list must show.
  const vsHistory = await mutate<{ id: string }>(request, "backtests.start", {
    flowId: flow.id,
    candidate: { kind: "version", versionId: v2.id },
    baseline: { kind: "history" },
    selection: { sampleSize: SAMPLE, seed: 1 },
  });
  await expect.poll(async () => (await query<{ status: string }>(request, "backtests.get", { id: vsHistory.id })).status, { timeout: 120_000 }).toBe("completed");

  await page.goto("/backtests");
  const list = page.getByRole("table", { name: "Recent backtests" });
  const versionRun = headlineOf(list, "v2 vs v1");
  await expect(versionRun.getByRole("listitem")).toHaveText([/^Automation\s*no change$/, /^Routing accuracy\s*no change$/, /^Escalations\s*no change$/, /^SLA breaches\s*no change$/]);
  const historyRun = headlineOf(list, "v2 vs History as it happened");
  await expect(historyRun.getByRole("listitem")).toHaveCount(4);
  const routing = historyRun.getByRole("listitem").filter({ hasText: "Routing accuracy" });
  await expect(routing).toHaveText(/^Routing accuracy\s*−[\d.]+ pts$/);
  await expect(routing.locator("[data-tone]")).toHaveAttribute("data-tone", "red");
  // The history has no SLA timers to compare with.
  await expect(historyRun.getByRole("listitem").filter({ hasText: "SLA breaches" })).toHaveText(/not compared$/);
  await page.screenshot({ path: "test-results/screenshots/every-change-list.png", fullPage: true });
});

/** The headline list of the newest run with this title. */
function headlineOf(list: Locator, title: string): Locator {
  return list.getByRole("list", { name: `Change vs baseline: ${title}` }).first();
}

async function versionsOf(request: APIRequestContext, flowId: string): Promise<Array<{ id: string; number: number }>> {
  return (await query<{ versions: Array<{ id: string; number: number }> }>(request, "flows.get", { id: flowId })).versions;
}

async function query<T>(request: APIRequestContext, path: string, input: unknown): Promise<T> {
  const response = await request.get(`/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`);
  const body = (await response.json()) as { result?: { data: { json: T } }; error?: { json: { message: string } } };
  if (!response.ok() || body.result === undefined) throw new Error(`${path} failed: ${body.error?.json.message ?? response.status()}`);
  return body.result.data.json;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
