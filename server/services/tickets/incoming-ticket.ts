import "server-only";
import { z } from "zod";
import { CHANNELS, PRIORITIES } from "../../../workflows/model/fields";

/** A ticket as helpdesks and the API send it: the one schema for the webhook, tRPC and importers. */
export const ZIncomingCustomerSchema = z.object({
  externalId: z.string().min(1, "customer.externalId is required"),
  email: z.email().nullish(),
  name: z.string().max(200).nullish(),
  plan: z.string().min(1).max(60).optional(),
  enterprise: z.boolean().optional(),
});

export const ZIncomingTicketSchema = z.object({
  source: z.string().min(1).max(40).default("api"),
  externalId: z.string().min(1, "externalId is required").max(200),
  subject: z.string().min(1, "subject is required").max(500),
  body: z.string().min(1, "body is required").max(50_000),
  channel: z.enum(CHANNELS).default("email"),
  pageUrl: z.url().nullish(),
  priority: z.enum(PRIORITIES).default("normal"),
  tags: z.array(z.string().min(1).max(80)).max(50).default([]),
  language: z.string().max(20).nullish(),
  /** When the customer opened it; defaults to now. SLA clocks run from here. */
  createdAt: z.iso.datetime({ offset: true }).optional(),
  customer: ZIncomingCustomerSchema,
});
export type TIncomingTicket = z.infer<typeof ZIncomingTicketSchema>;

export const ZIncomingMessageSchema = z.object({
  author: z.enum(["customer", "agent"]),
  body: z.string().min(1, "body is required").max(50_000),
  authorName: z.string().max(200).nullish(),
  /** An agent's internal note: stored with the conversation, never shown to the customer nor signalled to the run. */
  internal: z.boolean().optional(),
  /** The helpdesk's id for the message; repeats with the same id are ignored. */
  externalId: z.string().min(1).max(200).optional(),
  createdAt: z.iso.datetime({ offset: true }).optional(),
});
export type TIncomingMessage = z.infer<typeof ZIncomingMessageSchema>;

/** A customer's satisfaction rating as a helpdesk passes it on: 1 (very unhappy) to 5 (very happy). */
export const ZIncomingRatingSchema = z.object({
  score: z.number().int("score is a whole number from 1 to 5").min(1, "score is from 1 to 5").max(5, "score is from 1 to 5"),
  comment: z.string().max(1000).nullish(),
});
export type TIncomingRating = z.infer<typeof ZIncomingRatingSchema>;
