import { chromium, type FullConfig } from "@playwright/test";
import { ADMIN, STORAGE_STATE } from "./admin";
import { signInAs } from "./sign-in";

/** Signs in once as the admin and saves the session, which every spec's page and request use. */
export default async function globalSetup(config: FullConfig): Promise<void> {
  const { baseURL, launchOptions } = config.projects[0]!.use;
  const browser = await chromium.launch(launchOptions);
  try {
    const page = await browser.newPage({ baseURL });
    await signInAs(page, ADMIN.email, ADMIN.password);
    await page.context().storageState({ path: STORAGE_STATE });
  } finally {
    await browser.close();
  }
}
