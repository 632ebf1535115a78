import "server-only";
import type { TLookupResult } from "../../../workflows/model/lookup";

/** What a request path template and an answer template can name about the ticket. */
export interface TLookupContext {
  ticket: {
    externalId: string;
    subject: string;
    body: string;
    /** The customer's latest message (the body when there is no reply yet). */
    latestMessage: string;
    pageUrl: string | null;
    customFields: Record<string, unknown>;
  };
  customer: { externalId: string; email: string | null; name: string | null; plan: string };
}

/** A data source as flows and AI providers see it: never its secret. */
export interface TDataSourceSummary {
  name: string;
  description: string;
  /** The intents whose AI replies may use it. */
  intents: string[];
  /** The declared response fields, with their types. */
  fields: Array<{ name: string; type: "string" | "number" | "boolean" }>;
  /** Variables of the path template that the ticket may not hold (e.g. `text.number`), for a tool call to fill. */
  variables: string[];
  /** The local provider's reply when the lookup finds something; `{{fields.x}}` and the context's names fill it. */
  answerTemplate: string | null;
}

/**
 * The data sources, as runs reach them. The live adapter calls out (with a timeout) and keeps one result per
 * ticket and source; the recorded adapter (backtests) only reads the results kept, and answers "not_recorded".
 */
export interface LookupPort {
  sourcesFor(intent: string | null): Promise<TDataSourceSummary[]>;
  /** `ticketId` null: a test ticket, never cached. `args` fill path variables a tool call supplies. */
  lookup(input: { source: string; ticketId: string | null; context: TLookupContext; args?: Record<string, string> }): Promise<TLookupResult>;
}
