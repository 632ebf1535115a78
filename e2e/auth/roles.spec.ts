import { expect, test, type Browser } from "@playwright/test";
import { signInAs } from "./sign-in";

/**
 * Sign-in and roles end to end: a signed-out visitor gets nothing but the sign-in page (and 401 from tRPC);
 * the admin creates a designer, who can edit a draft but not publish it (no button, and 403 from the server).
 */
const SHOTS = "test-results/screenshots";

async function signedOutPage(browser: Browser) {
  // A fresh context without the admin's storage state.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  return { context, page: await context.newPage() };
}

test("a signed-out visitor sees nothing but the sign-in page, and tRPC answers 401", async ({ browser, request }) => {
  const flows = await request.get("/api/trpc/flows.list");
  const flowId = ((await flows.json()) as { result: { data: { json: Array<{ id: string }> } } }).result.data.json[0]!.id;

  const { context, page } = await signedOutPage(browser);
  for (const path of ["/flows", "/inbox", `/flows/${flowId}/edit`, "/settings/users"]) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?next=${encodeURIComponent(path).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  }
  await page.screenshot({ path: `${SHOTS}/signed-out-sign-in.png`, fullPage: true });

  const list = await context.request.get("/api/trpc/flows.list");
  expect(list.status()).toBe(401);
  const publish = await context.request.post("/api/trpc/flows.publish", { data: { json: { flowId } } });
  expect(publish.status()).toBe(401);

  await page.getByLabel("Email").fill("nobody@example.com");
  await page.getByLabel("Password").fill("wrong-password");
  await page.getByLabel("Password").press("Enter");
  // By id: Next's route announcer is an (empty) alert too.
  await expect(page.locator("#sign-in-error")).toHaveText("That email and password do not match an account.");
  await expect(page.getByLabel("Password")).toBeFocused(); // still typing-ready
  await page.screenshot({ path: `${SHOTS}/sign-in-error.png`, fullPage: true });
  await context.close();
});

test("the admin creates a designer, who can edit a draft but cannot publish", async ({ page, browser }) => {
  const email = `designer-${Date.now()}@e2e.studio.local`;
  const password = "designer-password-1";
  await page.goto("/settings/users");
  const form = page.getByRole("form", { name: "New user" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Name").fill("Dana Designer");
  await form.getByLabel("Role").selectOption("designer");
  await form.getByLabel("Initial password").fill(password);
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("status")).toHaveText(`Created ${email} (designer).`);
  await expect(page.getByRole("cell", { name: email })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/settings-users.png`, fullPage: true });

  const { context, page: designer } = await signedOutPage(browser);
  await signInAs(designer, email, password);
  await expect(designer.getByTestId("user-role")).toHaveText("designer");

  // A draft of their own: create it from a template in the UI, then open the editor.
  await designer.goto("/flows/new");
  await designer.getByLabel("Name").fill(`Designer draft ${Date.now()}`);
  await designer.getByText("Blank", { exact: true }).click();
  await designer.getByRole("button", { name: "Create and open the editor" }).click();
  await designer.waitForURL(/\/flows\/[^/]+\/edit$/);
  const flowId = new URL(designer.url()).pathname.split("/")[2]!;
  await expect(designer.getByTestId("node-trigger")).toBeVisible();
  await expect(designer.getByTestId("save-state")).toBeVisible();
  await expect(designer.getByTestId("publish")).toHaveCount(0);
  await designer.screenshot({ path: `${SHOTS}/designer-editor-no-publish.png`, fullPage: true });

  const saved = await designer.request.post("/api/trpc/flows.saveDraft", {
    data: { json: { flowId, graph: { nodes: [], edges: [] } } },
  });
  expect(saved.status()).toBe(200);
  const publish = await designer.request.post("/api/trpc/flows.publish", { data: { json: { flowId } } });
  expect(publish.status()).toBe(403);
  const body = (await publish.json()) as { error: { json: { message: string } } };
  expect(body.error.json.message).toBe("Publishing needs the publisher or admin role; you are a designer");

  await designer.goto("/settings/users");
  await expect(designer.getByText("Managing users needs the admin role; you are a designer")).toBeVisible();
  await designer.screenshot({ path: `${SHOTS}/designer-users-refused.png`, fullPage: true });
  await context.close();
});
