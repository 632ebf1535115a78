import { expect, test } from "@playwright/test";
import { draftGraphOf, mutate } from "../support/trpc";

/**
 * The coloured canvas on the diff page: two published versions set up through tRPC over HTTP (one node
 * changed, one added, one removed, one moved), then the canvas must mark each node with its status, and
 * clicking the changed node jumps to its field rows.
 */
test("the diff canvas colours nodes added, removed, changed and moved", async ({ page, request }) => {
  const flow = await mutate<{ id: string }>(request, "flows.create", { template: "sla-escalation", name: `Diff canvas ${Date.now()}` });
  const v1 = await mutate<{ id: string }>(request, "flows.publish", { flowId: flow.id, message: "One hour" });
  const graph = await draftGraphOf(request, flow.id);
  graph.nodes.find((n) => n.id === "sla")!.data.within = "30m";
  graph.nodes.push({ id: "tag-met", type: "tag", position: { x: 1680, y: 300 }, data: { label: "Tag SLA met", add: ["sla-met"], remove: [] } });
  graph.nodes = graph.nodes.filter((n) => n.id !== "notify");
  graph.nodes.find((n) => n.id === "end-met")!.position = { x: 1960, y: 300 };
  graph.edges = graph.edges.filter((e) => e.id !== "sla:met->end-met" && e.source !== "notify" && e.target !== "notify");
  graph.edges.push(
    { id: "sla:met->tag-met", source: "sla", sourceHandle: "met", target: "tag-met" },
    { id: "tag-met->end-met", source: "tag-met", sourceHandle: "next", target: "end-met" },
    { id: "escalate->route-escalations", source: "escalate", sourceHandle: "next", target: "route-escalations" },
  );
  await mutate(request, "flows.saveDraft", { flowId: flow.id, graph });
  const v2 = await mutate<{ id: string }>(request, "flows.publish", { flowId: flow.id, message: "Thirty minutes, tag met" });

  await page.goto(`/flows/${flow.id}/diff?from=${v1.id}&to=${v2.id}`);
  await expect(page.getByRole("heading", { name: "Compare v1 → v2" })).toBeVisible();
  const canvas = page.getByTestId("diff-canvas");
  await expect(canvas.locator('[data-diff-node="sla"]')).toHaveAttribute("data-diff-status", "changed");
  await expect(canvas.locator('[data-diff-node="tag-met"]')).toHaveAttribute("data-diff-status", "added");
  await expect(canvas.locator('[data-diff-node="notify"]')).toHaveAttribute("data-diff-status", "removed");
  await expect(canvas.locator('[data-diff-node="end-met"]')).toHaveAttribute("data-diff-status", "moved");
  await expect(canvas.locator('[data-diff-node="trigger"]')).toHaveAttribute("data-diff-status", "unchanged");
  await expect(page.getByRole("list", { name: "Legend" })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/diff-canvas.png", fullPage: true });

  // Clicking the changed node jumps to its field rows in the table below.
  await canvas.locator('[data-diff-node="sla"]').click();
  await expect(page).toHaveURL(/#diff-node-sla$/);
  await expect(page.locator("#diff-node-sla").getByRole("row").filter({ hasText: "within" })).toBeInViewport();
});
