import "server-only";
import { z } from "zod";
import { PRIORITIES } from "../../../workflows/model/fields";
import { ZIncomingMessageSchema, ZIncomingTicketSchema } from "../../services/tickets/incoming-ticket";

/**
 * What the sender's own system posts, one event a request. A new ticket is the body the studio's plain ticket
 * webhook takes (so a sender moving over changes only the address and adds the signature), with `"type":
 * "ticket.created"` or no type at all; a message is the plain message webhook's body plus the ticket it belongs to;
 * an update carries what changed on the sender's side. Tickets are named by the sender's own id throughout.
 */
const ticketRef = z.string().trim().min(1, "ticketExternalId is required: the ticket's externalId as you sent it").max(200);

export const ZStudioTicketCreatedSchema = ZIncomingTicketSchema.extend({ type: z.literal("ticket.created").optional() });

export const ZStudioMessageAddedSchema = ZIncomingMessageSchema.extend({
  type: z.literal("message.added"),
  ticketExternalId: ticketRef,
  /** Required here (optional on the plain webhook): a signed sender retries, and the id is what makes a retry harmless. */
  externalId: z.string().trim().min(1, "externalId is required: your id for the message, so a retry is not stored twice").max(200),
});

export const STUDIO_TICKET_STATUSES = ["open", "pending", "solved", "closed"] as const;

export const ZStudioTicketUpdatedSchema = z
  .object({
    type: z.literal("ticket.updated"),
    ticketExternalId: ticketRef,
    status: z.enum(STUDIO_TICKET_STATUSES).optional(),
    priority: z.enum(PRIORITIES).optional(),
    /** The customer's satisfaction rating, 1 (unhappy) to 5 (happy). */
    csat: z.number().int().min(1).max(5).optional(),
    csatComment: z.string().max(5000).nullish(),
  })
  .refine((u) => u.status !== undefined || u.priority !== undefined || u.csat !== undefined, {
    message: "An update needs at least one of status, priority or csat",
  });

export const STUDIO_INBOUND_TYPES = ["ticket.created", "message.added", "ticket.updated"] as const;

export type TStudioInboundBody =
  | z.output<typeof ZStudioTicketCreatedSchema>
  | z.output<typeof ZStudioMessageAddedSchema>
  | z.output<typeof ZStudioTicketUpdatedSchema>;

/** The schema a body's `type` asks for; null for a type the studio does not take. */
export function studioBodySchema(type: unknown): z.ZodType<TStudioInboundBody> | null {
  if (type === undefined || type === "ticket.created") return ZStudioTicketCreatedSchema;
  if (type === "message.added") return ZStudioMessageAddedSchema;
  if (type === "ticket.updated") return ZStudioTicketUpdatedSchema;
  return null;
}
