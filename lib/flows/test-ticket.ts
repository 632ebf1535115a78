import { z } from "zod";
import { ZDraftFlowGraphSchema } from "../../workflows/model/graph";
import { CHANNELS } from "../../workflows/model/fields";

/**
 * A test ticket: a customer's message typed in the flow editor and run, for real but sent nowhere, on the
 * draft (the editor's graph, unsaved edits included) or on a published version. The editor's panel and the
 * server read the same limits, so the form stops what the server would refuse.
 */
export const TEST_TICKET_MAX_TURNS = 20;
export const TEST_TICKET_SUBJECT_MAX = 200;
export const TEST_TICKET_MESSAGE_MAX = 4000;
export const TEST_TICKET_PAGE_URL_MAX = 2000;
export const TEST_TICKET_PLANS = ["standard", "pro", "enterprise"] as const;

const message = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Write ${what}.`)
    .max(TEST_TICKET_MESSAGE_MAX, `Keep ${what} to ${TEST_TICKET_MESSAGE_MAX} characters or fewer.`);

/** Who the customer is and what they first wrote; every field but the message has the default a new customer gets. */
export const ZTestTicketCustomerSchema = z.object({
  subject: z.string().trim().max(TEST_TICKET_SUBJECT_MAX, `Keep the subject to ${TEST_TICKET_SUBJECT_MAX} characters or fewer.`).default(""),
  body: message("the customer's first message"),
  channel: z.enum(CHANNELS).default("chat"),
  /** The page the customer writes from; empty means none. */
  pageUrl: z
    .string()
    .trim()
    .max(TEST_TICKET_PAGE_URL_MAX, `Keep the page address to ${TEST_TICKET_PAGE_URL_MAX} characters or fewer.`)
    .default("")
    .transform((url) => (url === "" ? null : url)),
  customerName: z.string().trim().max(100, "Keep the name to 100 characters or fewer.").default("Test customer"),
  plan: z.string().trim().min(1, "Say which plan the customer is on.").max(50, "Keep the plan to 50 characters or fewer.").default("standard"),
  enterprise: z.boolean().default(false),
  /** This ticket included, as a live ticket counts it. */
  contactsLast24h: z.number().int().min(1, "Count this ticket too: at least 1.").max(1000).default(1),
});

/**
 * What happens next while the run rests: the customer writes again, an agent answers (what an SLA or an agent
 * wait rests for), or nobody does until the wait's timeout.
 */
export const ZTestTicketTurnSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("customer"), body: message("the customer's reply") }),
  z.object({ kind: z.literal("agent"), body: message("the agent's reply") }),
  z.object({ kind: z.literal("timeout") }),
]);

export const ZTestTicketTargetSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("draft"), graph: ZDraftFlowGraphSchema }),
  z.object({ kind: z.literal("version"), versionId: z.string().min(1) }),
]);

export const ZTestTicketInputSchema = z.object({
  flowId: z.string().min(1),
  target: ZTestTicketTargetSchema,
  ticket: ZTestTicketCustomerSchema,
  turns: z.array(ZTestTicketTurnSchema).max(TEST_TICKET_MAX_TURNS, `A test ticket takes at most ${TEST_TICKET_MAX_TURNS} replies; start a new one.`).default([]),
});
export type TTestTicketInput = z.input<typeof ZTestTicketInputSchema>;
export type TTestTicketRequest = z.output<typeof ZTestTicketInputSchema>;
export type TTestTicketTurn = z.output<typeof ZTestTicketTurnSchema>;
