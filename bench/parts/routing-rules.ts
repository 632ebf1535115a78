import type { TRule, TRuleGroup } from "../../workflows/model/rules";

/**
 * The bench's 20 routing rules of keyword lists, enums and numbers, written once and turned into the flow's
 * rule groups here and into json-rules-engine's rules in json-rules-engine-side.ts.
 */
/**
 * One condition. `fact` names it among flat, prepared facts; `path` is where it sits in the ticket (JSONPath,
 * as json-rules-engine reads nested facts); ticket.text has none, being derived from subject and body.
 */
export type Leaf = { field: string; fact: string; path?: string } & (
  | { op: "words"; values: string[] }
  | { op: "equals"; value: string }
  | { op: "in"; values: string[] }
  | { op: "gt"; value: number }
  | { op: "bool"; value: boolean }
  | { op: "tag"; value: string }
);

const subject = { field: "ticket.subject", fact: "subject", path: "$.subject" };
const body = { field: "ticket.body", fact: "body", path: "$.body" };
const text = { field: "ticket.text", fact: "text" };
const channel = { field: "ticket.channel", fact: "channel", path: "$.channel" };
const priority = { field: "ticket.priority", fact: "priority", path: "$.priority" };
const plan = { field: "customer.plan", fact: "plan", path: "$.customer.plan" };
const contacts = { field: "customer.contactsLast24h", fact: "contactsLast24h", path: "$.customer.contactsLast24h" };
const enterprise = { field: "customer.enterprise", fact: "enterprise", path: "$.customer.enterprise" };

/** name -> all of these leaves (a single leaf for most). */
export const ROUTING_RULES: Array<{ name: string; all: Leaf[] }> = [
  { name: "refund", all: [{ ...subject, op: "words", values: ["refund", "money back", "reimburse", "reimbursement"] }] },
  { name: "fraud", all: [{ ...body, op: "words", values: ["stolen", "fraud", "unauthorised", "unauthorized", "scam", "hacked"] }] },
  { name: "retention", all: [{ ...text, op: "words", values: ["cancel", "close my account", "terminate", "leave"] }] },
  { name: "legal", all: [{ ...body, op: "words", values: ["lawyer", "legal", "court", "ombudsman", "sue"] }] },
  { name: "live-and-hot", all: [{ ...channel, op: "in", values: ["phone", "chat"] }, { ...priority, op: "in", values: ["high", "urgent"] }] },
  { name: "premium", all: [{ ...plan, op: "equals", value: "premium" }] },
  { name: "urgent", all: [{ ...priority, op: "equals", value: "urgent" }] },
  { name: "repeat-contact", all: [{ ...contacts, op: "gt", value: 2 }] },
  { name: "enterprise", all: [{ ...enterprise, op: "bool", value: true }] },
  { name: "cards", all: [{ ...subject, op: "words", values: ["card", "pin", "atm", "contactless", "visa", "mastercard"] }] },
  { name: "transfers", all: [{ ...body, op: "words", values: ["transfer", "top up", "top-up", "sepa", "wire", "beneficiary"] }] },
  { name: "security", all: [{ ...body, op: "words", values: ["password", "passcode", "log in", "login", "locked", "verify"] }] },
  { name: "invoices-by-email", all: [{ ...channel, op: "equals", value: "email" }, { ...body, op: "words", values: ["invoice", "statement", "receipt"] }] },
  { name: "vip-tag", all: [{ field: "ticket.tags", fact: "tags", path: "$.tags", op: "tag", value: "vip" }] },
  { name: "paying-repeat", all: [{ ...plan, op: "in", values: ["pro", "premium"] }, { ...contacts, op: "gt", value: 1 }] },
  { name: "web-low", all: [{ ...priority, op: "in", values: ["low", "normal"] }, { ...channel, op: "equals", value: "web" }] },
  { name: "app-bugs", all: [{ ...text, op: "words", values: ["app", "crash", "bug", "error", "not working"] }] },
  { name: "asap", all: [{ ...subject, op: "words", values: ["urgent", "asap", "immediately", "now"] }] },
  { name: "standard-fees", all: [{ ...enterprise, op: "bool", value: false }, { ...plan, op: "equals", value: "standard" }, { ...body, op: "words", values: ["fee", "charge", "charged"] }] },
  { name: "exchange", all: [{ ...text, op: "words", values: ["exchange rate", "currency", "euro", "dollar", "pounds"] }] },
];

function flowRule(leaf: Leaf): TRule {
  switch (leaf.op) {
    case "words":
      return { kind: "rule", field: leaf.field, op: "contains_any", values: leaf.values };
    case "equals":
      return { kind: "rule", field: leaf.field, op: "equals", value: leaf.value };
    case "in":
      return { kind: "rule", field: leaf.field, op: "in", values: leaf.values };
    case "gt":
      return { kind: "rule", field: leaf.field, op: "gt", value: leaf.value };
    case "bool":
      return { kind: "rule", field: leaf.field, op: leaf.value ? "is_true" : "is_false" };
    case "tag":
      return { kind: "rule", field: leaf.field, op: "contains_any", values: [leaf.value] };
  }
}

export function flowRuleGroups(): TRuleGroup[] {
  return ROUTING_RULES.map((r) => ({ kind: "group", id: r.name, match: "all", rules: r.all.map(flowRule) }));
}
