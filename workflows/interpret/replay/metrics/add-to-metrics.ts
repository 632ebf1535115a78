import type { RunState, TraceEntry } from "../../types";
import type { BacktestMetrics, ConfusionCounts, HistoricalTicket, OutcomeSummary } from "../types";
import { createCategoryMetrics } from "./create-metrics";
import { addDuration } from "./histogram";

/**
 * Agent time an automated ticket saves when the history has no handle time for it: five minutes, a
 * common median handle time for a Tier 1 request. Stated here so the metric's assumption is visible.
 */
export const DEFAULT_HANDLE_TIME_SEC = 300;
/** How many tickets each branch keeps as examples for "show the tickets this rule matched". */
export const NODE_HIT_SAMPLE = 50;
export const UNCATEGORISED = "uncategorised";
export const NO_TIER = "none";

/** The node kinds whose decisions are branches worth counting: rules, routing, tiering, escalation, AI replies, lookups. */
const COUNTED_KINDS: ReadonlySet<string> = new Set(["condition", "switch", "classify-intent", "route", "set-tier", "escalate", "ai-reply", "lookup"]);

/**
 * Counts one ticket's outcome. `state` is the replayed run (null for the history as it happened: it has no
 * trace and saves no agent time, since people did the work). Every count is an integer (handle times are
 * rounded to whole seconds), so metrics merge exactly in any grouping.
 */
export function addToMetrics(m: BacktestMetrics, ticket: HistoricalTicket, summary: OutcomeSummary, state: RunState | null): void {
  const recorded = ticket.recorded;
  const category = recorded.category ?? UNCATEGORISED;
  const cat = (m.byCategory[category] ??= createCategoryMetrics());
  const automated = summary.kind === "automated";
  m.tickets += 1;
  cat.tickets += 1;
  m.outcomes[summary.kind] += 1;
  if (automated) cat.automated += 1;
  if (automated && summary.aiReply === "sent") m.deflected += 1;
  if (summary.kind === "escalated") {
    cat.escalated += 1;
    const reason = summary.escalationReason ?? "unspecified";
    m.escalationsByReason[reason] = (m.escalationsByReason[reason] ?? 0) + 1;
  }
  const tier = summary.tier === null ? NO_TIER : String(summary.tier);
  m.tierMix[tier] = (m.tierMix[tier] ?? 0) + 1;
  if (summary.queue !== null && recorded.queue !== null) {
    if (confuse(m.routing, recorded.queue, summary.queue)) cat.routedCorrectly += 1;
  }
  if (summary.intent !== null && recorded.category !== null) confuse(m.intent, recorded.category, summary.intent);
  if (summary.firstResponseSec !== null) addDuration(m.firstResponse, summary.firstResponseSec);
  if (summary.resolutionSec !== null) addDuration(m.resolution, summary.resolutionSec);
  if (summary.slaBreached) {
    m.slaBreaches += 1;
    cat.slaBreaches += 1;
  }
  if (summary.aiReply !== null) m.aiReplies[summary.aiReply] += 1;
  if (state === null) return;
  if (automated) {
    const saved = Math.round(recorded.handleTimeSec ?? DEFAULT_HANDLE_TIME_SEC);
    m.agentSecondsSaved += saved;
    cat.agentSecondsSaved += saved;
  }
  countTrace(m, ticket.snapshot.id, state.trace);
}

/** Returns whether the prediction was right. */
function confuse(c: ConfusionCounts, actual: string, predicted: string): boolean {
  c.compared += 1;
  const row = (c.matrix[actual] ??= {});
  row[predicted] = (row[predicted] ?? 0) + 1;
  if (actual !== predicted) return false;
  c.correct += 1;
  return true;
}

/** Each (node, decision) counts once per ticket: a route writes two lines (asked, done) with the same queue. */
function countTrace(m: BacktestMetrics, ticketId: string, trace: TraceEntry[]): void {
  for (let i = 0; i < trace.length; i++) {
    const e = trace[i]!;
    if (e.nodeType === "ai-reply" && e.decision === "blocked") m.guardrailBlocks += 1;
    if (!COUNTED_KINDS.has(e.nodeType) || seenBefore(trace, i)) continue;
    const byDecision = (m.nodeHits[e.nodeId] ??= {});
    const hits = (byDecision[e.decision] ??= { count: 0, sample: [] });
    hits.count += 1;
    if (hits.sample.length < NODE_HIT_SAMPLE) hits.sample.push(ticketId);
  }
}

/** Whether an earlier line has the same node and decision (a trace is a dozen lines: a scan allocates nothing). */
function seenBefore(trace: TraceEntry[], i: number): boolean {
  const e = trace[i]!;
  for (let j = 0; j < i; j++) if (trace[j]!.nodeId === e.nodeId && trace[j]!.decision === e.decision) return true;
  return false;
}
