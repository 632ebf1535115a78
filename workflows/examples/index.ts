import { ZFlowGraphSchema, type TFlowGraph } from "../model/graph";
import escalationTriggers from "./escalation-triggers.json";
import intentRouting from "./intent-routing.json";
import slaEscalation from "./sla-escalation.json";
import tier1PasswordReset from "./tier1-password-reset.json";
import tieredSupport from "./tiered-support.json";

/**
 * The example flows, used as studio templates and to seed the demo workspace. The JSON files are the
 * source of truth (readable, reviewed in diffs); parsing them here both types them and fails loudly at
 * import if one drifts from the model.
 */
export interface FlowExample {
  slug: string;
  name: string;
  description: string;
  graph: TFlowGraph;
}

/** The queues of the demo workspace; every example routes only to these. */
export const DEMO_WORKSPACE_QUEUES = [
  "billing",
  "cards",
  "transfers",
  "account-security",
  "disputes",
  "general",
  "escalations",
  "technical",
  "enterprise",
] as const;

function example(slug: string, name: string, description: string, json: unknown): FlowExample {
  const parsed = ZFlowGraphSchema.safeParse(json);
  if (!parsed.success) throw new Error(`Example flow "${slug}" does not match the flow model: ${parsed.error.message}`);
  return { slug, name, description, graph: parsed.data };
}

export const EXAMPLES: readonly FlowExample[] = [
  example(
    "intent-routing",
    "Route by intent",
    "Classifies each new ticket and sends it to the team that owns the topic: cards, transfers, billing, disputes, account security or technical. Anything else, or an unsure classification, goes to general.",
    intentRouting,
  ),
  example(
    "tier1-password-reset",
    "Tier 1: password resets answered by AI",
    "Confident password-reset requests get an autonomous, knowledge-base-grounded AI reply, are resolved and receive a CSAT survey. When the AI is not confident it hands off to account security; other tickets go to general.",
    tier1PasswordReset,
  ),
  example(
    "escalation-triggers",
    "Escalate when a human is needed",
    "Escalates to a human when the customer asks for one, is negative, mentions cancel/legal/lawyer/chargeback, has contacted us more than twice in 24 hours or is an enterprise account (spam excluded), and alerts #support-escalations.",
    escalationTriggers,
  ),
  example(
    "sla-escalation",
    "Urgent tickets: first-response SLA",
    "Classifies the ticket, scores its priority, and for urgent tickets starts a one-hour first-response SLA; a breach escalates the ticket, alerts #support-escalations and moves it to the escalations queue.",
    slaEscalation,
  ),
  example(
    "tiered-support",
    "Tiered support: automate, assist, escalate",
    "Customers who ask for a person, are frustrated, mention cancelling or legal action, or keep writing go straight to a human. Otherwise the intent sets the tier: Tier 1 questions (card delivery, PINs, limits, rates) get an autonomous AI answer, are resolved and surveyed; Tier 2 gets an AI draft for the agent, the owning team and a 4-hour first-response SLA; Tier 3 (fraud, unrecognised payments, lost cards) escalates urgently to disputes and alerts the fraud desk.",
    tieredSupport,
  ),
];

export function findExample(slug: string): FlowExample | undefined {
  return EXAMPLES.find((e) => e.slug === slug);
}
