import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { importZendeskJson } from "../../server/connectors/zendesk/import-zendesk-json";

const FIXTURE = path.join(process.cwd(), "server/connectors/zendesk/fixtures/trigger-urgent-escalation.json");
const GROUP_ID = "360001234567";
const QUEUE = "escalations"; // a seeded queue

/**
 * Import a Zendesk trigger: open the importer from the flows page, paste the fixture, map its group to a
 * queue, convert, check the list of what was not converted, create the flow and land on it in the editor.
 */
test("a pasted Zendesk trigger becomes a flow, with what has no equivalent listed", async ({ page }) => {
  const json = readFileSync(FIXTURE, "utf8");
  // What the converter itself produces for this fixture and mapping, so the page is checked against it.
  const expected = importZendeskJson(json, { groupNames: { [GROUP_ID]: QUEUE } });
  if (!expected.ok || expected.conversions.length !== 1) throw new Error("the fixture must convert to one flow");
  const conversion = expected.conversions[0]!;
  expect(conversion.unsupported.map((u) => u.field)).toEqual(["organization_id", "role", "assignee_id"]);

  await page.goto("/flows");
  await page.getByRole("link", { name: "Import from Zendesk" }).click();
  await expect(page).toHaveURL(/\/flows\/import$/);
  await expect(page.getByRole("heading", { name: "Import from Zendesk" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Nothing pasted yet" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Convert" })).toBeDisabled();
  await page.screenshot({ path: "test-results/screenshots/zendesk-import-empty.png", fullPage: true });

  await expect(page.locator('form[data-hydrated="true"]')).toBeVisible(); // text typed before hydration is lost
  await page.getByLabel("Zendesk trigger or automation JSON").fill(json);
  // The group used by the trigger's group_id action is offered for mapping.
  await page.getByLabel(`Queue for Zendesk group ${GROUP_ID}`).selectOption(QUEUE);
  await page.getByRole("button", { name: "Convert" }).click();

  const card = page.getByTestId("conversion");
  await expect(card).toHaveCount(1);
  await expect(card.getByRole("heading", { name: conversion.title })).toBeVisible();
  const heading = card.getByRole("heading", { name: `Not converted (${conversion.unsupported.length})` });
  await expect(heading).toBeVisible();
  const unsupported = card.getByRole("table", { name: `Not converted (${conversion.unsupported.length})` });
  await expect(unsupported.locator("tbody tr")).toHaveCount(conversion.unsupported.length);
  for (const item of conversion.unsupported) {
    const row = unsupported.getByRole("row").filter({ hasText: item.field });
    await expect(row).toContainText(item.reason);
  }
  // The mapped group became a route, and the resulting flow is outlined node by node.
  await expect(card.getByText(`To queue ${QUEUE}`)).toBeVisible();
  await expect(card.getByRole("table", { name: /Nodes of the converted flow/ }).locator("tbody tr")).toHaveCount(conversion.graph.nodes.length);
  for (const note of conversion.notes) await expect(card.getByText(note)).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/zendesk-import.png", fullPage: true });

  await card.getByRole("button", { name: "Create flow" }).click();
  await expect(page).toHaveURL(/\/flows\/[^/]+\/edit$/, { timeout: 20_000 });
  const canvas = page.getByTestId("canvas");
  await expect(canvas).toHaveAttribute("data-nodes", String(conversion.graph.nodes.length));
  // The editor opens at a readable zoom with the trigger at the left; fitting the view shows every node.
  await canvas.getByRole("button", { name: "Fit View" }).click();
  for (const node of conversion.graph.nodes.filter((n) => n.type !== "end")) {
    await expect(canvas.getByText(String(node.data.label), { exact: true }).first()).toBeVisible();
  }
  await page.screenshot({ path: "test-results/screenshots/zendesk-import-editor.png" });
});

test("JSON of the wrong shape is refused with the path of each problem", async ({ page }) => {
  await page.goto("/flows/import");
  await expect(page.locator('form[data-hydrated="true"]')).toBeVisible();
  const box = page.getByLabel("Zendesk trigger or automation JSON");
  await box.fill(JSON.stringify({ trigger: { title: "Broken", conditions: { all: [{ field: 1 }] }, actions: [] } }));
  await box.press("Control+Enter");
  const alert = page.getByRole("alert").filter({ hasText: "not a Zendesk trigger or automation we can read" });
  await expect(alert).toContainText("trigger.conditions.all.0.field");
  await expect(alert).toContainText("trigger.conditions.all.0.operator");
  await expect(page.getByTestId("conversion")).toHaveCount(0);

  await box.fill('{ "trigger": ');
  await page.getByRole("button", { name: "Convert" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "This text is not valid JSON" })).toContainText("Not valid JSON");
  await page.screenshot({ path: "test-results/screenshots/zendesk-import-error.png", fullPage: true });
});

test("an uploaded .json list of triggers converts to one card per trigger", async ({ page }) => {
  const file = path.join(process.cwd(), "server/connectors/zendesk/fixtures/triggers-list.json");
  const expected = importZendeskJson(readFileSync(file, "utf8"));
  if (!expected.ok) throw new Error("the fixture must convert");
  await page.goto("/flows/import");
  await expect(page.locator('form[data-hydrated="true"]')).toBeVisible(); // a file chosen before hydration is lost
  await page.locator('input[type="file"]').setInputFiles(file);
  await expect(page.getByText("Loaded triggers-list.json")).toBeVisible();
  await page.getByRole("button", { name: "Convert" }).click();
  await expect(page.getByTestId("conversion")).toHaveCount(expected.conversions.length);
  for (const c of expected.conversions) {
    const card = page.getByTestId("conversion").filter({ has: page.getByRole("heading", { name: c.title }) });
    await expect(card.getByRole("heading", { name: `Not converted (${c.unsupported.length})` })).toBeVisible();
  }
});
