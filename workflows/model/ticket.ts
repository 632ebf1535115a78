import { z } from "zod";
import { CHANNELS, PRIORITIES, STATUSES } from "./fields";
import { ZTierMapSnapshotSchema } from "./tier-map";

/**
 * What a flow knows about a ticket when it starts: the live workflow and the backtester both build
 * this from the database, so the interpreter sees the same shape from either driver.
 */
export const ZCustomerFactsSchema = z.object({
  id: z.string(),
  name: z.string().nullish(),
  plan: z.string().default("standard"),
  enterprise: z.boolean().default(false),
  /** Tickets from this customer in the 24 hours before this one, this one included. */
  contactsLast24h: z.number().int().min(0).default(1),
});
export type TCustomerFacts = z.infer<typeof ZCustomerFactsSchema>;

export const ZTicketSnapshotSchema = z.object({
  id: z.string(),
  source: z.string(),
  externalId: z.string(),
  subject: z.string(),
  body: z.string(),
  channel: z.enum(CHANNELS),
  pageUrl: z.string().nullish(),
  status: z.enum(STATUSES).default("new"),
  priority: z.enum(PRIORITIES).default("normal"),
  tags: z.array(z.string()).default([]),
  language: z.string().nullish(),
  queue: z.string().nullish(),
  /** ISO-8601; SLA deadlines are measured from here. */
  createdAt: z.string(),
  customer: ZCustomerFactsSchema,
  /** The workspace's tier map when the run started (null when none was saved): set-tier nodes that use the map read it. */
  tierMap: ZTierMapSnapshotSchema.nullish(),
});
export type TTicketSnapshot = z.infer<typeof ZTicketSnapshotSchema>;
