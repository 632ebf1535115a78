import { describe, expect, it } from "vitest";
import { ZZendeskSettingsSchema, zendeskApiUrl } from "./settings";

describe("Zendesk settings", () => {
  it("keeps only the subdomain of whatever address the admin typed", () => {
    for (const typed of ["acme", "Acme.zendesk.com", "https://acme.zendesk.com/agent/tickets/1"]) {
      expect(ZZendeskSettingsSchema.parse({ subdomain: typed, agentEmail: "Bot@Acme.example" })).toEqual({ subdomain: "acme", agentEmail: "bot@acme.example" });
    }
    expect(ZZendeskSettingsSchema.safeParse({ subdomain: "acme corp", agentEmail: "bot@acme.example" }).success).toBe(false);
    expect(ZZendeskSettingsSchema.safeParse({ subdomain: "acme", agentEmail: "not an email" }).success).toBe(false);
  });

  it("derives the API address from the subdomain, unless a base URL overrides it", () => {
    expect(zendeskApiUrl(ZZendeskSettingsSchema.parse({ subdomain: "acme", agentEmail: "bot@acme.example" }))).toBe("https://acme.zendesk.com/api/v2");
    const local = ZZendeskSettingsSchema.parse({ subdomain: "acme", agentEmail: "bot@acme.example", baseUrl: "http://127.0.0.1:4010/" });
    expect(zendeskApiUrl(local)).toBe("http://127.0.0.1:4010/api/v2");
  });
});
