import { z } from "zod";
import { ZLookupResultSchema } from "../../model/lookup";
import { ZTicketSnapshotSchema } from "../../model/ticket";
import type { HistoricalTicket } from "./types";

/** A time the replay can order: any string Date.parse reads (ISO-8601 in practice). */
const instant = z.string().refine((s) => !Number.isNaN(Date.parse(s)), { error: "Not a valid date" });
const nullableInstant = instant.nullable();

export const ZTimelineEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("customer.replied"), at: instant, body: z.string() }),
  z.object({ type: z.literal("agent.replied"), at: instant, author: z.string().optional(), body: z.string().optional() }),
  z.object({
    type: z.literal("ticket.updated"),
    at: instant,
    changes: z.object({ status: z.enum(["open", "pending", "solved", "closed"]).optional() }),
  }),
]);

export const ZRecordedOutcomeSchema = z.object({
  category: z.string().nullable(),
  queue: z.string().nullable(),
  tier: z.number().int().nullable(),
  escalated: z.boolean(),
  firstResponseAt: nullableInstant,
  resolvedAt: nullableInstant,
  handleTimeSec: z.number().min(0).nullable(),
  csat: z.number().nullable(),
});

/** One historical ticket as a file holds it (the contract's HistoricalTicket); the timeline is sorted on parse. */
export const ZHistoricalTicketSchema = z
  .object({
    snapshot: ZTicketSnapshotSchema.extend({ createdAt: instant }),
    timeline: z.array(ZTimelineEventSchema).default([]),
    recorded: ZRecordedOutcomeSchema,
    lookups: z.record(z.string(), ZLookupResultSchema).optional(),
  })
  .transform((t): HistoricalTicket => ({ ...t, timeline: t.timeline.slice().sort((a, b) => Date.parse(a.at) - Date.parse(b.at)) }));
export type THistoricalTicket = z.infer<typeof ZHistoricalTicketSchema>;
