import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signStudioRequest, startStudioReceiver, type StudioReceiver } from "../../tests/fakes/studio-receiver";
import { mutate } from "../support/trpc";

/**
 * Settings → Connections → "Your own system (signed webhook)", as a developer's admin sets it up: the studio makes up
 * the signing secret and shows it once, right after saving, never again; the set-up steps give the webhook address,
 * the headers and code that signs a request; "Test connection" pings the callback address, signed; a request signed
 * with the secret is taken and one signed with another is refused, as the status line says.
 */
const SHOTS = "test-results/screenshots";
let receiver: StudioReceiver;
let secret = "";

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
}

test.beforeAll(async () => {
  receiver = await startStudioReceiver({ secret: () => secret, name: "Acme support desk" });
});

test.afterAll(async () => {
  await receiver.close();
});

test.afterEach(async ({ request }) => {
  const response = await request.get("/api/trpc/connections.list");
  const body = (await response.json()) as { result?: { data: { json: Array<{ id: string; name: string }> } } };
  for (const c of body.result?.data.json ?? []) if (c.name.startsWith("Acme own system")) await mutate(request, "connections.delete", { id: c.id });
});

test("an admin connects their own system: the secret is shown once, the guide shows how to sign, and signed requests come in", async ({ page, request }) => {
  const name = `Acme own system ${Date.now().toString(36)}`;
  await page.goto("/settings/connections");
  await page.getByRole("button", { name: "Add connection" }).click();
  await page.getByRole("radio", { name: "Your own system (signed webhook)" }).check();
  const form = page.getByRole("form", { name: "New Your own system connection" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Callback address").fill(receiver.url);
  // Left empty: the studio makes the signing secret up.
  await expect(form.getByLabel("Signing secret")).toHaveValue("");
  await form.getByRole("button", { name: "Add connection" }).click();

  const once = page.getByRole("region", { name: "Copy your new secret" });
  await expect(once.getByText("Copy this secret now: the studio shows it only this once.")).toBeVisible();
  secret = (await once.locator('[data-secret="signingSecret"]').textContent()) ?? "";
  expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
  await expect(once.getByRole("button", { name: "Copy the signing secret" })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/own-system-secret-once.png`, fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
  await once.getByRole("button", { name: "I have copied it — open the connection" }).click();

  await page.waitForURL(/\/settings\/connections\/[^/?]+\?added=1$/);
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  expect(await page.content()).not.toContain(secret);
  const id = new URL(page.url()).pathname.split("/").at(-1)!;
  const webhookUrl = `${new URL(page.url()).origin}/api/webhooks/helpdesk/${id}`;

  const guide = page.getByRole("region", { name: "Set up in your system" });
  await expect(guide.getByText(webhookUrl, { exact: true })).toBeVisible();
  await expect(guide.getByText(/X-Studio-Signature is "v1=" followed by the hex HMAC-SHA256/)).toBeVisible();
  await expect(guide.getByRole("heading", { name: "Signing and sending in Node.js" })).toBeVisible();
  await expect(guide.getByLabel("Signing and sending in a shell (openssl and curl)", { exact: true })).toContainText("openssl dgst -sha256 -hmac");
  await expect(guide.getByLabel("A customer's message", { exact: true })).toContainText('"type": "message.added"');
  await expect(page.getByRole("region", { name: "Mappings" }).getByText(/Nothing to map/)).toBeVisible();

  await page.getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByText(`Connected as Acme support desk at ${receiver.url}.`)).toBeVisible();
  expect(receiver.violations).toEqual([]);
  expect(receiver.accepted.map((r) => r.body)).toEqual([{ type: "ping" }]);

  // A ticket signed with the secret is taken; one signed with a guess is refused, and the status line says why.
  const rawBody = JSON.stringify({ externalId: `T-${Date.now()}`, subject: "Where is my order?", body: "Ordered Monday.", customer: { externalId: "C-42", email: "dana@example.com" } });
  const taken = await request.post(webhookUrl, { headers: signStudioRequest(secret, rawBody), data: rawBody });
  expect(taken.status()).toBe(200);
  expect(await taken.json()).toMatchObject({ ok: true, ticketsCreated: 1 });
  const forged = await request.post(webhookUrl, { headers: signStudioRequest("a guessed secret that is long enough 0123456789", rawBody), data: rawBody });
  expect(forged.status()).toBe(401);
  await page.reload();
  const status = page.getByRole("region", { name: "Status" });
  await expect(status.locator("dd").nth(1)).toContainText("just now");
  await expect(status.getByText(/signature does not match/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/own-system-connection.png`, fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);

  // The saved secret is never sent back.
  const settings = page.getByRole("form", { name: `Edit connection ${name}` });
  await expect(settings.getByLabel("Signing secret")).toHaveValue("");
  await expect(settings.getByLabel("Signing secret")).toHaveAttribute("placeholder", "saved — leave empty to keep");
  expect(await page.content()).not.toContain(secret);
});
