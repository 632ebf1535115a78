import { describe, expect, it } from "vitest";
import type { TLookupContext } from "./lookup-types";
import { firstNumberIn, renderPathTemplate } from "./path-template";

function context(overrides: { latestMessage?: string; subject?: string; body?: string; email?: string | null; customFields?: Record<string, unknown> } = {}): TLookupContext {
  return {
    ticket: {
      externalId: "ZD-771",
      subject: overrides.subject ?? "Where is my parcel?",
      body: overrides.body ?? "Hi, it has been a week.",
      latestMessage: overrides.latestMessage ?? "Hi, it has been a week.",
      pageUrl: null,
      customFields: overrides.customFields ?? {},
    },
    customer: { externalId: "cus 42/7", email: overrides.email === undefined ? "ana+vip@example.com" : overrides.email, name: "Ana", plan: "pro" },
  };
}

describe("renderPathTemplate", () => {
  it("fills the ticket's and customer's values, each URL-encoded", () => {
    const rendered = renderPathTemplate("/customers/{{customer.externalId}}/orders?email={{customer.email}}&t={{ticket.externalId}}", context());
    expect(rendered).toEqual({ ok: true, path: "/customers/cus%2042%2F7/orders?email=ana%2Bvip%40example.com&t=ZD-771" });
  });

  it("reads custom fields and a tool call's args", () => {
    expect(renderPathTemplate("/o/{{ticket.customFields.order_id}}/{{args.sku}}", context({ customFields: { order_id: 88120 } }), { sku: "A/1" })).toEqual({ ok: true, path: "/o/88120/A%2F1" });
  });

  it("takes the order number from the latest message first, then the subject, then the body", () => {
    expect(renderPathTemplate("/orders/{{text.number}}", context({ latestMessage: "It's order #48213, thanks", subject: "Order 11111" }))).toEqual({ ok: true, path: "/orders/48213" });
    expect(renderPathTemplate("/orders/{{text.number}}", context({ latestMessage: "any news?", subject: "Order 11111", body: "2222 3333" }))).toEqual({ ok: true, path: "/orders/11111" });
    expect(renderPathTemplate("/orders/{{text.number}}", context({ latestMessage: "any news?", subject: "Parcel", body: "ref 2222" }))).toEqual({ ok: true, path: "/orders/2222" });
  });

  it("takes the number a tool call names over the first number in the text, keeping only its digits", () => {
    const ticket = context({ latestMessage: "Call me on 5550123, my order is 48213" });
    expect(renderPathTemplate("/orders/{{text.number}}", ticket)).toEqual({ ok: true, path: "/orders/5550123" });
    expect(renderPathTemplate("/orders/{{text.number}}", ticket, { "text.number": "#48213" })).toEqual({ ok: true, path: "/orders/48213" });
    expect(renderPathTemplate("/orders/{{text.number}}", ticket, { "text.number": "none" })).toEqual({ ok: true, path: "/orders/5550123" });
  });

  it("skips with the missing value named when the ticket lacks it", () => {
    expect(renderPathTemplate("/orders/{{text.number}}", context())).toEqual({ ok: false, missing: expect.stringMatching(/^the ticket has no order number/) });
    expect(renderPathTemplate("/by-email/{{customer.email}}", context({ email: null }))).toEqual({ ok: false, missing: "the customer has no email address" });
    expect(renderPathTemplate("/o/{{ticket.customFields.order_id}}", context())).toEqual({ ok: false, missing: "the ticket has no custom field “order_id”" });
    expect(renderPathTemplate("/o/{{args.orderId}}", context())).toEqual({ ok: false, missing: "the lookup was not given “orderId”" });
  });
});

describe("firstNumberIn", () => {
  it("takes the first run of 4 to 20 digits, passing over shorter and longer runs whole", () => {
    expect(firstNumberIn("I ordered 3 items, order #123456")).toBe("123456");
    expect(firstNumberIn("card 123456789012345678901 then 9876")).toBe("9876");
    expect(firstNumberIn("#4821")).toBe("4821");
    expect(firstNumberIn("12345")).toBe("12345");
    expect(firstNumberIn("no digits, 12 and 123")).toBeNull();
  });

  it("finds a number after many over-long runs of digits", () => {
    const text = `${"1".repeat(25)} `.repeat(20_000) + "77777";
    expect(firstNumberIn(text)).toBe("77777");
  });
});
