import { z } from "zod";

/**
 * The result of one data-source lookup (an order system, a billing API) as a run sees it: the live driver gets it
 * from the HTTP call or the ticket's cached result, a backtest from the result recorded when the ticket ran live.
 * "skipped": the ticket lacks what the request needs (e.g. no order number); "not_recorded": a backtest found no
 * recorded result for the ticket, so it never calls out.
 */
export const LOOKUP_STATUSES = ["found", "not_found", "failed", "skipped", "not_recorded"] as const;
export type TLookupStatus = (typeof LOOKUP_STATUSES)[number];

export const ZLookupValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const ZLookupResultSchema = z.object({
  /** The data source's name. */
  source: z.string(),
  status: z.enum(LOOKUP_STATUSES),
  /** The path requested (never a secret): shown in the trace. */
  request: z.string().nullish(),
  /** The declared response fields, read from the response. */
  fields: z.record(z.string(), ZLookupValueSchema).default({}),
  /** Why it failed or was skipped, in the user's words. */
  error: z.string().nullish(),
  /** Answered from the ticket's earlier lookup instead of a new call. */
  cached: z.boolean().optional(),
});
export type TLookupResult = z.infer<typeof ZLookupResultSchema>;
