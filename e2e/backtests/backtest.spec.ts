import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { draftGraphOf, mutate } from "../support/trpc";

/**
 * Issue 6, "Done when": start a backtest from the editor, watch its progress, open a changed ticket's traces.
 *
 * Set-up through tRPC over HTTP: a copy of the escalation example published as v1, then a draft that no longer
 * escalates on negative sentiment alone. Replaying the draft against v1 over a sample of the demo history
 * changes the outcome of the tickets only that criterion caught (escalated → routed to general), and both
 * traces part at the "needs-human" condition.
 *
 *   trigger → classify → sentiment → needs-human ─true→ escalate → notify → route-escalations
 *                                          └─false→ route-general
 */
interface Rule {
  kind: "rule" | "group";
  field?: string;
  rules?: Rule[];
}

const SAMPLE = 400;

/** Drops every rule on `field`, at any depth of the rule groups. */
function withoutField(group: Rule, field: string): Rule {
  return { ...group, rules: group.rules?.filter((r) => r.field !== field).map((r) => (r.kind === "group" ? withoutField(r, field) : r)) };
}

test.use({ viewport: { width: 1500, height: 950 } });

test("start a backtest from the editor, watch its progress, open a changed ticket's traces", async ({ page, request }) => {
  test.setTimeout(180_000);
  const name = `Backtest escalations ${Date.now()}`;
  const flow = await mutate<{ id: string }>(request, "flows.create", { template: "escalation-triggers", name });
  await mutate(request, "flows.publish", { flowId: flow.id, message: "As in the example" });
  const graph = await draftGraphOf(request, flow.id);
  const condition = graph.nodes.find((n) => n.id === "needs-human")!;
  condition.data.rules = withoutField(condition.data.rules as Rule, "sentiment.label");
  await mutate(request, "flows.saveDraft", { flowId: flow.id, graph });

  // The editor's toolbar opens the dialog: the draft against the live version, the last 90 days by default.
  await page.goto(`/flows/${flow.id}/edit`);
  await page.getByRole("button", { name: "Backtest", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Backtest" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("What to replay")).toHaveValue("draft");
  await expect(dialog.getByLabel("Compare with")).toHaveValue(/^version:/);
  await expect(dialog.getByLabel("From")).not.toHaveValue("");
  // Escape closes it; the toolbar opens it again.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: "Backtest", exact: true }).click();
  await expect(dialog.getByLabel("Compare with")).toHaveValue(/^version:/);
  // The selection is counted as it is edited: the last 90 days, then one queue of them, then a sample.
  const selected = dialog.getByRole("status", { name: "Tickets selected" });
  await expect(selected).toHaveText(/^[\d,]+ tickets match; all will be replayed\.$/);
  const matching = async () => Number(((await selected.textContent()) ?? "").replace(/ tickets? match.*$/, "").replace(/,/g, ""));
  const inRange = await matching();
  expect(inRange).toBeGreaterThan(SAMPLE);
  await dialog.getByRole("list", { name: "Queues to replay" }).getByRole("checkbox").first().check();
  await expect(dialog.getByRole("group", { name: /Queues/ })).toContainText("(1 chosen)");
  await expect.poll(matching).toBeLessThan(inRange);
  await dialog.getByRole("list", { name: "Queues to replay" }).getByRole("checkbox").first().uncheck();
  await expect.poll(matching).toBe(inRange);
  await dialog.getByLabel("Sample size").fill(String(SAMPLE));
  await expect(selected).toHaveText(`${inRange.toLocaleString("en")} tickets match; a sample of ${SAMPLE} will be replayed.`);
  await page.screenshot({ path: "test-results/screenshots/backtest-dialog.png" });
  await dialog.getByLabel("Sample size").press("Enter");

  // The run's page: the progress bar, then the results.
  await page.waitForURL(/\/backtests\/[^/]+$/);
  const progress = page.getByRole("progressbar", { name: "Backtest progress" });
  await expect(progress).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /^Completed/ })).toBeVisible({ timeout: 120_000 });
  await expect(progress).toHaveAttribute("aria-valuenow", "100");
  await expect(progress).toHaveAttribute("aria-valuetext", new RegExp(`^${SAMPLE} of ${SAMPLE} tickets · [\\d,]+ tickets/s`));
  // The example's escalation criteria read the tags, which the history holds as they ended: the page says so.
  await expect(page.getByRole("region", { name: "Caveats" })).toContainText("A rule here reads the ticket's tags");
  const metrics = page.getByRole("list", { name: "Metrics" });
  await expect(metrics.getByRole("listitem", { name: "Escalation rate" })).toBeVisible();
  // Fewer escalations is better: the change is shown in green.
  await expect(metrics.getByRole("listitem", { name: "Escalation rate" }).locator("[data-tone]")).toHaveAttribute("data-tone", "green");
  await expect(page.getByRole("figure", { name: "Outcome mix" })).toBeVisible();
  // This flow automates nothing on either side: the per-category chart says so instead of drawing empty axes.
  await expect(page.getByRole("figure", { name: "Automation by category" })).toContainText("Neither run resolved a ticket without a human");
  await expect(page.getByRole("table", { name: "Escalations by reason" })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/backtest-results.png", fullPage: true });

  // From a rule to the tickets it matched, and back.
  await page.getByRole("table", { name: "Rules" }).getByRole("link", { name: /tickets matched “Needs a human\?”: false$/ }).click();
  await expect(page.getByRole("heading", { name: "“Needs a human?”: false", level: 1 })).toBeVisible();
  await expect(page.getByRole("table", { name: "Tickets this rule matched" }).getByRole("row").nth(1)).toBeVisible();
  await page.goBack();

  // The changed tickets: why they changed, then sort, filter and open one.
  const table = page.getByRole("table", { name: "Changed tickets" });
  await expect(table.getByRole("row").nth(1)).toBeVisible();
  const reason = page.getByRole("list", { name: "Reasons outcomes changed" }).getByRole("listitem").first();
  await expect(reason).toContainText("Outcome: escalated → routed to a queue");
  await expect(reason).toContainText("parts at Needs a human?");
  await expect(reason).toContainText('e.g. “Needs a human?” decided "false"');
  await reason.getByRole("button", { name: "Show these tickets" }).click();
  await expect(page.getByLabel("Where they part")).toHaveValue("Needs a human?");
  await expect(page.getByLabel("What changed")).toHaveValue(/^Outcome: escalated → routed to a queue/);
  const created = table.getByRole("columnheader", { name: /Created/ });
  await expect(created).toHaveAttribute("aria-sort", "ascending");
  await created.getByRole("button").click();
  await expect(created).toHaveAttribute("aria-sort", "descending");
  await page.getByLabel("What changed").selectOption({ label: await optionStartingWith(page.getByLabel("What changed"), "Outcome: escalated → routed") });
  await page.getByLabel("Where they part").selectOption({ label: await optionStartingWith(page.getByLabel("Where they part"), "Needs a human?") });
  await expect(page.getByRole("status").filter({ hasText: /changed tickets$/ })).toBeVisible();
  const rows = table.locator("tbody tr:not([aria-hidden])");
  await expect(rows.first()).toContainText("escalated → routed");
  await expect(rows.first()).toContainText("Needs a human?");
  await page.getByLabel("Search changed tickets").fill("zzzz-no-such-ticket");
  await expect(table.getByText("No changed ticket matches these filters.")).toBeVisible();
  await page.getByLabel("Search changed tickets").fill("");
  await page.screenshot({ path: "test-results/screenshots/backtest-changed.png", fullPage: true });
  // Every changed ticket as a CSV file, one line each after the header, escalated then routed.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^backtest-.+-changed-tickets\.csv$/);
  const csv = readFileSync((await download.path())!, "utf8").split("\r\n").filter((line) => line.length > 0);
  expect(csv[0]).toMatch(/^ticket_id,created_at,subject,/);
  const changedCount = Number((await page.getByText(/whose outcome differs$/).textContent())!.replace(/\D/g, ""));
  expect(csv).toHaveLength(changedCount + 1);
  expect(csv.slice(1).some((line) => line.includes(",escalated,routed,"))).toBe(true);
  const first = rows.first().getByRole("link");
  const subject = (await first.textContent())!;
  await first.click();

  // Both traces side by side, each with the node where they part highlighted.
  await page.waitForURL(/\/backtests\/[^/]+\/tickets\/[^/]+$/);
  await expect(page.getByRole("heading", { name: subject, level: 1 })).toBeVisible();
  const traces = page.getByRole("region", { name: "Step traces" });
  for (const side of ["v1", "Draft"]) {
    const steps = traces.getByRole("list", { name: new RegExp(`^Steps: ${side}`) });
    await expect(steps).toBeVisible();
    const parting = steps.locator('[aria-current="step"]');
    await expect(parting).toHaveCount(1);
    await expect(parting).toHaveAttribute("data-node-id", "needs-human");
    await expect(parting).toContainText("parts here");
  }
  await expect(page.getByRole("table", { name: "Outcome comparison" }).getByRole("row", { name: /Outcome/ }).first()).toContainText("escalated");
  await expect(page.getByRole("list", { name: "Ticket timeline" })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/backtest-traces.png", fullPage: true });

  // The list of recent runs has this one, completed, with its flow.
  await page.goto("/backtests");
  const listed = page.getByRole("table", { name: "Recent backtests" }).getByRole("row").filter({ hasText: name });
  await expect(listed.first()).toContainText("completed");
  await expect(listed.first().getByRole("link", { name: "Draft vs v1" })).toBeVisible();
});

/** The full label of the first <option> starting with `prefix` (options read "value (count)"). */
async function optionStartingWith(select: import("@playwright/test").Locator, prefix: string): Promise<string> {
  const labels = await select.locator("option").allTextContents();
  const label = labels.find((l) => l.startsWith(prefix));
  if (label === undefined) throw new Error(`No option starts with "${prefix}": ${labels.join(" | ")}`);
  return label;
}

test("the version history offers a backtest of each version against the one before it, or the history", async ({ page }) => {
  await page.goto("/flows");
  await page.getByRole("link", { name: "Escalate when a human is needed", exact: true }).click();
  await page.getByRole("button", { name: "Backtest v1" }).click();
  const dialog = page.getByRole("dialog", { name: "Backtest" });
  await expect(dialog.getByLabel("What to replay")).toHaveValue(/^version:/);
  // v1 has nothing before it: the history as it happened.
  await expect(dialog.getByLabel("Compare with")).toHaveValue("history");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
});
