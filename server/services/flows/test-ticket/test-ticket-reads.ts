import "server-only";
import { answerAiActivity } from "../../../ai/answer-ai-activity";
import type { AiProvider } from "../../../ai/provider";
import type { ActivityInputs } from "../../../../workflows/interpret/activities";
import type { TicketView } from "../../../../workflows/interpret/ticket-view";
import type { TLookupResult } from "../../../../workflows/model/lookup";
import type { LookupPort, TLookupContext } from "../../lookups/lookup-types";
import type { TestTicketRead } from "./drive-test-ticket";

export interface TestTicketReadPorts {
  ai: AiProvider;
  /** The workspace's data sources; without them a lookup answers "failed" and drafts use none. */
  lookups?: LookupPort;
}

/**
 * A test ticket's reads, answered for real: the workspace's AI provider (as a live run's perceive activity asks
 * it, through answerAiActivity) and its data sources. A test ticket is in no database, so its lookups go out with
 * no ticket id (the port then neither reads nor keeps a cached result) and read the ticket as typed.
 */
export function testTicketReads(ports: TestTicketReadPorts): TestTicketRead {
  const lookups = ports.lookups === undefined ? undefined : unkeptLookups(ports.lookups);
  return async (name, input, ticket) => {
    switch (name) {
      case "classifyIntent":
      case "detectSentiment":
      case "draftReply":
        return answerAiActivity(ports.ai, name, input as never, { lookups, lookupContext: async () => lookupContextOf(ticket) });
      case "lookupData":
        return lookUp(lookups, input as ActivityInputs["lookupData"], ticket);
      default: {
        const never: never = name;
        throw new Error(`Not a read: ${String(never)}`);
      }
    }
  };
}

/** The port with every lookup made as a test ticket's: never read from or kept on a stored ticket. */
function unkeptLookups(port: LookupPort): LookupPort {
  return { sourcesFor: (intent) => port.sourcesFor(intent), lookup: (input) => port.lookup({ ...input, ticketId: null }) };
}

/** A lookup node's read; any trouble is a "failed" result, as a live run's lookup reports it. */
async function lookUp(lookups: LookupPort | undefined, input: ActivityInputs["lookupData"], ticket: TicketView): Promise<TLookupResult> {
  const { source } = input;
  const failed = (error: string): TLookupResult => ({ source, status: "failed", request: null, fields: {}, error });
  if (lookups === undefined) return failed("No data sources can be reached from here");
  try {
    return await lookups.lookup({ source, ticketId: null, context: lookupContextOf(ticket) });
  } catch (err) {
    return failed(`The lookup failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** What a data source's path and answer templates can name about the typed ticket. */
export function lookupContextOf(ticket: TicketView): TLookupContext {
  return {
    ticket: {
      externalId: ticket.externalId,
      subject: ticket.subject,
      body: ticket.body,
      latestMessage: ticket.latestCustomerMessage,
      pageUrl: ticket.pageUrl ?? null,
      customFields: {},
    },
    customer: { externalId: ticket.customer.id, email: null, name: ticket.customer.name ?? null, plan: ticket.customer.plan },
  };
}
