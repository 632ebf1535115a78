import path from "node:path";

/** The first admin of the security suite's own product (playwright.security.config.ts passes these to `npm start`). */
export const SECURITY_ADMIN = { email: "admin@security.studio.local", password: "security-admin-password" } as const;

/** The generic webhook's signing secret the suite's product is started with: attackers are assumed not to have it. */
export const SECURITY_WEBHOOK_SECRET = "security-suite-webhook-secret-0123456789";

/** Where the admin's signed-in state is saved: every spec's page and `request` fixture carry it. */
export const SECURITY_STORAGE_STATE = path.join("test-results-security", ".auth", "admin.json");
