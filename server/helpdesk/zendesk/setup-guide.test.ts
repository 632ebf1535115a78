import { describe, expect, it } from "vitest";
import { zendeskSetupGuide } from "./setup-guide";
import { ZENDESK_WEBHOOK_EVENTS } from "./webhook-body";

const guide = zendeskSetupGuide({ subdomain: "acme", agentEmail: "bot@acme.example" }, "https://studio.acme.example/api/webhooks/zendesk/c1");

describe("zendeskSetupGuide", () => {
  it("walks through the token, the webhook (with the studio's URL) and the triggers in Zendesk's admin", () => {
    const text = guide.steps.join("\n");
    expect(text).toContain("Admin Center (https://acme.zendesk.com/admin) → Apps and integrations → APIs → API tokens");
    expect(text).toContain("Apps and integrations → Webhooks → Create webhook");
    expect(text).toContain("Endpoint URL: https://studio.acme.example/api/webhooks/zendesk/c1. Request method: POST. Request format: JSON.");
    expect(text).toContain("Signing secret");
    expect(text).toContain("Objects and rules → Business rules → Triggers");
  });

  it("gives one trigger per event, each with its exact JSON body naming its event", () => {
    expect(guide.rules?.map((r) => JSON.parse(r.webhookBody!).event)).toEqual([...ZENDESK_WEBHOOK_EVENTS]);
    expect(guide.webhookBody).toBe(guide.rules?.[0]?.webhookBody);
    expect(JSON.parse(guide.webhookBody!).ticket.id).toBe("{{ticket.id}}");
  });

  it("keeps the studio's own changes out of every trigger an agent can set off", () => {
    const notStudio = "ALL: Ticket > Current user | Is not | the studio's agent (bot@acme.example)";
    const byName = Object.fromEntries((guide.rules ?? []).map((r) => [r.name, r.conditions]));
    for (const name of ["Studio: ticket created", "Studio: agent replied", "Studio: ticket changed", "Studio: ticket solved"]) {
      expect(byName[name]).toContain(notStudio);
    }
    expect(byName["Studio: customer replied"]).toContain("ALL: Ticket > Current user | Is | (end user)");
    expect(byName["Studio: ticket changed"]).toContain("ALL: Ticket > Status | Is not | Solved");
  });
});
