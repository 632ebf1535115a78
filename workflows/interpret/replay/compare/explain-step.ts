import type { TraceEntry } from "../../types";
import type { Divergence, OutcomeDifference } from "../types";

export type Side = NonNullable<Divergence["baseline"]>;

/** A node as a person reads it: its label on the canvas, in quotes. */
export type NodeNamer = (nodeId: string) => string;

/** Names nodes by their labels in these plans (the first that has the node), else by id. */
export function nodeNamer(labels: ReadonlyArray<{ nodes: Record<string, { label: string }> } | null | undefined>): NodeNamer {
  return (nodeId) => {
    for (const plan of labels) {
      const label = plan?.nodes[nodeId]?.label;
      if (label !== undefined && label !== "") return `“${label}”`;
    }
    return `“${nodeId}”`;
  };
}

export function sideOf(e: TraceEntry | undefined): Side | null {
  if (e === undefined) return null;
  return { decision: e.decision, reason: e.reason, ...(e.details !== undefined ? { details: e.details } : {}) };
}

/** The numbers behind a decision when the step recorded them (a score against its threshold), else its reason. */
export function why(e: TraceEntry): string {
  const d = e.details;
  if (d !== undefined && typeof d["confidence"] === "number") {
    const threshold = typeof d["minConfidence"] === "number" ? d["minConfidence"] : typeof d["threshold"] === "number" ? d["threshold"] : null;
    const score = `${typeof d["label"] === "string" ? `${d["label"]} ` : ""}${(d["confidence"] as number).toFixed(2)}`;
    if (threshold === null) return score;
    return `${score} ${(d["confidence"] as number) >= (threshold as number) ? "≥" : "<"} ${(threshold as number).toFixed(2)}`;
  }
  return e.reason;
}

/** Where two traces first take different steps: the same node deciding otherwise, or different nodes after the same step. */
export function explainStep(b: TraceEntry | undefined, c: TraceEntry | undefined, previous: TraceEntry | null, name: NodeNamer): string {
  if (b !== undefined && c !== undefined && b.nodeId === c.nodeId) {
    return `${name(c.nodeId)} decided "${c.decision}" (${why(c)}) instead of "${b.decision}" (${why(b)})`;
  }
  const after = previous !== null ? `After ${name(previous.nodeId)}, ` : "";
  if (c === undefined) return `${after}the candidate stopped where the baseline went on to ${name(b!.nodeId)}: "${b!.decision}" (${why(b!)})`;
  if (b === undefined) return `${after}the candidate went on to ${name(c.nodeId)}: "${c.decision}" (${why(c)}) where the baseline stopped`;
  return `${after}the candidate went to ${name(c.nodeId)}: "${c.decision}" (${why(c)}) instead of ${name(b.nodeId)}: "${b.decision}" (${why(b)})`;
}

/** Longer values (a message's text) are named, not quoted: the ticket page shows both in full. */
const SHORT = 40;

/** Differences in a phrase: "Priority: high → urgent · Message to the customer changed". */
export function differencesPhrase(differences: readonly OutcomeDifference[]): string {
  return differences.map(differencePhrase).join(" · ");
}

export function differencePhrase(d: OutcomeDifference): string {
  const short = d.before.length <= SHORT && d.after.length <= SHORT && !/\n/.test(d.before + d.after);
  return short ? `${d.label}: ${d.before} → ${d.after}` : `${d.label} changed`;
}

/** The node kinds whose steps bring about each aspect of an outcome, for naming the node behind a difference. */
export const STEP_KINDS_OF: Record<OutcomeDifference["aspect"], readonly string[]> = {
  outcome: ["escalate", "resolve", "route"],
  queue: ["route", "escalate"],
  tier: ["set-tier"],
  priority: ["escalate", "set-fields", "score-priority"],
  escalationReason: ["escalate"],
  aiReply: ["ai-reply"],
  resolved: ["resolve"],
  tags: ["tag"],
  fields: ["set-fields"],
  customerMessages: ["escalate", "resolve", "ai-reply", "csat-survey"],
  internalNotes: ["ai-reply"],
  notifications: ["notify"],
  slaTimers: ["sla-timer"],
};

/** The last step of one of these node types. No closures: this runs for every changed ticket. */
export function lastOf(trace: readonly TraceEntry[], types: readonly string[]): TraceEntry | undefined {
  for (let i = trace.length - 1; i >= 0; i--) if (types.includes(trace[i]!.nodeType)) return trace[i];
  return undefined;
}
