import { expect, test } from "@playwright/test";
import { draftGraphOf, mutate } from "../support/trpc";
import { ADMIN } from "../auth/admin";

/**
 * History → diff → rollback through tRPC over HTTP (what the editor's Publish and the history's Roll back
 * buttons call; e2e/studio/ drives the buttons themselves), checking what the pages show.
 */
test("compare two published versions field by field, then roll back to the first", async ({ page, request }) => {
  const name = `SLA diff ${Date.now()}`;
  const flow = await mutate<{ id: string }>(request, "flows.create", { template: "sla-escalation", name });
  const v1 = await mutate<{ id: string }>(request, "flows.publish", { flowId: flow.id, message: "One hour" });
  const graph = await draftGraphOf(request, flow.id);
  graph.nodes.find((n) => n.id === "sla")!.data.within = "30m";
  await mutate(request, "flows.saveDraft", { flowId: flow.id, graph });
  await mutate(request, "flows.publish", { flowId: flow.id, message: "Thirty minutes" });

  await page.goto(`/flows/${flow.id}`);
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await page.getByRole("link", { name: "vs v1" }).click();
  await expect(page.getByRole("heading", { name: "Compare v1 → v2" })).toBeVisible();
  await expect(page.getByText("1 node changed.")).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "Within" });
  await expect(row.getByText("1h", { exact: true })).toBeVisible();
  await expect(row.getByText("30m", { exact: true })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/version-diff.png", fullPage: true });

  await mutate(request, "flows.rollback", { flowId: flow.id, versionId: v1.id });
  await page.goto(`/flows/${flow.id}`);
  const v3 = page.getByRole("row").filter({ hasText: "Rollback to v1: One hour" });
  await expect(v3.getByText("v3")).toBeVisible();
  await expect(v3.getByText("active")).toBeVisible();
  await expect(v3.getByText(ADMIN.email)).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/version-rollback.png", fullPage: true });
});
