import type { HeldCriterion } from "../model/held-criterion";
import type { LeafVerdict } from "./evaluate-rules";
import type { FieldValue } from "./read-field";
import { escalationHits } from "./tier-by-map";
import type { RunState, TraceEntry } from "./types";

export type { HeldCriterion } from "../model/held-criterion";

/** Steps that pick a branch; the nearest one before a handoff is what sent the ticket down it. */
const DECIDES = new Set(["condition", "switch", "ai-reply", "wait-for", "lookup", "sla-timer"]);

/**
 * What actually held for this handoff: the tier map's escalation criteria when a set-tier step escalated by them,
 * and the nearest deciding step before the handoff (the condition's rules that spoke for its branch, the switch
 * case that matched, the AI reply that handed off, the wait that timed out). A flow's reason is written once for
 * every ticket; this is the part that is true of this one.
 */
export function handoffReasons(state: RunState): HeldCriterion[] {
  const held: HeldCriterion[] = [];
  const tierLine = findLast(state.trace, (e) => e.nodeType === "set-tier" && e.details?.["source"] === "escalation");
  const map = state.ticket?.tierMap ?? null;
  if (tierLine !== undefined && map !== null && state.ticket !== null) {
    for (const hit of escalationHits(map.escalation, state.ticket, state.facts)) held.push({ nodeId: tierLine.nodeId, says: hit.says, was: null });
  }
  const decisive = findLast(state.trace, (e) => DECIDES.has(e.nodeType));
  if (decisive !== undefined) held.push(...fromStep(decisive));
  const seen = new Set<string>();
  return held.filter((h) => (seen.has(h.says) ? false : (seen.add(h.says), true)));
}

function fromStep(line: TraceEntry): HeldCriterion[] {
  if (line.nodeType === "condition") return speaking(line.nodeId, leavesOf(line.details?.["checked"]), line.decision === "true");
  if (line.nodeType === "switch") {
    const tried = Array.isArray(line.details?.["tried"]) ? (line.details["tried"] as Array<{ matched?: unknown; checked?: unknown }>) : [];
    const matched = tried.find((t) => t.matched === true);
    if (matched !== undefined) return speaking(line.nodeId, leavesOf(matched.checked), true);
  }
  return [{ nodeId: line.nodeId, says: line.reason, was: null }];
}

/**
 * The leaves that speak for the branch taken: on "true", those that held (or, under NOT, did not); on "false",
 * those that did not, said as their opposite.
 */
function speaking(nodeId: string, leaves: LeafVerdict[], wentTrue: boolean): HeldCriterion[] {
  return leaves
    .filter((l) => (l.matched !== (l.negated === true)) === wentTrue)
    .map((l) => {
      const positive = l.negated === true ? !wentTrue : wentTrue;
      return { nodeId, says: positive ? l.rule : `not: ${l.rule}`, was: showValue(l.actual) };
    });
}

function leavesOf(value: unknown): LeafVerdict[] {
  return Array.isArray(value) ? (value as LeafVerdict[]).filter((l) => l !== null && typeof l === "object" && typeof l.rule === "string") : [];
}

function findLast(trace: readonly TraceEntry[], test: (e: TraceEntry) => boolean): TraceEntry | undefined {
  for (let i = trace.length - 1; i >= 0; i--) if (test(trace[i]!)) return trace[i];
  return undefined;
}

function showValue(value: FieldValue): string {
  if (value === null) return "unknown";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return `[${value.join(", ")}]`;
  return String(value);
}

/** The held criteria as one line of the handoff note: "Customer asks for a human is true (was true); …". */
export function heldLine(held: readonly HeldCriterion[]): string {
  return held.map((h) => (h.was === null ? h.says : `${h.says} (was ${h.was})`)).join("; ");
}
