import { describe, expect, it } from "vitest";
import { renderZendeskPlaceholders, signZendeskWebhook } from "../../../tests/fakes/zendesk-api";
import { mergeSecrets, parseSettings } from "../../services/connections/connector-values";
import { zendeskConnector } from "./connector";

describe("zendeskConnector", () => {
  it("reads the connection form as the admin types it, and says which input is wrong", () => {
    expect(parseSettings(zendeskConnector, { subdomain: "https://acme.zendesk.com", agentEmail: "Bot@Acme.example", baseUrl: "" })).toEqual({
      subdomain: "acme",
      agentEmail: "bot@acme.example",
    });
    expect(() => parseSettings(zendeskConnector, { subdomain: "acme corp", agentEmail: "bot@acme.example" })).toThrow(
      "Zendesk account address: Type the first part of your Zendesk address, e.g. acme for acme.zendesk.com.",
    );
    expect(() => mergeSecrets(zendeskConnector, {}, { apiToken: "t" })).toThrow(/Zendesk webhook signing secret/);
  });

  it("takes a signed trigger delivery from verify to events", () => {
    const settings = zendeskConnector.settingsSchema.parse({ subdomain: "acme", agentEmail: "bot@acme.example" });
    const secrets = zendeskConnector.secretsSchema.parse({ apiToken: "t", webhookSecret: "whsec" });
    const body = renderZendeskPlaceholders(zendeskConnector.setupGuide(settings, "https://studio.example/hook").rules![1]!.webhookBody!, {
      "ticket.id": "35436",
      "ticket.latest_comment.id": "77",
      "ticket.latest_comment.value": "Any news?",
      "ticket.latest_comment.is_public": true,
    });
    const receivedAt = new Date();
    const req = { rawBody: body, headers: signZendeskWebhook(secrets.webhookSecret, body, receivedAt), receivedAt };
    expect(zendeskConnector.verify(req, secrets).ok).toBe(true);
    expect(zendeskConnector.parse(req, settings)).toEqual([
      { type: "message.added", externalTicketId: "35436", externalMessageId: "77", author: "customer", authorName: null, body: "Any news?", internal: false },
    ]);
  });
});
