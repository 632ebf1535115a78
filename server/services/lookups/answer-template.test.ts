import { describe, expect, it } from "vitest";
import type { TLookupResult } from "../../../workflows/model/lookup";
import { renderAnswerTemplate } from "./answer-template";
import type { TLookupContext } from "./lookup-types";

const context: TLookupContext = {
  ticket: { externalId: "ZD-9", subject: "Order?", body: "", latestMessage: "", pageUrl: null, customFields: { region: "EU" } },
  customer: { externalId: "c-1", email: "ana@example.com", name: "Ana", plan: "pro" },
};
const found: TLookupResult = { source: "orders", status: "found", request: "/orders/48213", fields: { id: 48213, status: "shipped", gift: true, tracking: null } };

describe("renderAnswerTemplate", () => {
  it("fills the found fields and the ticket's names", () => {
    const text = renderAnswerTemplate("Hi {{customer.name}}, order {{fields.id}} is {{ fields.status }} (gift: {{fields.gift}}, {{ticket.customFields.region}}).", found, context);
    expect(text).toBe("Hi Ana, order 48213 is shipped (gift: yes, EU).");
  });

  it("gives nothing when a named value is empty or the lookup found nothing", () => {
    expect(renderAnswerTemplate("Tracking: {{fields.tracking}}", found, context)).toBeNull();
    expect(renderAnswerTemplate("Order {{fields.nope}}", found, context)).toBeNull();
    expect(renderAnswerTemplate("Order {{fields.id}}", { ...found, status: "not_found", fields: {} }, context)).toBeNull();
  });
});
