import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

/**
 * A spreadsheet export with its own column names: 12,000 tickets, two of them malformed. Uploaded on the
 * import page, mapped column by column (the mapping saved by name), imported with a progress bar; then the
 * audit and the tier map open on the new history.
 */
const ROWS = 12_000;
const BAD_LINES = [101, 5002]; // line numbers in the file (the header is line 1)

function spreadsheet(): string {
  const lines = ["Ref;Opened;Question;Topic;Team;Reply from agent".replaceAll(";", ",")];
  for (let i = 1; i <= ROWS; i++) {
    const line = i + 1;
    const opened = line === BAD_LINES[0] ? "not a date" : new Date(Date.UTC(2026, 9, 1) + i * 60_000).toISOString();
    const question = line === BAD_LINES[1] ? "" : `Where is my new card? It has been ${i % 9} days (ticket ${i})`;
    const reply = i % 2 === 0 ? "Cards arrive within 5 working days; you can track yours in the app under Cards." : `Thanks for asking, I checked order ${i} for you.`;
    lines.push([`SHEET-${i}`, opened, `"${question}"`, i % 3 === 0 ? "card_arrival" : "", "cards", `"${reply}"`].join(","));
  }
  return `${lines.join("\n")}\n`;
}

test("a CSV with its own columns is mapped, imported with progress, and the audit and tier map open", async ({ page }) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "e2e-csv-"));
  const file = path.join(dir, "spreadsheet-export.csv");
  writeFileSync(file, spreadsheet());

  await page.goto("/history-import");
  await expect(page.getByRole("heading", { name: "Import ticket history" })).toBeVisible();
  await expect(page.locator('[data-hydrated="true"]')).toBeVisible();
  await page.getByLabel("Ticket export file").setInputFiles(file);
  await expect(page.getByLabel("Format")).toHaveValue("csv");
  await page.getByRole("button", { name: "Upload" }).click();

  // Mapping: the suggestion cannot know these headers, so the required fields are mapped by hand.
  const mapping = page.getByRole("group", { name: "Column mapping" });
  await expect(mapping).toBeVisible();
  await expect(page.getByRole("button", { name: "Start import" })).toBeDisabled();
  await mapping.getByLabel("Column for Ticket id").selectOption("Ref");
  await mapping.getByLabel("Column for Created at").selectOption("Opened");
  await mapping.getByLabel("Column for Customer message").selectOption("Question");
  await mapping.getByLabel("Column for Category").selectOption("Topic");
  await mapping.getByLabel("Column for Queue / group").selectOption("Team");
  await mapping.getByLabel("Column for Agent reply").selectOption("Reply from agent");
  await expect(page.getByRole("table", { name: "Preview of the first rows as mapped" })).toContainText("SHEET-1");
  await page.getByLabel("Save this mapping as").fill("Spreadsheet export");
  await page.screenshot({ path: "test-results/screenshots/history-import-mapping.png", fullPage: true });
  await page.getByRole("button", { name: "Start import" }).click();

  const progress = page.getByRole("progressbar", { name: "Import progress" });
  await expect(progress).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/history-import-progress.png", fullPage: true });
  await expect(progress).toHaveAttribute("aria-valuenow", "100", { timeout: 45_000 });
  await expect(page.getByRole("status")).toContainText("Import complete");
  const counts = page.getByLabel("Import counts");
  await expect(counts).toContainText(`Imported${(ROWS - 2).toLocaleString("en")}`);
  await expect(counts).toContainText("Rejected2");
  const rejected = page.getByRole("table", { name: "Rejected rows" });
  await expect(rejected.getByRole("row").filter({ hasText: `Line ${BAD_LINES[0]}` })).toContainText("Column “Opened”: not a valid date");
  await expect(rejected.getByRole("row").filter({ hasText: `Line ${BAD_LINES[1]}` })).toContainText("Column “Question”: the ticket has no text");
  await page.screenshot({ path: "test-results/screenshots/history-import-done.png", fullPage: true });

  await page.getByRole("link", { name: "Open the audit" }).click();
  await expect(page).toHaveURL(/\/history-audit$/);
  await expect(page.getByRole("heading", { name: "Audit", level: 1 })).toBeVisible();
  // The stored audit predates the import: the page says so, and a re-run finds the spreadsheet's templated reply.
  const outdated = page.getByText(/Re-run it to include the latest imports/);
  await expect(outdated).toBeVisible();
  await page.getByRole("button", { name: "Re-run audit" }).click();
  await expect(outdated).toBeHidden({ timeout: 45_000 });
  await expect(page.getByRole("region", { name: "Templated replies" })).toContainText("Cards arrive within 5 working days");
  await page.screenshot({ path: "test-results/screenshots/audit.png" });

  await page.getByRole("link", { name: "Tier map" }).first().click();
  await expect(page).toHaveURL(/\/history-audit\/tiers$/);
  await expect(page.getByRole("table", { name: "Tier map" })).toContainText("card_arrival");
  // Confirm a tier and save: the save is a numbered version, listed in the history.
  await page.getByLabel("Tier for card_arrival").selectOption("1");
  await page.getByRole("button", { name: "Save tier map" }).click();
  await expect(page.getByText(/Saved as version \d+\./)).toBeVisible();
  await expect(page.getByRole("table", { name: "Tier map versions" })).toContainText("admin@e2e.studio.local");
  await page.screenshot({ path: "test-results/screenshots/tier-map.png" });
});
