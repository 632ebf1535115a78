import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { CATEGORY_FIELD_FIXTURE } from "../../server/connectors/fixtures/imports/expected";

/**
 * A Zendesk export whose category lives only in a dropdown custom field known by its id (no ticket_fields): the
 * category step offers the file's fields with example values, the field is chosen and previewed, the import gives
 * the tickets those categories, the audit lists them with their exact counts, and the next upload from the same
 * source starts from the remembered field.
 */
const { file, field, byField } = CATEGORY_FIELD_FIXTURE;
const FIXTURE = path.join(process.cwd(), "server/connectors/fixtures/imports", file);

async function uploadFixture(page: Page) {
  await page.goto("/history-import");
  await expect(page.locator('[data-hydrated="true"]')).toBeVisible(); // a file chosen before hydration is lost
  await page.getByLabel("Ticket export file").setInputFiles(FIXTURE);
  await expect(page.getByLabel("Format")).toHaveValue("zendesk");
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("group", { name: "Where does the category come from?" })).toBeVisible();
}

test("a Zendesk export's category is taken from the custom field chosen on the import page, and the audit shows it", async ({ page }) => {
  await uploadFixture(page);
  const choices = page.getByRole("group", { name: "Where does the category come from?" });
  const fieldRadio = choices.getByRole("radio", { name: `Custom field ${field}` });
  // Nothing names the fields, so automatic detection (preselected on a fresh source) finds nothing, and says so.
  await expect(choices.getByRole("radio", { name: "Automatic" })).toBeChecked();
  await expect(fieldRadio).toHaveAccessibleDescription("10 of the 10 tickets in this file · e.g. shipping_delay, return_request, damaged_item");
  await expect(choices.getByRole("radio", { name: "Tags starting with product_" })).toBeVisible();
  const preview = page.getByRole("region", { name: "Categories this choice gives" });
  await expect(preview).toContainText("No custom field in the 10 tickets in this file is named like a category");
  await page.screenshot({ path: "test-results/screenshots/zendesk-category-step.png", fullPage: true });

  // A typed prefix is checked as it is typed: empty is refused, one no ticket has is flagged before the import.
  await choices.getByRole("radio", { name: "Another tag prefix" }).check();
  await expect(page.getByRole("alert").filter({ hasText: "tag prefix" })).toHaveText("A tag prefix cannot be empty: give the start the category tags share, e.g. topic_");
  await expect(page.getByRole("button", { name: "Start import" })).toBeDisabled();
  await choices.getByRole("textbox", { name: "Tag prefix" }).fill("topic_");
  await expect(preview).toContainText("None of the 10 tickets in this file has a category from tags starting with topic_. Check the prefix");

  // The field is picked with the keyboard: focus its radio and press Space.
  await fieldRadio.focus();
  await page.keyboard.press("Space");
  await expect(fieldRadio).toBeChecked();
  const found = preview.getByRole("list", { name: "Categories found" });
  await expect(preview).toContainText(`10 of the 10 tickets in this file get a category from custom field ${field}:`);
  await expect(found.getByRole("listitem")).toHaveText(Object.entries(byField).map(([c, n]) => `${c} ${n}`));
  await page.screenshot({ path: "test-results/screenshots/zendesk-category-chosen.png", fullPage: true });

  await page.getByRole("button", { name: "Start import" }).click();
  await expect(page.getByRole("progressbar", { name: "Import progress" })).toHaveAttribute("aria-valuenow", "100", { timeout: 45_000 });
  await expect(page.getByRole("status")).toContainText("Import complete");
  await expect(page.getByLabel("Import counts")).toContainText("Imported10");
  await expect(page.getByText(`Categories: 10 of 10 tickets from custom field ${field}.`)).toBeVisible();
  await expect(page.getByRole("list", { name: "Import steps" }).getByRole("listitem")).toHaveText(["1. Upload", "2. Category", "3. Import"]);
  await page.screenshot({ path: "test-results/screenshots/zendesk-category-done.png", fullPage: true });

  await page.getByRole("link", { name: "Open the audit" }).click();
  await expect(page).toHaveURL(/\/history-audit$/);
  // The stored audit may predate the import: re-run it, then every category of the field is listed with its count.
  await page.getByRole("button", { name: "Re-run audit" }).click();
  await expect(page.getByRole("button", { name: "Running audit…" })).toBeHidden({ timeout: 60_000 });
  const table = page.getByRole("table", { name: "Categories" });
  // The table is paged; searching by name brings each category onto the page.
  const search = page.getByRole("searchbox", { name: "Search categories" });
  for (const [category, tickets] of Object.entries(byField)) {
    await search.fill(category);
    const row = table.getByRole("row").filter({ has: page.getByRole("cell", { name: category, exact: true }) });
    await expect(row.getByRole("cell").nth(1)).toHaveText(String(tickets), { timeout: 60_000 });
  }
  await search.fill("shipping_delay");
  await table.getByRole("button", { name: "Show details of shipping_delay" }).click();
  await expect(page.getByRole("list", { name: "Latest tickets of shipping_delay" })).toContainText("Tent order still not dispatched");
  await table.getByRole("cell", { name: "shipping_delay", exact: true }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/screenshots/zendesk-category-audit.png" });

  // The next Zendesk upload from the same source starts from the remembered field; re-importing changes nothing.
  await uploadFixture(page);
  await expect(page.getByRole("radio", { name: `Custom field ${field}` })).toBeChecked();
  await expect(page.getByRole("list", { name: "Categories found" }).getByRole("listitem")).toHaveCount(Object.keys(byField).length);
  await page.getByRole("button", { name: "Start import" }).click();
  await expect(page.getByRole("status")).toContainText("Import complete", { timeout: 45_000 });
  await expect(page.getByLabel("Import counts")).toContainText("Unchanged10");
});
