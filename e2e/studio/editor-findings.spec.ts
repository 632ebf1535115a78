import { expect, test, type Page, type Route } from "@playwright/test";
import { mutate } from "../support/trpc";

/**
 * The flow editor as a new user found it: nothing lost when leaving with an unsaved edit, a rule still being
 * written survives reload, undo reaches past a save, the palette and problems fold away, big flows open
 * readable, flows can be renamed, and a new flow may not take another flow's name.
 */
const SHOTS = "test-results/screenshots";
const stamp = () => `${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;

async function createFlow(page: Page, input: { name: string; template?: string }): Promise<string> {
  const flow = await mutate<{ id: string }>(page.request, "flows.create", input);
  return flow.id;
}

/** Holds every autosave until released, so the editor stays "unsaved" for as long as a step needs. */
async function holdSaves(page: Page): Promise<() => Promise<void>> {
  const held: Route[] = [];
  let releasing = false;
  const isSave = (url: URL) => url.pathname.includes("flows.saveDraft");
  await page.route(isSave, (route) => (releasing ? route.continue() : void held.push(route)));
  return async () => {
    releasing = true;
    for (const route of held.splice(0)) await route.continue();
    await page.unroute(isSave);
  };
}

/** The canvas zoom, read from React Flow's viewport transform ("translate(…) scale(z)"). */
async function zoomOf(page: Page): Promise<number> {
  const transform = await page.locator(".react-flow__viewport").evaluate((el) => (el as HTMLElement).style.transform);
  const match = /scale\(([\d.]+)\)/.exec(transform);
  if (match === null) throw new Error(`no zoom in the viewport transform "${transform}"`);
  return Number(match[1]);
}

test.describe("the flow editor at 1440×900", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("asks before leaving with an unsaved edit, keeps rules being written, undoes past a save", async ({ page }) => {
    const flowId = await createFlow(page, { name: `Guarded ${stamp()}` });
    await page.goto(`/flows/${flowId}/edit`);
    const canvas = page.getByTestId("canvas");
    const saveState = page.getByTestId("save-state");
    await expect(canvas).toHaveAttribute("data-nodes", "1");

    // An edit the server does not have yet; the sidebar's "Flows" asks first. Escape stays, the node stays.
    const release = await holdSaves(page);
    await page.getByTestId("palette-end").click();
    await expect(canvas).toHaveAttribute("data-nodes", "2");
    await expect(saveState).toHaveText(/Unsaved|Saving/);
    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.getByRole("link", { name: "Flows", exact: true }).click();
    const leave = page.getByRole("dialog", { name: "Leave with unsaved changes?" });
    await expect(leave).toBeVisible();
    await expect(leave.getByRole("button", { name: "Stay" })).toBeFocused();
    await page.screenshot({ path: `${SHOTS}/editor-leave-guard.png`, fullPage: true });
    await page.keyboard.press("Escape");
    await expect(leave).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`/flows/${flowId}/edit$`));
    await expect(canvas).toHaveAttribute("data-nodes", "2");

    // Leaving for real saves first; back in the editor the node is there.
    await nav.getByRole("link", { name: "Flows", exact: true }).click();
    await leave.getByRole("button", { name: "Save and leave" }).click();
    await release();
    await page.waitForURL(/\/flows$/);
    await page.goto(`/flows/${flowId}/edit`);
    await expect(canvas).toHaveAttribute("data-nodes", "2");
    await expect(page.getByTestId("node-end-1")).toBeVisible();

    // Undo reaches past an autosave: add a node, let it save, Ctrl+Z removes it.
    await page.getByTestId("palette-notify").click();
    await expect(canvas).toHaveAttribute("data-nodes", "3");
    await expect(saveState).toHaveText("Saved", { timeout: 15_000 });
    await page.locator(".react-flow__pane").click({ position: { x: 20, y: 20 } });
    await page.keyboard.press("Control+z");
    await expect(canvas).toHaveAttribute("data-nodes", "2");
    await expect(saveState).toHaveText("Saved", { timeout: 15_000 });

    // A condition with a rule that has no value yet survives reload, and its problem is pinned to it.
    await page.getByTestId("palette-condition").click();
    const panel = page.getByTestId("config-panel");
    await panel.getByRole("button", { name: "Rule", exact: true }).click();
    await expect(panel.getByTestId("rule-row")).toHaveCount(1);
    await expect(saveState).toHaveText("Saved", { timeout: 15_000 });
    await page.reload();
    const condition = page.getByTestId("node-condition-1");
    await condition.click();
    await expect(panel.getByTestId("rule-row")).toHaveCount(1);
    await expect(panel.getByText("Add at least one word").first()).toBeVisible();
    await expect(page.getByTestId("problems-panel")).toContainText('"condition-1"');

    // A word typed without Enter is part of the draft too.
    await panel.getByTestId("rule-row").locator("input").first().fill("refund");
    await expect(saveState).toHaveText("Saved", { timeout: 15_000 });
    await page.reload();
    await condition.click();
    await expect(panel.getByTestId("rule-row")).toContainText("refund");
    await expect(panel.getByText("Add at least one word")).toHaveCount(0);

    // The nested rule builder opens wide; Escape closes it.
    await panel.getByRole("button", { name: "Open wide editor" }).click();
    const wide = page.getByTestId("rule-builder-dialog");
    await expect(wide).toBeVisible();
    await expect((await wide.boundingBox())!.width).toBeGreaterThan(900);
    await page.screenshot({ path: `${SHOTS}/editor-wide-rules.png`, fullPage: true });
    await page.keyboard.press("Escape");
    await expect(wide).toBeHidden();

    // Palette and problems fold away, and stay folded on the next visit.
    await page.getByRole("button", { name: "Hide the node palette" }).click();
    await expect(page.getByTestId("palette-end")).toHaveCount(0);
    const problemsToggle = page.getByTestId("problems-panel").getByRole("button", { expanded: true });
    await problemsToggle.click();
    await expect(page.locator("#problems-list")).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("button", { name: "Show the node palette" })).toBeVisible();
    await expect(page.getByTestId("palette-end")).toHaveCount(0);
    await expect(page.getByTestId("problems-panel").getByRole("button", { expanded: false })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/editor-folded.png`, fullPage: true });
    await page.getByRole("button", { name: "Show the node palette" }).press("Enter");
    await expect(page.getByTestId("palette-end")).toBeVisible();
  });

  test("renames a flow, refusing another flow's name with a sentence", async ({ page }) => {
    const taken = `Taken ${stamp()}`;
    await createFlow(page, { name: taken });
    const flowId = await createFlow(page, { name: `Rename me ${stamp()}` });
    await page.goto(`/flows/${flowId}/edit`);
    await page.getByRole("button", { name: "Rename or describe the flow" }).click();
    const dialog = page.getByRole("dialog", { name: "Flow name and description" });
    const name = dialog.getByLabel("Name");
    await name.fill(taken.toUpperCase());
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog.getByRole("alert")).toHaveText(`Another flow is already called "${taken.toUpperCase()}". Pick a different name.`);
    await page.screenshot({ path: `${SHOTS}/editor-rename-taken.png`, fullPage: true });
    await name.fill("");
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog.getByRole("alert")).toHaveText("Give the flow a name.");
    const renamed = `Billing first ${stamp()}`;
    await name.fill(renamed);
    await dialog.getByLabel("Description (optional)").fill("Billing questions go to the billing team before anything else.");
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId("flow-name")).toHaveText(renamed);
    await page.reload();
    await expect(page.getByTestId("flow-name")).toHaveText(renamed);
  });

  test("a new flow offers a free name and refuses a taken or empty one next to the field", async ({ page }) => {
    const taken = `Existing ${stamp()}`;
    await createFlow(page, { name: taken });
    await page.goto("/flows/new");
    const name = page.getByLabel("Name");
    // The seeded workspace has a flow named like the template already: the offer is numbered.
    await page.getByText("Tiered support: automate, assist, escalate", { exact: true }).click();
    await expect(name).toHaveValue(/^Tiered support: automate, assist, escalate \(\d+\)$/);
    await name.fill(taken);
    await expect(page.locator("form").getByRole("alert")).toHaveText(`Another flow is already called "${taken}". Pick a different name.`);
    await page.getByRole("button", { name: "Create and open the editor" }).click();
    await expect(page).toHaveURL(/\/flows\/new$/);
    await page.screenshot({ path: `${SHOTS}/new-flow-taken-name.png`, fullPage: true });
    await name.fill("");
    await page.getByRole("button", { name: "Create and open the editor" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("Give the flow a name.");
    await expect(page).toHaveURL(/\/flows\/new$/);
  });
});

test.describe("the editor at 1280×800", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("opens the largest template readable, at its trigger, with a small minimap that can be hidden", async ({ page }) => {
    const flowId = await createFlow(page, { name: `Big ${stamp()}`, template: "tiered-support" });
    await page.goto(`/flows/${flowId}/edit`);
    const canvas = page.getByTestId("canvas");
    // Adapting the template to the workspace's labels may drop a few of its 29 nodes.
    await expect.poll(async () => Number(await canvas.getAttribute("data-nodes"))).toBeGreaterThan(20);
    const count = Number(await canvas.getAttribute("data-nodes"));
    await expect.poll(() => zoomOf(page)).toBeGreaterThanOrEqual(0.6);
    const box = (await canvas.boundingBox())!;
    const trigger = (await page.getByTestId("node-trigger").boundingBox())!;
    expect(trigger.x).toBeGreaterThanOrEqual(box.x);
    expect(trigger.x + trigger.width).toBeLessThan(box.x + box.width / 2);
    expect(trigger.y).toBeGreaterThanOrEqual(box.y);
    expect(trigger.y + trigger.height).toBeLessThanOrEqual(box.y + box.height);
    const minimap = page.locator(".react-flow__minimap");
    expect((await minimap.boundingBox())!.width).toBeLessThanOrEqual(160);
    await page.screenshot({ path: `${SHOTS}/editor-large-template.png`, fullPage: true });
    await page.getByRole("button", { name: "Hide the minimap" }).click();
    await expect(minimap).toHaveCount(0);

    // A node added from the palette lands clear of every other node.
    await page.getByTestId("palette-tag").click();
    await expect(canvas).toHaveAttribute("data-nodes", String(count + 1));
    const added = (await page.getByTestId("node-tag-1").boundingBox())!;
    for (const other of await page.locator(".react-flow__node").all()) {
      if ((await other.getAttribute("data-id")) === "tag-1") continue;
      const b = await other.boundingBox();
      if (b === null) continue;
      const overlap = added.x < b.x + b.width && added.x + added.width > b.x && added.y < b.y + b.height && added.y + added.height > b.y;
      expect(overlap, `tag-1 overlaps ${await other.getAttribute("data-id")}`).toBe(false);
    }
  });
});
