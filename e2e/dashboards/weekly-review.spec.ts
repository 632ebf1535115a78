import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "../auth/sign-in";
import { mutate } from "../support/trpc";

/**
 * The weekly review as a manager: /review opens this week's review; a flow version published just now is in it
 * after a rebuild; the manager checks it off and writes a note on it and on the review, both kept over a reload,
 * and downloads the review as Markdown (with the check and the note) and as a PDF. "shadow" stays the shadow review,
 * and a label that is not a week says so.
 */
async function shot(page: Page, name: string) {
  const path = test.info().outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await test.info().attach(name, { path, contentType: "image/png" });
}

test("a manager opens this week's review, checks an item off, writes notes and exports Markdown and PDF", async ({ browser, request }) => {
  test.setTimeout(240_000);
  const marker = `wr${Date.now().toString(36)}`;
  const flowName = `Weekly review ${marker}`;
  const flow = await mutate<{ id: string }>(request, "flows.create", { template: "tier1-password-reset", name: flowName });
  await mutate(request, "flows.publish", { flowId: flow.id, message: `Published for ${marker}` });

  const email = `manager-review-${Date.now()}@e2e.studio.local`;
  const password = "manager-password-1";
  await mutate(request, "users.create", { email, name: "Morgan Manager", role: "manager", password });
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
  const page = await context.newPage();
  await signInAs(page, email, password, "/review");

  await expect(page).toHaveURL(/\/review\/\d{4}-W\d{2}$/);
  const week = page.url().split("/").pop()!;
  await expect(page.getByRole("heading", { name: `Weekly review ${week}` })).toBeVisible();
  // The review may have been built before this flow was published: the week under way can be rebuilt. The button
  // is enabled once the page is interactive, and a rebuild reads every section again, which a busy machine makes slow.
  await page.getByRole("button", { name: "Rebuild" }).click();
  const versions = page.getByRole("region", { name: "Flow versions published this week" });
  const item = versions.getByRole("listitem", { name: `${flowName} v1` });
  await expect(item).toBeVisible({ timeout: 30_000 });
  await expect(item).toContainText(`Published for ${marker}`);

  await item.getByRole("checkbox", { name: `Checked off: ${flowName} v1` }).check();
  await expect(item).toContainText(`Checked off by ${email}`);
  await item.getByRole("button", { name: `Add a note on ${flowName} v1` }).click();
  await item.getByRole("textbox", { name: `Note on ${flowName} v1` }).fill("Watch the password resets next week.");
  await item.getByRole("button", { name: "Save note" }).click();
  await expect(item.getByText("Watch the password resets next week.")).toBeVisible();

  const reviewNote = page.getByRole("region", { name: "Review note" });
  await reviewNote.getByRole("button", { name: "Add a note on the whole review" }).click();
  await reviewNote.getByRole("textbox", { name: "Review note" }).fill("A quiet week; the password flow went out.");
  await reviewNote.getByRole("button", { name: "Save note" }).click();
  await expect(reviewNote).toContainText(email);

  await page.reload();
  await expect(item.getByRole("checkbox", { name: `Checked off: ${flowName} v1` })).toBeChecked();
  await expect(item).toContainText("Watch the password resets next week.");
  await expect(reviewNote).toContainText("A quiet week; the password flow went out.");
  await shot(page, "weekly-review");

  const [markdown] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Markdown" }).click()]);
  expect(markdown.suggestedFilename()).toBe(`weekly-review-${week}.md`);
  const md = readFileSync((await markdown.path())!, "utf8");
  expect(md).toContain(`# Weekly review ${week}`);
  expect(md).toContain(`- [x] ${flowName} v1 _(checked by ${email},`);
  expect(md).toContain("Watch the password resets next week.");
  expect(md).toContain("A quiet week; the password flow went out.");

  const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "PDF" }).click()]);
  expect(pdf.suggestedFilename()).toBe(`weekly-review-${week}.pdf`);
  const bytes = readFileSync((await pdf.path())!);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");

  // The previous week by keyboard, then a label that is not a week.
  await page.keyboard.press("ArrowLeft");
  await expect(page).not.toHaveURL(new RegExp(`${week}$`));
  await expect(page.getByRole("heading", { name: /^Weekly review \d{4}-W\d{2}$/ })).toBeVisible();
  await shot(page, "weekly-review-previous-week");
  await page.goto("/review/last-week");
  await expect(page.getByText("“last-week” is not a week")).toBeVisible();
  await page.goto("/review/shadow");
  await expect(page.getByRole("heading", { name: "Shadow review" })).toBeVisible();
  await context.close();
});
