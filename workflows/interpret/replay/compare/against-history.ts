import type { TraceEntry } from "../../types";
import type { Divergence, OutcomeSummary } from "../types";
import { lastOf, sideOf, why, type NodeNamer } from "./explain-step";
import { describeOutcome } from "./outcome-words";

/** The candidate's step behind the part of its outcome that differs from the history, set against what was recorded. */
export function againstHistory(trace: TraceEntry[], history: OutcomeSummary, candidate: OutcomeSummary, name: NodeNamer): Divergence {
  const deciding = decidingEntry(trace, history, candidate);
  const recorded = `in the history: ${describeOutcome(history)}`;
  if (deciding === undefined) {
    return { nodeId: "", nodeType: "", baseline: null, candidate: null, explanation: `The flow did nothing (${describeOutcome(candidate)}); ${recorded}` };
  }
  return {
    nodeId: deciding.nodeId,
    nodeType: deciding.nodeType,
    baseline: { decision: describeOutcome(history), reason: "As recorded in the helpdesk" },
    candidate: sideOf(deciding),
    explanation: `${name(deciding.nodeId)} ${actionOf(deciding, candidate)}; ${recorded}`,
  };
}

function decidingEntry(trace: TraceEntry[], history: OutcomeSummary, candidate: OutcomeSummary): TraceEntry | undefined {
  if (candidate.kind !== history.kind) {
    const byKind =
      candidate.kind === "escalated"
        ? lastOf(trace, ["escalate"])
        : candidate.kind === "automated"
          ? lastOf(trace, ["resolve"])
          : candidate.kind === "routed"
            ? lastOf(trace, ["route"])
            : undefined;
    if (byKind !== undefined) return byKind;
  }
  if (candidate.queue !== history.queue) {
    const router = lastOf(trace, ["route", "escalate"]);
    if (router !== undefined) return router;
  }
  if (candidate.tier !== history.tier) {
    const tiering = lastOf(trace, ["set-tier"]);
    if (tiering !== undefined) return tiering;
  }
  return trace[trace.length - 1];
}

/** What the step did, in words; a route's or a resolve's reason only repeats it, so it is left out. */
function actionOf(e: TraceEntry, candidate: OutcomeSummary): string {
  switch (e.nodeType) {
    case "route":
      return `routed the ticket to ${e.decision}`;
    case "escalate":
      return `escalated the ticket${candidate.queue !== null ? ` to ${candidate.queue}` : ""} (${why(e)})`;
    case "resolve":
      return "resolved the ticket";
    case "set-tier":
      return `set ${e.decision} (${why(e)})`;
    default:
      return `decided "${e.decision}" (${why(e)})`;
  }
}
