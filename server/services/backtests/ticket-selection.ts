import "server-only";
import { z } from "zod";
import { MAX_SAMPLE_SIZE } from "../../../lib/backtests/sample-size";

/** Which historical tickets a backtest replays: one schema for the API, the CLI and the stored run. */
export const ZTicketSelectionSchema = z.object({
  /** ISO dates (inclusive from, exclusive to), on the ticket's creation time. */
  from: z.string().datetime({ offset: true }).or(z.string().date()).optional(),
  to: z.string().datetime({ offset: true }).or(z.string().date()).optional(),
  categories: z.array(z.string().min(1)).max(200).optional(),
  queues: z.array(z.string().min(1)).max(200).optional(),
  /** Where the tickets came from (Ticket.source: "zendesk", "demo", an import's source name). */
  sources: z.array(z.string().min(1)).max(50).optional(),
  /** A seeded sample of this many tickets from the rest of the selection. */
  sampleSize: z
    .number()
    .int("A sample size is a whole number of tickets.")
    .min(1, "A sample needs at least 1 ticket.")
    .max(MAX_SAMPLE_SIZE, `A sample can have at most ${MAX_SAMPLE_SIZE.toLocaleString("en")} tickets.`)
    .optional(),
  seed: z.number().int().default(1),
});
export type TTicketSelection = z.infer<typeof ZTicketSelectionSchema>;
