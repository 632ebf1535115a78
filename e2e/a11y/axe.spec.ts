import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { appRoutes, createPageIds, removePageIds, settled, urlOf } from "./app-pages";

/**
 * Every page of the app passes axe with no serious or critical violation (WCAG 2.1 A and AA rules), and the
 * first controls a keyboard user tabs to each show a visible focus indicator.
 */

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const TABS_PER_PAGE = 20;

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help}; at ${v.nodes.slice(0, 4).map((n) => n.target.join(" ")).join(" | ")}`);
}

/**
 * Tabs through the page; every focused element must show an outline or a ring (box-shadow) it does not have
 * unfocused: an element with a permanent shadow and no focus style shows nothing new when focused. Transitions
 * are switched off first, so both readings are the settled styles.
 */
async function focusWithoutIndicator(page: Page): Promise<string[]> {
  await page.addStyleTag({ content: "*, *::before, *::after { transition: none !important; animation: none !important; }" });
  await page.locator("body").click({ position: { x: 1, y: 1 } });
  const missing: string[] = [];
  for (let i = 0; i < TABS_PER_PAGE; i++) {
    await page.keyboard.press("Tab");
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (el === null || el === document.body) return null;
      const indicator = () => {
        const style = getComputedStyle(el);
        const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0 ? `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}` : "none";
        return { outline, shadow: style.boxShadow === "" ? "none" : style.boxShadow };
      };
      const focused = indicator();
      el.blur();
      const unfocused = indicator();
      // Back where it was, so the next Tab moves on from this element.
      el.focus({ preventScroll: true });
      const visible = (focused.outline !== "none" && focused.outline !== unfocused.outline) || (focused.shadow !== "none" && focused.shadow !== unfocused.shadow);
      const name = el.getAttribute("aria-label") ?? el.textContent?.trim().slice(0, 40) ?? "";
      return { visible, what: `${el.tagName.toLowerCase()} "${name}"` };
    });
    if (focus === null) break;
    if (!focus.visible) missing.push(focus.what);
  }
  return missing;
}

test.use({ viewport: { width: 1440, height: 900 } });

test("every page has no serious accessibility violation and a visible keyboard focus", async ({ page, request }) => {
  test.setTimeout(600_000);
  const ids = await createPageIds(request);
  const routes = appRoutes();
  expect(routes.length).toBeGreaterThan(20);
  const problems: string[] = [];
  try {
    for (const route of routes) {
      const url = urlOf(route, ids);
      await page.goto(url);
      await settled(page);
      for (const v of await seriousViolations(page)) problems.push(`${url}: ${v}`);
      for (const what of await focusWithoutIndicator(page)) problems.push(`${url}: no visible focus on ${what}`);
    }
  } finally {
    await removePageIds(request, ids);
  }
  // The audit, with a category's details open, and the backtest's rules and charts are where the long tables are.
  await page.goto("/history-audit");
  await page.getByRole("table", { name: "Categories" }).getByRole("button", { name: /^Show details of/ }).first().click();
  await settled(page);
  for (const v of await seriousViolations(page)) problems.push(`/history-audit (details open): ${v}`);
  expect(problems).toEqual([]);
});

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("the sign-in page has no serious accessibility violation", async ({ page }) => {
    await page.goto("/sign-in");
    await settled(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
