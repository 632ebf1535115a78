import { chromium, type FullConfig } from "@playwright/test";
import { signInAs } from "../../../e2e/auth/sign-in";
import { SECURITY_ADMIN, SECURITY_STORAGE_STATE } from "./product";

/** Signs in once as the admin, before any spec floods the sign-in endpoint, and saves the session. */
export default async function globalSetup(config: FullConfig): Promise<void> {
  const { baseURL, launchOptions } = config.projects[0]!.use;
  const browser = await chromium.launch(launchOptions);
  try {
    const page = await browser.newPage({ baseURL });
    await signInAs(page, SECURITY_ADMIN.email, SECURITY_ADMIN.password);
    await page.context().storageState({ path: SECURITY_STORAGE_STATE });
  } finally {
    await browser.close();
  }
}
