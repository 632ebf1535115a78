import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { signInAs } from "../auth/sign-in";
import { mutate } from "../support/trpc";

/**
 * Business signals as a manager: an imported history where one category tripled in its last week against its
 * own previous eight (and another stayed flat) shows the rising category with its trend and examples; its tickets
 * open from the card; a read-only link opens signed out with the same figures and no way into the tickets, and
 * stops working once revoked. Days in March 2025, which no other spec's tickets use.
 */
const SHOTS = "test-results/screenshots";
const TO = "2025-03-09";
const stamp = Date.now().toString(36).replace(/[0-9]/g, "");
const RISING = `checkout ${stamp}`;
const FLAT = `billing ${stamp}`;

async function shot(page: Page, name: string) {
  const path = `${SHOTS}/${name}.png`;
  await page.waitForTimeout(500); // the charts settle their size before the screenshot
  await page.screenshot({ path, fullPage: true });
  await test.info().attach(name, { path, contentType: "image/png" });
}

const day = (offset: number) => new Date(Date.parse(`${TO}T10:00:00.000Z`) + offset * 86_400_000);

/** Nine weeks ending on TO: the rising category 6 a week then 24; the flat one 10 every week. */
function history(): string {
  const lines = ["id,created,subject,message,topic,page,customer,resolved"];
  let n = 0;
  const row = (category: string, created: Date, subject: string, page: string, customer: string) => {
    n++;
    const resolved = new Date(created.getTime() + 3_600_000).toISOString();
    lines.push([`SIG-${stamp}-${n}`, created.toISOString(), `"${subject}"`, `"${subject}. Please help."`, category, page, customer, resolved].join(","));
  };
  for (let week = 8; week >= 0; week--) {
    const current = week === 0;
    for (let i = 0; i < (current ? 24 : 6); i++) {
      row(RISING, day(-week * 7 - (i % 7)), `Checkout button does nothing ${stamp} #${n + 1}`, "https://shop.example.com/checkout/payment?step=2", `c-${stamp}-${n}`);
    }
    for (let i = 0; i < 10; i++) row(FLAT, day(-week * 7 - (i % 7)), `Invoice question ${stamp} #${n + 1}`, "https://shop.example.com/account/invoices", `b-${stamp}-${n}`);
  }
  return `${lines.join("\n")}\n`;
}

async function importHistory(request: APIRequestContext) {
  const upload = await request.post(`/api/history-import?format=csv&name=signals-${stamp}.csv&source=e2e-signals-${stamp}`, {
    data: history(),
    headers: { "content-type": "text/csv" },
  });
  expect(upload.status(), await upload.text()).toBe(201);
  const { job } = (await upload.json()) as { job: { id: string } };
  const columns = { externalId: "id", createdAt: "created", subject: "subject", body: "message", category: "topic", pageUrl: "page", customerId: "customer", resolvedAt: "resolved" };
  await mutate(request, "historyImport.start", { jobId: job.id, mapping: { columns } });
  await expect
    .poll(async () => {
      const response = await request.get(`/api/trpc/historyImport.job?input=${encodeURIComponent(JSON.stringify({ json: { id: job.id } }))}`);
      return ((await response.json()) as { result?: { data: { json: { status: string } } } }).result?.data.json.status;
    }, { timeout: 60_000 })
    .toBe("completed");
}

async function signedOut(browser: Browser) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, viewport: { width: 1440, height: 1000 } });
  return { context, page: await context.newPage() };
}

test("a manager sees a rising category, opens its tickets, and shares the signals as a read-only link", async ({ browser, request }) => {
  test.setTimeout(600_000);
  await importHistory(request);
  const email = `manager-signals-${stamp}@e2e.studio.local`;
  const password = "manager-password-1";
  await mutate(request, "users.create", { email, name: "Mina Manager", role: "manager", password });
  const { context, page } = await signedOut(browser);
  await signInAs(page, email, password, `/signals?to=${TO}`);

  // The imported tickets reach the rollup through the worker's refresher, after the demo history it counts first.
  const card = page.getByRole("listitem", { name: RISING });
  await expect(async () => {
    await page.goto(`/signals?to=${TO}`);
    await expect(page.getByRole("heading", { name: "Signals", level: 1 })).toBeVisible();
    await expect(card).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 420_000, intervals: [10_000] });
  await expect(card).toContainText("24 tickets in the last 7 days where about 6 were expected");
  await expect(card).toContainText("very unlikely to be chance");
  await expect(card.getByRole("figure", { name: `${RISING}: tickets per week` }).locator(".recharts-bar-rectangle")).toHaveCount(9);
  await expect(card.getByRole("link", { name: /Checkout button does nothing/ })).toHaveCount(3);
  await expect(page.getByRole("listitem", { name: FLAT })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Friction by page" }).getByRole("listitem", { name: "/checkout/payment" })).toContainText("Rising");
  await shot(page, "signals");

  // The rising category's tickets, 20 at a time, each opening in the inbox.
  await card.getByRole("button", { name: "Open its 24 tickets" }).click();
  const list = card.getByRole("region", { name: `Tickets in ${RISING}` });
  await expect(list.getByRole("status")).toHaveText("Showing 20 of 24 tickets from the last 7 days");
  await list.getByRole("button", { name: "Show more" }).click();
  await expect(list.getByRole("status")).toHaveText("Showing 24 of 24 tickets from the last 7 days");
  await shot(page, "signals-category-tickets");
  const first = list.getByRole("link").first();
  const subject = (await first.textContent())!;
  await first.click();
  await expect(page).toHaveURL(/\/inbox\/[^/]+$/);
  await expect(page.getByText(subject).first()).toBeVisible();

  // A read-only link, opened signed out: the same signals, subjects without links into the app.
  await page.goto(`/signals?to=${TO}`);
  await page.getByRole("button", { name: "Share a read-only link" }).click();
  const linkBox = page.getByRole("textbox", { name: `Shared link for the 7 days ending ${TO}` }).first();
  await expect(linkBox).toHaveValue(/\/shared\/signals\/[A-Za-z0-9_-]{43}$/);
  const url = await linkBox.inputValue();
  const outside = await signedOut(browser);
  await outside.page.goto(url);
  await expect(outside.page).toHaveURL(url);
  const shared = outside.page.getByRole("listitem", { name: RISING });
  await expect(shared).toContainText("24 tickets in the last 7 days where about 6 were expected");
  await expect(shared).toContainText(/Checkout button does nothing/);
  await expect(outside.page.locator('a[href^="/inbox/"]')).toHaveCount(0);
  await expect(outside.page.getByRole("button", { name: /Open its/ })).toHaveCount(0);
  await shot(outside.page, "signals-shared-link");

  // The downloads: for a signed-in reader, and through the link (no ticket ids either way in the files).
  const csv = await request.get(`/api/signals/export?format=csv&to=${TO}&origin=all`);
  expect(csv.headers()["content-disposition"]).toBe(`attachment; filename="signals-${TO}.csv"`);
  expect(await csv.text()).toContain(`rising category,${RISING},24,6,,,,yes,very unlikely to be chance,`);
  const token = url.split("/").at(-1)!;
  const markdown = await outside.page.request.get(`/api/signals/export?format=markdown&token=${token}`);
  expect(await markdown.text()).toContain(`- **${RISING}**: 24 tickets, 6 expected, very unlikely to be chance.`);

  // Revoked, the link shows why it no longer works.
  await page.getByRole("listitem").filter({ has: page.getByRole("textbox", { name: `Shared link for the 7 days ending ${TO}` }) }).first().getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByRole("textbox", { name: `Shared link for the 7 days ending ${TO}` })).toHaveCount(0);
  await outside.page.reload();
  await expect(outside.page.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
  expect((await outside.page.request.get(`/api/signals/export?format=csv&token=${token}`)).status()).toBe(404);
  await shot(outside.page, "signals-shared-link-revoked");
  await outside.context.close();
  await context.close();
});
