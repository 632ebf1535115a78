import type { TraceEntry } from "../../types";
import type { Divergence, OutcomeDifference, OutcomeSummary } from "../types";
import { againstHistory } from "./against-history";
import { differencesPhrase, explainStep, lastOf, nodeNamer, sideOf, STEP_KINDS_OF, type NodeNamer } from "./explain-step";
import { describeOutcome } from "./outcome-words";

export interface DivergenceContext {
  /** Names a node for the sentence (its label); by default its id, quoted. */
  name?: NodeNamer;
  /** The node's label alone, stored with the divergence for the tables. */
  labelOf?: (nodeId: string) => string | undefined;
  /** The named differences between the two outcomes (outcomeDifferences). */
  differences?: readonly OutcomeDifference[];
}

/**
 * Where two runs of the same ticket part: the first step (in trace order) whose node or decision differs,
 * with both decisions, their reasons and the numbers behind them. When both took the same steps and still
 * differ (a message's text, a priority), the step behind the first difference is named, with what differs.
 * Against the history (an empty baseline trace) there is no step to compare, so the candidate's step that
 * decided the differing part of the outcome is set against what the history recorded.
 */
export function divergenceOf(baselineTrace: TraceEntry[], candidateTrace: TraceEntry[], baseline: OutcomeSummary, candidate: OutcomeSummary, context: DivergenceContext = {}): Divergence {
  const name = context.name ?? nodeNamer([]);
  const labelled = (nodeId: string): { nodeLabel?: string } => {
    const label = context.labelOf?.(nodeId);
    return label !== undefined ? { nodeLabel: label } : {};
  };
  if (baselineTrace.length === 0) {
    const d = againstHistory(candidateTrace, baseline, candidate, name);
    return { ...d, ...labelled(d.nodeId) };
  }
  const n = Math.max(baselineTrace.length, candidateTrace.length);
  for (let i = 0; i < n; i++) {
    const b = baselineTrace[i];
    const c = candidateTrace[i];
    if (b !== undefined && c !== undefined && b.nodeId === c.nodeId && b.decision === c.decision) continue;
    const at = (c ?? b)!;
    return {
      nodeId: at.nodeId,
      ...labelled(at.nodeId),
      nodeType: at.nodeType,
      baseline: sideOf(b),
      candidate: sideOf(c),
      explanation: explainStep(b, c, i > 0 ? candidateTrace[i - 1]! : null, name),
    };
  }
  return sameSteps(baselineTrace, candidateTrace, baseline, candidate, context.differences ?? [], name, labelled);
}

/** Both runs took the same steps: the step behind the first difference did something else (its message, its priority). */
function sameSteps(
  baselineTrace: TraceEntry[],
  candidateTrace: TraceEntry[],
  baseline: OutcomeSummary,
  candidate: OutcomeSummary,
  differences: readonly OutcomeDifference[],
  name: NodeNamer,
  labelled: (nodeId: string) => { nodeLabel?: string },
): Divergence {
  const first = differences[0];
  const step = (first !== undefined ? lastOf(candidateTrace, STEP_KINDS_OF[first.aspect]) : undefined) ?? candidateTrace[candidateTrace.length - 1];
  const index = step !== undefined ? candidateTrace.indexOf(step) : -1;
  const what = differences.length > 0 ? differencesPhrase(differences) : `${describeOutcome(candidate)} instead of ${describeOutcome(baseline)}`;
  return {
    nodeId: step?.nodeId ?? "",
    ...(step !== undefined ? labelled(step.nodeId) : {}),
    nodeType: step?.nodeType ?? "",
    baseline: sideOf(index >= 0 ? baselineTrace[index] : baselineTrace[baselineTrace.length - 1]),
    candidate: sideOf(step),
    explanation: step !== undefined ? `Same steps, but ${name(step.nodeId)} did something else: ${what}` : `Same steps, different outcome: ${what}`,
  };
}
