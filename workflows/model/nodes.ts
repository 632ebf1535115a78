import { z } from "zod";
import { PRIORITIES, STATUSES } from "./fields";
import { ZRuleGroupSchema } from "./rules";

/**
 * One zod schema per node kind: the config a node carries in `data`. The studio builds its config
 * panels from these, the compiler validates with them, and the interpreter reads the parsed result.
 */
const label = z.string().max(120).optional();
const threshold = z
  .number({ error: "Threshold must be a number between 0 and 1" })
  .min(0, "Threshold must be between 0 and 1")
  .max(1, "Threshold must be between 0 and 1");
/** A duration such as "30m", "4h" or "1h30m"; the compiler parses it and rejects negative or malformed ones. */
const duration = z.string({ error: "Enter a duration such as 30m, 4h or 2d" });
/**
 * Per-intent overrides of a node's confidence threshold: ops raise it for intents where a wrong answer costs
 * more, lower it where the calibration view shows the model is precise. Keyed by intent label.
 */
const thresholdsByIntent = z.record(z.string().min(1, "Name the intent"), threshold).default({});
const tier = z.union([z.literal(1), z.literal(2), z.literal(3)], { error: "Tier must be 1, 2 or 3" });

export const TRIGGER_EVENTS = ["ticket.created", "ticket.updated", "customer.replied"] as const;
export type TTriggerEvent = (typeof TRIGGER_EVENTS)[number];

export const NODE_DATA_SCHEMAS = {
  trigger: z.object({ label, on: z.enum(TRIGGER_EVENTS) }),
  condition: z.object({ label, rules: ZRuleGroupSchema }),
  switch: z.object({
    label,
    cases: z
      .array(z.object({ id: z.string().min(1, "Case id is required"), label: z.string().min(1, "Name the case"), rules: ZRuleGroupSchema }))
      .min(1, "Add at least one case"),
  }),
  "classify-intent": z.object({ label, minConfidence: threshold.default(0), thresholdsByIntent }),
  "detect-sentiment": z.object({ label }),
  "score-priority": z.object({
    label,
    boosts: z
      .array(z.object({ id: z.string().min(1), label: z.string().min(1), rules: ZRuleGroupSchema, points: z.number().int().min(-3).max(3) }))
      .default([]),
    setTicketPriority: z.boolean().default(true),
  }),
  "set-tier": z.object({
    label,
    /** Decide by the workspace's saved tier map (escalation criteria, then the intent's tier); the settings below apply when none is saved. */
    useTierMap: z.boolean().default(false),
    tier: tier.optional(),
    byIntent: z.record(z.string(), tier).default({}),
    fallbackTier: tier.default(2),
  }),
  route: z.object({
    label,
    queue: z.string().min(1, "Pick a queue"),
    strategy: z.enum(["round-robin", "least-loaded", "skills"]).default("round-robin"),
    skills: z.array(z.string()).default([]),
  }),
  "ai-reply": z.object({
    label,
    threshold,
    thresholdsByIntent,
    mode: z.enum(["shadow", "assist", "autonomous"]).default("shadow"),
    maxPassages: z.number().int().min(1).max(10).default(3),
  }),
  "wait-for": z.object({ label, event: z.enum(["customer.replied", "agent.replied"]), timeout: duration }),
  "sla-timer": z.object({ label, target: z.enum(["first-response", "resolution"]), within: duration }),
  escalate: z.object({
    label,
    reason: z.string().min(1, "Say why the ticket is escalated"),
    queue: z.string().min(1).optional(),
    priority: z.enum(PRIORITIES).optional(),
    customerMessage: z.string().optional(),
  }),
  notify: z.object({ label, channel: z.string().min(1, "Pick a Slack channel"), message: z.string().min(1, "Write the message") }),
  "set-fields": z.object({
    label,
    priority: z.enum(PRIORITIES).optional(),
    status: z.enum(STATUSES).optional(),
    fields: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
  }),
  tag: z.object({ label, add: z.array(z.string().min(1)).default([]), remove: z.array(z.string().min(1)).default([]) }),
  resolve: z.object({ label, message: z.string().optional() }),
  "csat-survey": z.object({ label, question: z.string().default("How would you rate the help you received?") }),
  end: z.object({ label, outcome: z.string().optional() }),
} as const;

export type TNodeKind = keyof typeof NODE_DATA_SCHEMAS;
export const NODE_KINDS = Object.keys(NODE_DATA_SCHEMAS) as TNodeKind[];
export type TNodeData<K extends TNodeKind = TNodeKind> = z.infer<(typeof NODE_DATA_SCHEMAS)[K]>;

export function isNodeKind(type: string): type is TNodeKind {
  return Object.prototype.hasOwnProperty.call(NODE_DATA_SCHEMAS, type);
}

/** Wait and timer nodes are where a run can rest; every cycle must pass through one. */
export const RESTING_KINDS: ReadonlySet<TNodeKind> = new Set(["wait-for", "sla-timer"]);
