import "server-only";
import { z } from "zod";
import { CHANNELS, PRIORITIES } from "../../workflows/model/fields";

/**
 * What every helpdesk connector (Zendesk, Intercom, Freshdesk, and the sender's own system) gives the studio, so the
 * services that store connections, take webhooks and carry out a flow's effects never name a vendor. One module per
 * vendor under server/helpdesk/<kind>/ exports a `HelpdeskConnector`; `connectors.ts` lists them, exhaustive by kind.
 */
export const CONNECTION_KINDS = ["zendesk", "intercom", "freshdesk", "studio"] as const;
export type TConnectionKind = (typeof CONNECTION_KINDS)[number];

/** A webhook delivery as the route handler read it: the raw body (signatures are over bytes) and lower-cased headers. */
export interface TInboundRequest {
  rawBody: string;
  headers: Record<string, string>;
  /** The server's clock when the delivery arrived, for stale-timestamp checks. */
  receivedAt: Date;
}

export type TVerifyResult =
  | { ok: true; /** Identifies this delivery for replay protection (e.g. signature + timestamp). */ deliveryId: string }
  | { ok: false; reason: string };

/** A helpdesk event in the studio's words. Ids are the helpdesk's own, as strings. */
export const ZInboundEventSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("ticket.created"),
    externalTicketId: z.string().min(1),
    subject: z.string(),
    body: z.string(),
    channel: z.enum(CHANNELS).default("web"),
    pageUrl: z.string().nullish(),
    /** What only the studio's own channel sends; a helpdesk's ticket starts at normal priority, untagged. */
    priority: z.enum(PRIORITIES).optional(),
    tags: z.array(z.string()).optional(),
    language: z.string().nullish(),
    customer: z.object({
      externalId: z.string().min(1),
      email: z.string().nullish(),
      name: z.string().nullish(),
      plan: z.string().optional(),
      enterprise: z.boolean().optional(),
    }),
    createdAt: z.coerce.date().optional(),
  }),
  z.object({
    type: z.literal("message.added"),
    externalTicketId: z.string().min(1),
    externalMessageId: z.string().min(1),
    author: z.enum(["customer", "agent"]),
    authorName: z.string().nullish(),
    body: z.string(),
    internal: z.boolean().default(false),
    /** When it was written, where the sender says; else when it arrived. */
    createdAt: z.coerce.date().optional(),
  }),
  z.object({
    type: z.literal("ticket.updated"),
    externalTicketId: z.string().min(1),
    status: z.enum(["open", "pending", "solved", "closed"]).optional(),
    priority: z.enum(PRIORITIES).optional(),
    remoteGroupId: z.string().nullish(),
    remoteAssigneeId: z.string().nullish(),
  }),
  z.object({
    type: z.literal("ticket.rated"),
    externalTicketId: z.string().min(1),
    /** 1–5; vendors with good/bad ratings map good to 5 and bad to 1. */
    score: z.number().int().min(1).max(5),
    comment: z.string().nullish(),
  }),
]);
export type TInboundEvent = z.infer<typeof ZInboundEventSchema>;

/** What a flow's effect asks of the helpdesk, per ticket. Group and assignee are the helpdesk's ids (from the mappings). */
export type THelpdeskAction =
  | { type: "reply"; body: string }
  | { type: "note"; body: string }
  | { type: "assign"; remoteGroupId?: string | null; remoteAssigneeId?: string | null }
  | {
      type: "update";
      priority?: (typeof PRIORITIES)[number];
      status?: "open" | "pending" | "solved" | "closed";
      addTags?: string[];
      removeTags?: string[];
      fields?: Record<string, string | number | boolean>;
    };

export interface TRemoteEntity {
  id: string;
  name: string;
  email?: string | null;
}

/** One connection's client, built from its settings and opened secrets. Every method throws HelpdeskCallError on failure. */
export interface HelpdeskClient {
  /** "Test connection": who the credentials belong to, in the helpdesk's words (e.g. "Ava Ops <ava@acme.com> on acme.zendesk.com"). */
  whoAmI(): Promise<string>;
  /** Groups / teams, for the queue mapping's suggestions. */
  listGroups(): Promise<TRemoteEntity[]>;
  /** Agents / admins, for the agent mapping's suggestions. */
  listAgents(): Promise<TRemoteEntity[]>;
  /**
   * Carries out one action on one ticket. `idempotencyKey` is stable across retries of the same effect; a client
   * sends it where the API accepts one (an `Idempotency-Key` header) so a retry after a lost answer is not a second reply.
   */
  apply(externalTicketId: string, action: THelpdeskAction, idempotencyKey: string): Promise<void>;
}

/** A field of the connection form: settings are shown again; secrets never are. */
export interface ConnectionField {
  key: string;
  label: string;
  secret: boolean;
  placeholder?: string;
  help?: string;
  /**
   * A secret the studio makes up rather than one the helpdesk hands out (a webhook secret the admin pastes into the
   * helpdesk): the form can offer a freshly generated random value to copy before saving.
   */
  generated?: boolean;
}

/** What the Connections page shows a support-ops person to paste into the helpdesk. */
export interface SetupGuide {
  steps: string[];
  /** The exact webhook body (JSON) to paste, where the helpdesk lets you write one. */
  webhookBody?: string;
  /** Trigger / rule conditions to set, in the helpdesk's own words. */
  conditions?: string[];
  /**
   * Where the helpdesk needs one rule per event (Zendesk: one trigger each), every rule to create with its name,
   * its conditions and its exact body; `webhookBody` and `conditions` then show the first rule's body and what all share.
   */
  rules?: { name: string; conditions: string[]; webhookBody?: string }[];
  /** Further text to copy as it is (other event bodies, code that signs a request), each under its title. */
  examples?: { title: string; code: string }[];
}

export interface HelpdeskConnector<S = Record<string, unknown>, K = Record<string, unknown>> {
  kind: TConnectionKind;
  title: string;
  settingsSchema: z.ZodType<S>;
  secretsSchema: z.ZodType<K>;
  fields: ConnectionField[];
  /**
   * How many API calls a minute one connection may make, kept a little under the helpdesk's documented limit so
   * the studio's own calls never crowd out the agents'; absent, the studio's default applies.
   */
  requestsPerMinute?: number;
  /**
   * Whether the flows' effects on this connection's tickets are carried out outside the studio too (absent: always).
   * A connection that answers false is inbound only: its tickets are not connected, so their effects stay in the studio.
   */
  sendsEffects?(settings: S): boolean;
  /**
   * The other side knows the studio's own queue names and agent emails: one nobody mapped is sent as it is rather
   * than refused, and no queue counts as unmapped.
   */
  takesStudioNames?: boolean;
  /** How the "Which helpdesk?" choice names it, where the title alone would not say what it is. */
  choiceLabel?: string;
  /** Checks the delivery's signature (and timestamp) with the connection's webhook secret. */
  verify(req: TInboundRequest, secrets: K): TVerifyResult;
  /** The delivery's events; throws InboundPayloadError (with a reason a person can act on) for a body it cannot read. */
  parse(req: TInboundRequest, settings: S): TInboundEvent[];
  client(settings: S, secrets: K, options?: { fetch?: typeof fetch }): HelpdeskClient;
  setupGuide(settings: S, webhookUrl: string): SetupGuide;
}

/** A body that is signed correctly but not one the connector can read. */
export class InboundPayloadError extends Error {
  override readonly name = "InboundPayloadError";
}
