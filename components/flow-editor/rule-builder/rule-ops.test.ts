import { describe, expect, it } from "vitest";
import { ZRuleSchema } from "@/workflows/model";
import { makeRule, operatorsFor, withField } from "./rule-ops";

describe("rule edits", () => {
  it("offers only the operators of the field's type", () => {
    expect(operatorsFor("customer.enterprise")).toEqual(["is_true", "is_false"]);
    expect(operatorsFor("nope")).toEqual([]);
  });

  it("keeps the word list when switching between word operators", () => {
    const rule = makeRule("ticket.text", "contains_any", { kind: "rule", field: "ticket.text", op: "contains_any", values: ["cancel"] });
    expect(makeRule("ticket.text", "contains_none", rule)).toEqual({ kind: "rule", field: "ticket.text", op: "contains_none", values: ["cancel"] });
  });

  it("builds a schema-valid rule for every operator of every type", () => {
    for (const field of ["ticket.subject", "ticket.channel", "customer.contactsLast24h", "customer.enterprise", "ticket.tags"]) {
      for (const op of operatorsFor(field)) {
        const rule = makeRule(field, op);
        // Word and value lists start empty (the user fills them); everything else must already parse.
        if ("values" in rule) continue;
        if (op === "matches_regex") continue;
        expect(ZRuleSchema.safeParse(rule).success, `${field} ${op}`).toBe(true);
      }
    }
  });

  it("changing to a field of another type resets the operator and value", () => {
    const rule = makeRule("ticket.text", "contains_any");
    expect(withField(rule, "customer.contactsLast24h")).toEqual({ kind: "rule", field: "customer.contactsLast24h", op: "equals", value: 0 });
    expect(withField(rule, "ticket.channel")).toEqual({ kind: "rule", field: "ticket.channel", op: "equals", value: "email" });
  });
});
