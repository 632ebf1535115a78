import "server-only";
import type { ActivityInputs, ActivityResult } from "../../workflows/interpret/activities";
import type { TLookupResult } from "../../workflows/model/lookup";
import { renderAnswerTemplate } from "../services/lookups/answer-template";
import type { LookupPort, TLookupContext } from "../services/lookups/lookup-types";
import { pageEffect } from "./page-effect";
import type { AiProvider, DraftData } from "./provider";

export interface DraftDeps {
  lookups?: LookupPort;
  /** The ticket as data sources see it; null when there is no such ticket. */
  lookupContext?: (ticketId: string) => Promise<TLookupContext | null>;
}

type Draft = ActivityResult<"draftReply">;

/**
 * A draft as the ai-reply step gets it: passages retrieved with the customer's page (articles tagged for it come
 * first), the intent's data sources offered to the provider, and the result saying which lookups it consulted and
 * whether the page changed the articles it cites.
 */
export async function answerDraft(ai: AiProvider, input: ActivityInputs["draftReply"], deps: DraftDeps): Promise<Draft> {
  const { text, intent, maxPassages } = input;
  const pageUrl = input.pageUrl || null;
  const passages = pageUrl ? await ai.retrieve(text, maxPassages, { pageUrl }) : await ai.retrieve(text, maxPassages);
  const { data, consulted } = await draftDataFor(input, deps);
  const draft = await ai.draftReply({ text, intent, passages, page: pageUrl ? { url: pageUrl } : null, data });
  const result: Draft = { ...draft };
  const lookups = consulted();
  if (lookups.length > 0) result.lookups = lookups;
  if (pageUrl) result.page = await pageEffect(ai, { text, maxPassages, pageUrl }, passages, draft.citations);
  return result;
}

/**
 * The data a draft may use: the intent's sources, the results the run already fetched, and lookups made now
 * through the port (which keeps one result per ticket and source). `consulted` lists them all afterwards.
 */
async function draftDataFor(input: ActivityInputs["draftReply"], deps: DraftDeps): Promise<{ data: DraftData | null; consulted: () => TLookupResult[] }> {
  const known = input.lookups ?? [];
  const made: TLookupResult[] = [];
  const consulted = () => [...known, ...made.filter((m) => !known.some((k) => k.source === m.source))];
  const port = deps.lookups;
  // Sources belong to intents: a draft whose intent is not known reads only what the run's lookup nodes fetched.
  const sources = port && input.intent !== null ? await port.sourcesFor(input.intent) : [];
  if (sources.length === 0 && known.length === 0) return { data: null, consulted };
  let context: Promise<TLookupContext | null> | null = null;
  const contextOf = () => (context ??= deps.lookupContext ? deps.lookupContext(input.ticketId) : Promise.resolve(null));
  const data: DraftData = {
    sources,
    known,
    async lookup(source, args) {
      const result = await lookupSafely(port, source, input.ticketId, contextOf, args);
      made.push(result);
      return result;
    },
    async render(template, result) {
      const ticket = await contextOf();
      return ticket === null ? null : renderAnswerTemplate(template, result, ticket);
    },
  };
  return { data, consulted };
}

/** A lookup that cannot be made is a result that says why, never a failed draft: the reply falls back to the knowledge base. */
async function lookupSafely(
  port: LookupPort | undefined,
  source: string,
  ticketId: string,
  contextOf: () => Promise<TLookupContext | null>,
  args: Record<string, string> | undefined,
): Promise<TLookupResult> {
  const skipped = (error: string): TLookupResult => ({ source, status: "skipped", request: null, fields: {}, error });
  if (port === undefined) return skipped("No data sources are reachable here");
  try {
    const context = await contextOf();
    if (context === null) return skipped("The ticket's details could not be read");
    return await port.lookup({ source, ticketId, context, ...(args ? { args } : {}) });
  } catch (err) {
    return { source, status: "failed", request: null, fields: {}, error: `The lookup failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}
