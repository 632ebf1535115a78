import type { TraceEntry } from "../../types";
import type { Divergence, OutcomeSummary } from "../types";

type Side = NonNullable<Divergence["baseline"]>;

/**
 * Where two runs of the same ticket part: the first step (in trace order) whose node or decision differs,
 * with both decisions, their reasons and the numbers behind them. Against the history (an empty baseline
 * trace) there is no step to compare, so the candidate's step that decided the differing part of the
 * outcome is set against what the history recorded.
 */
export function divergenceOf(baselineTrace: TraceEntry[], candidateTrace: TraceEntry[], baseline: OutcomeSummary, candidate: OutcomeSummary): Divergence {
  if (baselineTrace.length === 0) return againstHistory(candidateTrace, baseline, candidate);
  const n = Math.max(baselineTrace.length, candidateTrace.length);
  for (let i = 0; i < n; i++) {
    const b = baselineTrace[i];
    const c = candidateTrace[i];
    if (b !== undefined && c !== undefined && b.nodeId === c.nodeId && b.decision === c.decision) continue;
    const at = (c ?? b)!;
    return {
      nodeId: at.nodeId,
      nodeType: at.nodeType,
      baseline: sideOf(b),
      candidate: sideOf(c),
      explanation: explainStep(b, c, i > 0 ? candidateTrace[i - 1]! : null),
    };
  }
  const last = candidateTrace[candidateTrace.length - 1];
  return {
    nodeId: last?.nodeId ?? "",
    nodeType: last?.nodeType ?? "",
    baseline: sideOf(baselineTrace[baselineTrace.length - 1]),
    candidate: sideOf(last),
    explanation: `Same steps, different outcome: ${describeOutcome(candidate)} instead of ${describeOutcome(baseline)}`,
  };
}

function explainStep(b: TraceEntry | undefined, c: TraceEntry | undefined, previous: TraceEntry | null): string {
  if (b !== undefined && c !== undefined && b.nodeId === c.nodeId) {
    return `${c.nodeId}: "${c.decision}" (${why(c)}) instead of "${b.decision}" (${why(b)})`;
  }
  const after = previous !== null ? `After ${previous.nodeId}, ` : "";
  if (c === undefined) return `${after}the candidate stopped where the baseline went on to ${b!.nodeId}: "${b!.decision}" (${why(b!)})`;
  if (b === undefined) return `${after}the candidate went on to ${c.nodeId}: "${c.decision}" (${why(c)}) where the baseline stopped`;
  return `${after}the candidate went to ${c.nodeId}: "${c.decision}" (${why(c)}) instead of ${b.nodeId}: "${b.decision}" (${why(b)})`;
}

function againstHistory(trace: TraceEntry[], history: OutcomeSummary, candidate: OutcomeSummary): Divergence {
  const deciding = decidingEntry(trace, history, candidate);
  const recorded = `history: ${describeOutcome(history)}`;
  if (deciding === undefined) {
    return { nodeId: "", nodeType: "", baseline: null, candidate: null, explanation: `The flow did nothing (${describeOutcome(candidate)}); ${recorded}` };
  }
  return {
    nodeId: deciding.nodeId,
    nodeType: deciding.nodeType,
    baseline: { decision: describeOutcome(history), reason: "As recorded in the helpdesk" },
    candidate: sideOf(deciding),
    explanation: `${deciding.nodeId} ${actionOf(deciding, candidate)} (${why(deciding)}); ${recorded}`,
  };
}

/** The candidate's step behind the part of the outcome that differs from the history. */
function decidingEntry(trace: TraceEntry[], history: OutcomeSummary, candidate: OutcomeSummary): TraceEntry | undefined {
  if (candidate.kind !== history.kind) {
    const byKind =
      candidate.kind === "escalated"
        ? lastOf(trace, "escalate")
        : candidate.kind === "automated"
          ? lastOf(trace, "resolve")
          : candidate.kind === "routed"
            ? lastOf(trace, "route")
            : undefined;
    if (byKind !== undefined) return byKind;
  }
  if (candidate.queue !== history.queue) {
    const router = lastOf(trace, "route", "escalate");
    if (router !== undefined) return router;
  }
  if (candidate.tier !== history.tier) {
    const tiering = lastOf(trace, "set-tier");
    if (tiering !== undefined) return tiering;
  }
  return trace[trace.length - 1];
}

function actionOf(e: TraceEntry, candidate: OutcomeSummary): string {
  switch (e.nodeType) {
    case "route":
      return `routed to ${e.decision}`;
    case "escalate":
      return `escalated${candidate.queue !== null ? ` to ${candidate.queue}` : ""}`;
    case "resolve":
      return "resolved it";
    case "set-tier":
      return `set ${e.decision}`;
    default:
      return `decided "${e.decision}"`;
  }
}

export function describeOutcome(o: OutcomeSummary): string {
  switch (o.kind) {
    case "routed":
      return o.queue ?? "routed";
    case "escalated":
      return `escalated${o.queue !== null ? ` to ${o.queue}` : ""}`;
    case "automated":
      return "resolved with no human";
    case "no-action":
      return o.queue !== null ? `no action (in ${o.queue})` : "no action";
    default: {
      const never: never = o.kind;
      return String(never);
    }
  }
}

function sideOf(e: TraceEntry | undefined): Side | null {
  if (e === undefined) return null;
  return { decision: e.decision, reason: e.reason, ...(e.details !== undefined ? { details: e.details } : {}) };
}

/** The numbers behind a decision when the step recorded them (a score against its threshold), else its reason. */
function why(e: TraceEntry): string {
  const d = e.details;
  if (d !== undefined && typeof d["confidence"] === "number") {
    const threshold = typeof d["minConfidence"] === "number" ? d["minConfidence"] : typeof d["threshold"] === "number" ? d["threshold"] : null;
    const score = `${typeof d["label"] === "string" ? `${d["label"]} ` : ""}${(d["confidence"] as number).toFixed(2)}`;
    if (threshold === null) return score;
    return `${score} ${(d["confidence"] as number) >= (threshold as number) ? "≥" : "<"} ${(threshold as number).toFixed(2)}`;
  }
  return e.reason;
}

/** The last step of one of these node types. No closures: this runs for every changed ticket. */
function lastOf(trace: readonly TraceEntry[], type: string, orType?: string): TraceEntry | undefined {
  for (let i = trace.length - 1; i >= 0; i--) {
    const t = trace[i]!.nodeType;
    if (t === type || t === orType) return trace[i];
  }
  return undefined;
}
