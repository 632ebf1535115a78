/**
 * The facts a rule can test. Each field has a type, and the type decides which operators make sense,
 * so the rule builder only offers those and the compiler rejects the rest.
 */
export type FieldType = "text" | "enum" | "number" | "boolean" | "list";

export interface FieldSpec {
  readonly type: FieldType;
  readonly label: string;
  /** For enum fields: the allowed values, so the builder can offer a picker and the compiler can check. */
  readonly values?: readonly string[];
  /** How the value is worked out, in the user's words, for fields whose label cannot say it all. */
  readonly description?: string;
}

export const CHANNELS = ["email", "chat", "web", "phone", "api", "social"] as const;
export const PRIORITIES = ["low", "normal", "high", "urgent"] as const;
export const STATUSES = ["new", "open", "pending", "solved", "closed"] as const;
export const SENTIMENTS = ["negative", "neutral", "positive"] as const;

export const FIELDS = {
  "ticket.subject": { type: "text", label: "Subject" },
  "ticket.body": { type: "text", label: "First message" },
  "ticket.text": { type: "text", label: "Subject, first and latest message" },
  "message.latest": { type: "text", label: "Latest customer message" },
  "ticket.channel": { type: "enum", label: "Channel", values: CHANNELS },
  "ticket.priority": { type: "enum", label: "Priority", values: PRIORITIES },
  "ticket.status": { type: "enum", label: "Status", values: STATUSES },
  "ticket.pageUrl": { type: "text", label: "Page URL" },
  "ticket.tags": { type: "list", label: "Tags" },
  "ticket.language": { type: "text", label: "Language" },
  "ticket.tier": { type: "number", label: "Tier" },
  "ticket.queue": { type: "text", label: "Queue" },
  "customer.plan": { type: "text", label: "Customer plan" },
  "customer.enterprise": { type: "boolean", label: "Enterprise account" },
  "customer.contactsLast24h": { type: "number", label: "Contacts in the last 24 h" },
  "intent.label": { type: "text", label: "Intent" },
  "intent.confidence": { type: "number", label: "Intent confidence" },
  "sentiment.label": { type: "enum", label: "Sentiment", values: SENTIMENTS },
  "sentiment.score": { type: "number", label: "Sentiment score (-1 to 1)" },
  "sentiment.frustrated": { type: "boolean", label: "Customer is frustrated" },
  "message.asksForHuman": { type: "boolean", label: "Customer asks for a human" },
  "priority.score": { type: "number", label: "Priority score" },
  "conversation.customerTurns": {
    type: "number",
    label: "Customer turns with the AI",
    description:
      "Customer messages before a person replied, the first message included: 1 when the ticket opens, one more for each customer reply. Stops counting once an agent replies.",
  },
  "conversation.repeatedQuestion": {
    type: "boolean",
    label: "Customer repeated the question",
    description:
      'The latest customer reply says again what an earlier message said: most of its words were in an earlier message, or it says so ("again", "as I said", "I already told you").',
  },
  /** The workspace calendar's open hours (holidays closed), or the flow's own business hours when it sets them. */
  "time.businessHours": { type: "boolean", label: "Within business hours" },
} as const satisfies Record<string, FieldSpec>;

export type FieldName = keyof typeof FIELDS;

export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];

export function isFieldName(name: string): name is FieldName {
  return Object.prototype.hasOwnProperty.call(FIELDS, name);
}

/** Which operators each field type accepts. */
export const OPERATORS_BY_TYPE = {
  text: ["contains_any", "contains_none", "matches_regex", "equals", "not_equals", "in", "not_in", "is_empty", "is_not_empty"],
  enum: ["equals", "not_equals", "in", "not_in"],
  number: ["equals", "not_equals", "gt", "gte", "lt", "lte", "between"],
  boolean: ["is_true", "is_false"],
  list: ["contains_any", "contains_none", "is_empty", "is_not_empty"],
} as const satisfies Record<FieldType, readonly string[]>;
