import { describe, expect, it } from "vitest";
import { renderFreshdeskPlaceholders, signFreshdeskWebhook } from "../../../tests/fakes/freshdesk-api";
import { freshdeskConnector } from "./connector";

const settings = freshdeskConnector.settingsSchema.parse({ domain: "acme" });
const secrets = freshdeskConnector.secretsSchema.parse({ apiKey: "fd-key", webhookSecret: "q".repeat(48) });

describe("freshdeskConnector", () => {
  it("asks for the address (and, for a proxy, an API address) as settings and the API key and webhook secret as secrets", () => {
    expect(freshdeskConnector.fields.map((f) => [f.key, f.secret])).toEqual([
      ["domain", false],
      ["apiKey", true],
      ["webhookSecret", true],
      ["baseUrl", false],
    ]);
    expect(freshdeskConnector.secretsSchema.safeParse({ apiKey: "k", webhookSecret: "short" }).success).toBe(false);
  });

  it("gives set-up steps with the webhook address, the secret header and a body that comes back as a ticket", () => {
    const guide = freshdeskConnector.setupGuide(settings, "https://studio.example.com/api/webhooks/freshdesk/c1");
    const text = guide.steps.join("\n");
    expect(text).toContain("https://studio.example.com/api/webhooks/freshdesk/c1");
    expect(text).toContain("X-Studio-Webhook-Secret");
    expect(text).toContain("Admin → Workflows → Automations");
    for (const event of ["customer_replied", "agent_replied", "ticket_updated", "satisfaction_rated_5"]) expect(text).toContain(`"event": "${event}"`);

    const rawBody = renderFreshdeskPlaceholders(guide.webhookBody!, {
      "ticket.id": "4412",
      "ticket.subject": 'Where is my "parcel"?',
      "ticket.description": "<div>It was due Monday.</div>\n<div>Sam</div>",
      "ticket.source": "Portal",
      "ticket.status_id": "2",
      "ticket.priority_id": "2",
      "ticket.requester.id": "600",
      "ticket.requester.email": "sam@example.com",
      "ticket.requester.name": "Sam",
    });
    const req = { rawBody, headers: signFreshdeskWebhook(secrets.webhookSecret, rawBody), receivedAt: new Date() };
    expect(freshdeskConnector.verify(req, secrets).ok).toBe(true);
    expect(freshdeskConnector.parse(req, settings)).toEqual([
      {
        type: "ticket.created",
        externalTicketId: "4412",
        subject: 'Where is my "parcel"?',
        body: "It was due Monday.\n\nSam",
        channel: "web",
        customer: { externalId: "600", email: "sam@example.com", name: "Sam" },
        createdAt: expect.any(Date),
      },
    ]);
  });
});
