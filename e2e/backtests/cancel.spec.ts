import { expect, test } from "@playwright/test";
import { mutate } from "../support/trpc";

/**
 * Cancelling a backtest from its page. The run is every ticket of the demo history (where it runs is the server's
 * choice, by size), none of its model answers cached yet: it runs for many seconds, far longer than the two clicks take.
 */
test("cancel a running backtest from its page; the list then shows it cancelled", async ({ page, request }) => {
  test.setTimeout(120_000);
  const name = `Cancel a backtest ${Date.now()}`;
  const flow = await mutate<{ id: string }>(request, "flows.create", { template: "escalation-triggers", name });
  const { id } = await mutate<{ id: string }>(request, "backtests.start", {
    flowId: flow.id,
    candidate: { kind: "draft" },
    baseline: { kind: "history" },
    selection: { seed: 1 },
  });

  await page.goto(`/backtests/${id}`);
  await page.getByRole("button", { name: "Cancel backtest" }).click();
  const dialog = page.getByRole("dialog", { name: "Cancel this backtest?" });
  // Focus starts on the safe choice.
  await expect(dialog.getByRole("button", { name: "Keep running" })).toBeFocused();
  await dialog.getByRole("button", { name: "Cancel backtest" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: /^Cancelled after [\d,]+ of [\d,]+ tickets; no results are shown/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Cancel backtest" })).toHaveCount(0);
  await expect(page.getByRole("list", { name: "Metrics" })).toHaveCount(0);

  await page.goto("/backtests");
  const row = page.getByRole("table", { name: "Recent backtests" }).getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("cancelled");
});
