import type { TLookupResult } from "../../model/lookup";
import type { FlowPlan } from "../../model/plan";
import type { HistoricalTicket } from "./types";

/**
 * A backtest's answer to a lookup: the result the ticket's live run kept, never a call out (the answer today is not
 * what the ticket saw, and a backtest of thousands of tickets must not hit an order system thousands of times).
 */
export function recordedLookup(ticket: HistoricalTicket, source: string): TLookupResult {
  return (
    ticket.lookups?.[source] ?? {
      source,
      status: "not_recorded",
      request: null,
      fields: {},
      error: `No lookup of “${source}” was recorded for this ticket; a backtest never calls out`,
    }
  );
}

/** The data sources the plans' lookup nodes name, each once: what a backtest loads recorded results for. */
export function lookupSourcesOf(plans: ReadonlyArray<FlowPlan | "history">): string[] {
  const sources = new Set<string>();
  for (const plan of plans) {
    if (plan === "history") continue;
    for (const node of Object.values(plan.nodes)) if (node.type === "lookup") sources.add(node.config.source);
  }
  return [...sources];
}
