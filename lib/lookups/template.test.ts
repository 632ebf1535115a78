import { describe, expect, it } from "vitest";
import { fillableVariables, pathVariableProblem, templateNames, templateParts } from "./template";

describe("templateParts", () => {
  it("splits text and names, trimming the names", () => {
    expect(templateParts("/orders/{{ text.number }}?by={{customer.email}}")).toEqual([{ text: "/orders/" }, { name: "text.number" }, { text: "?by=" }, { name: "customer.email" }]);
  });

  it("keeps an unclosed brace pair as text", () => {
    expect(templateParts("/a/{{b")).toEqual([{ text: "/a/{{b" }]);
  });

  it("lists each name once and picks out the ones a tool call or sample fills", () => {
    const path = "/c/{{customer.externalId}}/o/{{text.number}}/{{args.sku}}/{{text.number}}";
    expect(templateNames(path)).toEqual(["customer.externalId", "text.number", "args.sku"]);
    expect(fillableVariables(path)).toEqual(["text.number", "args.sku"]);
  });
});

describe("pathVariableProblem", () => {
  it("accepts the known names and named custom fields and args", () => {
    for (const name of ["ticket.externalId", "customer.email", "customer.externalId", "text.number", "ticket.customFields.order_id", "args.orderId"]) {
      expect(pathVariableProblem(name)).toBeNull();
    }
  });

  it("refuses an unknown name, listing what may be used", () => {
    expect(pathVariableProblem("ticket.orderId")).toMatch(/not a value the studio knows.*\{\{text\.number\}\}/);
    expect(pathVariableProblem("args.")).toMatch(/needs a name after “args\.”/);
    expect(pathVariableProblem("ticket.customFields.a b")).toMatch(/needs a name/);
  });
});
