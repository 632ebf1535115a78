import path from "node:path";

/** The first admin `npm start` creates on the e2e run's fresh database (playwright.config.ts passes these). */
export const ADMIN = { email: "admin@e2e.studio.local", password: "e2e-admin-password" } as const;

/** Where the admin's signed-in browser state is saved for every spec. */
export const STORAGE_STATE = path.join("test-results", ".auth", "admin.json");
