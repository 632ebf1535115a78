import { expect, test } from "@playwright/test";
import { draftGraphOf, mutate } from "../support/trpc";

/**
 * History → diff → rollback from the flow page: two versions are published over the tRPC HTTP API (what the
 * editor's Publish calls), the diff is read on the page, and the rollback goes through the "Roll back" button.
 */
const SHOTS = "test-results/screenshots";

test("open the history, diff v2 against v1, and roll back to v1 with the Roll back button", async ({ page, request }) => {
  const name = `SLA rollback ${Date.now()}`;
  const flow = await mutate<{ id: string }>(request, "flows.create", { template: "sla-escalation", name });
  await mutate(request, "flows.publish", { flowId: flow.id, message: "One hour" });
  const graph = await draftGraphOf(request, flow.id);
  const sla = graph.nodes.find((n) => n.id === "sla");
  expect(sla?.data.within).toBe("1h");
  sla!.data.within = "30m";
  await mutate(request, "flows.saveDraft", { flowId: flow.id, graph });
  await mutate(request, "flows.publish", { flowId: flow.id, message: "Thirty minutes" });

  // History: v2 is active; only v1 offers a rollback.
  await page.goto(`/flows/${flow.id}`);
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByText("v2 active")).toBeVisible();
  const history = page.getByRole("table", { name: "Version history" });
  await expect(history.getByRole("button", { name: /^Roll back/ })).toHaveCount(1);
  await expect(history.getByRole("row").filter({ hasText: "Thirty minutes" }).getByRole("button", { name: /^Roll back/ })).toHaveCount(0);

  // Diff v2 against v1: the SLA's "within" changed from 1h to 30m.
  await page.getByRole("link", { name: "vs v1" }).click();
  await expect(page.getByRole("heading", { name: "Compare v1 → v2" })).toBeVisible();
  await expect(page.getByText("1 node changed.")).toBeVisible();
  const changed = page.getByRole("row").filter({ hasText: "Within" });
  await expect(changed.getByText("1h", { exact: true })).toBeVisible();
  await expect(changed.getByText("30m", { exact: true })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/rollback-1-diff.png`, fullPage: true });

  // Back to the history; roll back to v1 from its row.
  await page.goBack();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  const v1Row = history.getByRole("row").filter({ hasText: "One hour" });
  const rollBack = v1Row.getByRole("button", { name: "Roll back to v1" });
  await rollBack.click();
  const dialog = page.getByRole("dialog", { name: "Roll back to v1?" });
  await expect(dialog).toBeVisible();
  const message = dialog.getByRole("textbox", { name: "Message" });
  await expect(message).toHaveValue("Rollback to v1");
  await expect(message).toBeFocused();

  // Escape cancels and hands focus back to the button; nothing is published.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(rollBack).toBeFocused();
  await expect(page.getByText("v2 active")).toBeVisible();

  // Open it again from the keyboard and confirm.
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await expect(message).toHaveValue("Rollback to v1");
  await page.screenshot({ path: `${SHOTS}/rollback-2-confirm.png` });
  // A failed request is shown in the dialog, which stays open for a retry.
  await page.route("**/api/trpc/flows.rollback**", (route) => route.abort("connectionrefused"));
  await dialog.getByRole("button", { name: "Roll back to v1" }).click();
  await expect(dialog.getByRole("alert")).toContainText("Could not roll back");
  await expect(dialog).toBeVisible();
  await page.unroute("**/api/trpc/flows.rollback**");
  await dialog.getByRole("button", { name: "Roll back to v1" }).click();
  await expect(dialog).toBeHidden();

  // The page refreshes in place: v3 is active, with v1's graph and a "Rollback to v1…" message.
  await expect(page.getByText("v3 active")).toBeVisible();
  const v3 = history.getByRole("row").filter({ hasText: "Rollback to v1" });
  await expect(v3.getByRole("cell", { name: "v3", exact: true })).toBeVisible();
  await expect(v3.getByText("Rollback to v1: One hour")).toBeVisible();
  await expect(v3.getByText("active", { exact: true })).toBeVisible();
  await expect(v3.getByRole("button", { name: /^Roll back/ })).toHaveCount(0);
  // v2 left the active slot, so it can be rolled back to now.
  await expect(history.getByRole("row").filter({ hasText: "Thirty minutes" }).getByRole("button", { name: "Roll back to v2" })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/rollback-3-v3-active.png`, fullPage: true });
});
