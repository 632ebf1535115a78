import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/**
 * Settings as an admin edits them: a queue (created, renamed, described, given skills), an agent's capacity and
 * working hours, the workspace's business hours, time zone and a holiday. Impossible values are refused as they
 * are typed, with a sentence next to the field. Every change survives a reload.
 */

async function noRoadmapText(page: Page) {
  await expect(page.getByText(/not built yet|read-only|later issue/i)).toHaveCount(0);
}

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
}

test("an admin creates, renames and describes a queue", async ({ page }) => {
  const name = `vip-${Date.now().toString(36)}`;
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  await noRoadmapText(page);

  await page.getByRole("button", { name: "New queue" }).click();
  const create = page.getByRole("form", { name: "New queue" });
  await create.getByLabel("Name").fill(name);
  await create.getByLabel("Skills").fill("vip, vip");
  await expect(create.getByText("A skill is listed twice")).toBeVisible();
  await create.getByLabel("Skills").fill("vip");
  await create.getByRole("button", { name: "Create queue" }).click();
  await expect(page.getByText(`Created the queue “${name}”.`)).toBeVisible();

  // A second queue with the same name is refused under the name field.
  await page.getByRole("button", { name: "New queue" }).click();
  await page.getByRole("form", { name: "New queue" }).getByLabel("Name").fill(name);
  await page.getByRole("form", { name: "New queue" }).getByRole("button", { name: "Create queue" }).click();
  await expect(page.getByRole("form", { name: "New queue" }).getByText(`There is already a queue named “${name}”; pick another name.`)).toBeVisible();
  await page.getByRole("form", { name: "New queue" }).getByRole("button", { name: "Cancel" }).click();

  await page.getByRole("button", { name: `Edit queue ${name}` }).click();
  const edit = page.getByRole("form", { name: `Edit queue ${name}` });
  await edit.getByLabel("Name").fill(`${name}-care`);
  await edit.getByLabel("Description").fill("Enterprise customers with a named contact");
  await edit.getByLabel("Skills").fill("vip, german");
  await edit.getByRole("button", { name: "Save queue" }).click();
  await expect(page.getByText(`Saved the queue “${name}-care”.`)).toBeVisible();

  await page.reload();
  const row = page.getByRole("row", { name: new RegExp(`${name}-care`) });
  await expect(row).toContainText("Enterprise customers with a named contact");
  await expect(row).toContainText("german");
  await page.screenshot({ path: "test-results/screenshots/settings-queues.png", fullPage: true });
});

test("an admin changes an agent's capacity and working hours; an impossible capacity gets a sentence", async ({ page }) => {
  await page.goto("/settings/agents");
  await expect(page.getByRole("heading", { name: "Agents", level: 1 })).toBeVisible();
  await noRoadmapText(page);
  await page.getByRole("button", { name: "Edit agent Maya Okafor" }).click();
  const form = page.getByRole("form", { name: "Edit agent Maya Okafor" });

  const capacity = form.getByLabel("Capacity (most open tickets at once)");
  await capacity.fill("0");
  await expect(form.getByText("Capacity must be at least 1 open ticket")).toBeVisible();
  await expect(capacity).toHaveAttribute("aria-invalid", "true");
  await page.screenshot({ path: "test-results/screenshots/settings-agent-capacity-error.png", fullPage: true });
  await capacity.fill("12");
  await expect(form.getByText("Capacity must be at least 1 open ticket")).toHaveCount(0);

  await form.getByLabel("Own hours").check();
  await form.getByLabel("Friday", { exact: true }).uncheck();
  await form.getByLabel("Monday opens at").fill("08:00");
  await form.getByLabel("Monday closes at").fill("07:00");
  await expect(form.getByText("The day must end after it starts")).toBeVisible();
  await form.getByLabel("Monday closes at").fill("16:00");
  await expect(form.getByText("The day must end after it starts")).toHaveCount(0);
  await form.getByRole("button", { name: "Save agent" }).click();
  await expect(page.getByText("Saved Maya Okafor.")).toBeVisible();

  await page.reload();
  const row = page.getByRole("row", { name: /Maya Okafor/ });
  await expect(row).toContainText("/ 12");
  await expect(row).toContainText("Mon 08:00–16:00, Tue–Thu 09:00–17:00");
  await page.screenshot({ path: "test-results/screenshots/settings-agents.png", fullPage: true });
});

test("an admin sets business hours, the time zone and a holiday; wrong values are explained as they are typed", async ({ page }) => {
  await page.goto("/settings/business-hours");
  await expect(page.getByRole("heading", { name: "Business hours", level: 1 })).toBeVisible();
  await noRoadmapText(page);
  const form = page.getByRole("form", { name: "Business hours" });

  const zone = form.getByLabel("Time zone");
  await zone.fill("Mars/Olympus");
  await expect(form.getByText("Not a time zone we know: use a name such as Europe/Paris or America/New_York")).toBeVisible();
  await expect(zone).toHaveAttribute("aria-invalid", "true");
  await zone.fill("Europe/Paris");
  await expect(form.getByText(/^Now: .*\(Europe\/Paris\)/)).toBeVisible();

  await form.getByLabel("Saturday", { exact: true }).check();
  await form.getByLabel("Saturday opens at").fill("10:00");
  await form.getByLabel("Saturday closes at").fill("09:30");
  await expect(form.getByText("The day must end after it starts")).toBeVisible();
  await form.getByRole("button", { name: "Save business hours" }).click();
  await expect(form.getByRole("alert")).toHaveText("Fix the field marked in red, then save again.");
  await page.screenshot({ path: "test-results/screenshots/settings-business-hours-error.png", fullPage: true });
  await form.getByLabel("Saturday closes at").fill("14:00");

  await form.getByLabel("Date").fill("2026-12-25");
  await form.getByLabel("Holiday name").fill("Christmas Day");
  await form.getByRole("button", { name: "Add holiday" }).click();
  await expect(form.getByRole("list", { name: "Holidays" })).toContainText("2026-12-25Christmas Day");
  // The same date twice is refused next to the date.
  await form.getByLabel("Date").fill("2026-12-25");
  await expect(form.getByText("2026-12-25 is already a holiday")).toBeVisible();
  await form.getByLabel("Date").fill("");

  await form.getByRole("button", { name: "Save business hours" }).click();
  await expect(form.getByRole("status")).toContainText("Saved.");

  await page.reload();
  await expect(form.getByLabel("Time zone")).toHaveValue("Europe/Paris");
  await expect(form.getByLabel("Saturday closes at")).toHaveValue("14:00");
  await expect(form.getByRole("list", { name: "Holidays" })).toContainText("Christmas Day");
  await page.screenshot({ path: "test-results/screenshots/settings-business-hours.png", fullPage: true });

  await page.goto("/settings/audit-log");
  await expect(page.getByText("Changed business hours").first()).toBeVisible();
});

test("the settings pages and their open forms have no serious accessibility violation", async ({ page }) => {
  const problems: string[] = [];
  await page.goto("/settings");
  await page.getByRole("button", { name: "New queue" }).click();
  problems.push(...(await seriousViolations(page)));
  await page.goto("/settings/agents");
  await page.getByRole("button", { name: "Edit agent Luis Romero" }).click();
  await page.getByRole("form", { name: "Edit agent Luis Romero" }).getByLabel("Own hours").check();
  problems.push(...(await seriousViolations(page)));
  await page.goto("/settings/business-hours");
  await expect(page.getByRole("form", { name: "Business hours" })).toBeVisible();
  problems.push(...(await seriousViolations(page)));
  expect(problems).toEqual([]);
});
