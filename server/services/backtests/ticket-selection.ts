import "server-only";
import { z } from "zod";

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
  sampleSize: z.number().int().min(1).max(5_000_000).optional(),
  seed: z.number().int().default(1),
});
export type TTicketSelection = z.infer<typeof ZTicketSelectionSchema>;
