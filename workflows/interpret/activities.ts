import { z } from "zod";
import { PRIORITIES, SENTIMENTS, STATUSES } from "../model/fields";
import { ZLookupResultSchema, type TLookupResult } from "../model/lookup";
import type { HeldCriterion } from "../model/held-criterion";

/**
 * The activities a flow can ask its driver to run, with the shape of each result. The live driver runs
 * them as Temporal activities; the backtester answers them from history and cached model output. The
 * interpreter validates every result, so a misbehaving provider fails loudly at the node that used it.
 */
export const ZIntentResultSchema = z.object({
  label: z.string(),
  confidence: z.number().min(0).max(1),
  alternatives: z.array(z.object({ label: z.string(), confidence: z.number() })).default([]),
  model: z.string().optional(),
  /** The text is not like any intent the model was trained on (a new kind of request): the run treats it as unsure. */
  unfamiliar: z.boolean().optional(),
});
export const ZSentimentResultSchema = z.object({
  label: z.enum(SENTIMENTS),
  score: z.number().min(-1).max(1),
  frustrated: z.boolean(),
  asksForHuman: z.boolean(),
});
export const ZRouteResultSchema = z.object({ queue: z.string(), assignee: z.string().nullish() });
export const ZDraftResultSchema = z.object({
  text: z.string(),
  confidence: z.number().min(0).max(1),
  citations: z.array(z.object({ articleId: z.string(), title: z.string() })).default([]),
  /** Set when a negative guardrail rejected the draft: the rule that was broken. */
  blockedBy: z.string().nullish(),
  model: z.string().optional(),
  /** The data-source lookups the draft consulted, those made while drafting included. */
  lookups: z.array(ZLookupResultSchema).optional(),
  /** The sources whose results the reply's words rest on (a found record), by name. */
  usedData: z.array(z.string()).optional(),
  /**
   * The page the customer was on: the articles retrieved because they are tagged for it, and whether the cited
   * articles differ from those retrieval gives without the page.
   */
  page: z
    .object({ url: z.string(), matched: z.array(z.object({ articleId: z.string(), title: z.string() })), changedAnswer: z.boolean() })
    .optional(),
});
export const ZEffectResultSchema = z.object({ effectId: z.string().optional(), duplicate: z.boolean().optional() }).passthrough();

export const ACTIVITY_RESULT_SCHEMAS = {
  classifyIntent: ZIntentResultSchema,
  detectSentiment: ZSentimentResultSchema,
  routeTicket: ZRouteResultSchema,
  draftReply: ZDraftResultSchema,
  lookupData: ZLookupResultSchema,
  sendReply: ZEffectResultSchema,
  postInternalNote: ZEffectResultSchema,
  escalateTicket: ZEffectResultSchema,
  notifySlack: ZEffectResultSchema,
  updateTicket: ZEffectResultSchema,
  resolveTicket: ZEffectResultSchema,
  sendCsatSurvey: ZEffectResultSchema,
} as const;
export type ActivityName = keyof typeof ACTIVITY_RESULT_SCHEMAS;
export type ActivityResult<N extends ActivityName> = z.infer<(typeof ACTIVITY_RESULT_SCHEMAS)[N]>;

/** Input of each activity. Every effectful one carries an idempotency key. */
export interface ActivityInputs {
  /** `dryRun`: set by drivers that must not touch the ticket (shadow runs); the interpreter never sets it. */
  /** `pageUrl`: the page the customer wrote from, sent only when there is one (a model may read it as context). */
  classifyIntent: { ticketId: string; text: string; pageUrl?: string | null; dryRun?: boolean };
  detectSentiment: { ticketId: string; text: string; dryRun?: boolean };
  routeTicket: { ticketId: string; queue: string; strategy: string; skills: string[]; idempotencyKey: string };
  /** `pageUrl` and `lookups` (what the run's lookup nodes already fetched) are sent only when there are some. */
  draftReply: { ticketId: string; text: string; intent: string | null; maxPassages: number; pageUrl?: string | null; lookups?: TLookupResult[] };
  /** Reads the named data source for the ticket (read-only: a shadow run looks up too). */
  lookupData: { ticketId: string; source: string; dryRun?: boolean };
  sendReply: { ticketId: string; body: string; citations: Array<{ articleId: string; title: string }>; idempotencyKey: string };
  postInternalNote: { ticketId: string; body: string; idempotencyKey: string };
  escalateTicket: {
    ticketId: string;
    reason: string;
    queue: string | null;
    priority: (typeof PRIORITIES)[number] | null;
    customerMessage: string | null;
    summary: string;
    /** The criteria that held for this ticket (absent in runs started before they were recorded). */
    held?: HeldCriterion[];
    idempotencyKey: string;
  };
  notifySlack: { ticketId: string; channel: string; text: string; idempotencyKey: string };
  updateTicket: {
    ticketId: string;
    changes: {
      priority?: (typeof PRIORITIES)[number];
      status?: (typeof STATUSES)[number];
      tier?: number;
      addTags?: string[];
      removeTags?: string[];
      fields?: Record<string, string | number | boolean>;
    };
    idempotencyKey: string;
  };
  resolveTicket: { ticketId: string; message: string | null; idempotencyKey: string };
  sendCsatSurvey: { ticketId: string; question: string; idempotencyKey: string };
}

export const ACTIVITY_NAMES = Object.keys(ACTIVITY_RESULT_SCHEMAS) as ActivityName[];

/**
 * Activities that only read (classification, sentiment, drafting, data-source lookups): a shadow run or a backtest may run
 * them. Every other activity acts on the ticket or the outside world.
 */
export const READ_ONLY_ACTIVITIES: ReadonlySet<ActivityName> = new Set(["classifyIntent", "detectSentiment", "draftReply", "lookupData"]);
export type ReadOnlyName = "classifyIntent" | "detectSentiment" | "draftReply" | "lookupData";
export type EffectName = Exclude<ActivityName, ReadOnlyName>;
/** Reads that depend on nothing but the ticket's text, so one call can answer all of them at once. */
export type PerceptionName = "classifyIntent" | "detectSentiment";

/**
 * Effects that reach a system outside the database while they run (a Slack message). The live driver ends a batch
 * of effects with such an effect, sent last in the batch's transaction, so a batch that rolls back and is retried
 * never sends it twice because of an effect that came after it.
 */
export const SENDS_OUTSIDE: ReadonlySet<ActivityName> = new Set(["notifySlack"]);

/** Whether an effect reaches outside the database: Slack always; every effect on a ticket that lives in a helpdesk. */
export function reachesOutside(name: ActivityName, connected: boolean): boolean {
  return connected || SENDS_OUTSIDE.has(name);
}

/**
 * What an effect would have returned had it run: used where nothing may be sent (shadow runs, backtests),
 * so the flow carries on exactly as it would live.
 */
export function simulatedEffectResult<N extends ActivityName>(name: N, input: ActivityInputs[N]): ActivityResult<N> {
  if (name === "routeTicket") return { queue: (input as ActivityInputs["routeTicket"]).queue, assignee: null } as ActivityResult<N>;
  return { simulated: true } as unknown as ActivityResult<N>;
}
