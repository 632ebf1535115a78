import { describe, expect, it } from "vitest";
import { readFields, readPath } from "./read-fields";

const answer = { order: { id: 48213, status: "shipped", gift: false, tracking: null }, items: [{ name: "Lamp" }, { name: "Bulb" }] };

describe("readPath", () => {
  it("follows object keys and list indexes", () => {
    expect(readPath(answer, "order.status")).toBe("shipped");
    expect(readPath(answer, "items.1.name")).toBe("Bulb");
    expect(readPath(answer, "items.9.name")).toBeUndefined();
    expect(readPath(answer, "order.status.length")).toBeUndefined();
    expect(readPath(answer, "order.constructor")).toBeUndefined();
  });
});

describe("readFields", () => {
  it("reads each declared field, a missing or null one as null", () => {
    const read = readFields(answer, [
      { name: "status", path: "order.status", type: "string" },
      { name: "id", path: "order.id", type: "number" },
      { name: "gift", path: "order.gift", type: "boolean" },
      { name: "tracking", path: "order.tracking", type: "string" },
      { name: "eta", path: "order.eta", type: "string" },
      { name: "first", path: "items.0.name", type: "string" },
    ]);
    expect(read).toEqual({ ok: true, fields: { status: "shipped", id: 48213, gift: false, tracking: null, eta: null, first: "Lamp" } });
  });

  it("names the field, its path and what was there when the type is wrong", () => {
    expect(readFields(answer, [{ name: "id", path: "order.id", type: "string" }])).toEqual({ ok: false, error: "The field “id” (order.id) should be a string but the answer has a number (48213) there" });
    expect(readFields(answer, [{ name: "items", path: "items", type: "string" }])).toEqual({ ok: false, error: "The field “items” (items) should be a string but the answer has a list there" });
  });
});
