import "server-only";
import type { HeldCriterion } from "../../../workflows/interpret/handoff-reasons";

/** A stored trace line, as the package reads it. */
export interface StoredLine {
  seq: number;
  at: Date;
  nodeId: string;
  nodeType: string;
  decision: string;
  reason: string;
  details: unknown;
}

export interface StoredRun {
  workflowId: string;
  shadow: boolean;
  startedAt: Date;
  outcome: unknown;
  events: StoredLine[];
  nodeLabels: Record<string, string>;
}

/** One trace line that explains the handoff, named by its node's label in the version that ran. */
export interface WhyLine {
  seq: number;
  at: Date;
  nodeId: string;
  node: string;
  nodeType: string;
  decision: string;
  reason: string;
}

/** What one AI reply step tried: its decision, confidence against its threshold, the articles it cited and its draft. */
export interface AiAttempt {
  seq: number;
  at: Date;
  node: string;
  decision: string;
  reason: string;
  mode: string | null;
  confidence: number | null;
  threshold: number | null;
  citations: Array<{ articleId: string; title: string }>;
  /** The draft's text when the studio kept it (posted as a note, sent, or recorded by a shadow run); null otherwise. */
  draft: string | null;
}

export interface HandoffWhy {
  /** The run the package reads: the newest live run, else the newest shadow one. */
  run: { workflowId: string; shadow: boolean } | null;
  escalationReason: string | null;
  /** The criteria that held, as the escalate step recorded them. */
  held: HeldCriterion[];
  lines: WhyLine[];
  ai: AiAttempt[];
  /** The escalate step's context line (what the flow learned and did). */
  context: string | null;
}

/** AI reply decisions that end with a person taking the ticket. */
const AI_HANDS_OFF = new Set(["handoff", "blocked", "shadow", "assist", "draft"]);

const record = (v: unknown): Record<string, unknown> => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const num = (v: unknown): number | null => (typeof v === "number" ? v : null);

/**
 * Why a ticket came to a person and what the AI tried, from what its run recorded: the escalate step with the
 * criteria that held, the steps those criteria came from, a tier map's escalation, and each AI reply step with the
 * draft the studio kept (an assist note or a sent reply, found by the step's idempotency key among the effects).
 */
export function handoffWhy(runs: readonly StoredRun[], effects: ReadonlyArray<{ idempotencyKey: string; kind: string; payload: unknown }>): HandoffWhy {
  const run = pickRun(runs);
  if (run === undefined) return { run: null, escalationReason: null, held: [], lines: [], ai: [], context: null };
  const label = (id: string) => run.nodeLabels[id] ?? id;
  const escalations = run.events.filter((e) => e.nodeType === "escalate");
  const last = escalations.at(-1);
  const held = last === undefined ? [] : heldOf(record(last.details)["held"]);
  const heldNodes = new Set(held.map((h) => h.nodeId));
  const lines = run.events
    .filter(
      (e) =>
        e.nodeType === "escalate" ||
        heldNodes.has(e.nodeId) ||
        (e.nodeType === "set-tier" && record(e.details)["source"] === "escalation") ||
        (e.nodeType === "ai-reply" && AI_HANDS_OFF.has(e.decision)) ||
        (e.nodeType === "sla-timer" && e.decision === "breached") ||
        (e.nodeType === "wait-for" && e.decision === "timeout"),
    )
    .map((e) => ({ seq: e.seq, at: e.at, nodeId: e.nodeId, node: label(e.nodeId), nodeType: e.nodeType, decision: e.decision, reason: e.reason }));
  const ai = run.events
    .filter((e) => e.nodeType === "ai-reply")
    .map((e): AiAttempt => {
      const d = record(e.details);
      return {
        seq: e.seq,
        at: e.at,
        node: label(e.nodeId),
        decision: e.decision,
        reason: e.reason,
        mode: typeof d["mode"] === "string" ? d["mode"] : null,
        confidence: num(d["confidence"]),
        threshold: num(d["threshold"]),
        citations: citationsOf(d["citations"]),
        draft: typeof d["draft"] === "string" ? d["draft"] : keptDraft(effects, `${run.workflowId}:${e.nodeId}:`),
      };
    });
  const outcome = record(run.outcome);
  const escalationReason = typeof outcome["escalationReason"] === "string" ? outcome["escalationReason"] : (last?.reason ?? null);
  const context = last !== undefined && typeof record(last.details)["summary"] === "string" ? (record(last.details)["summary"] as string) : null;
  return { run: { workflowId: run.workflowId, shadow: run.shadow }, escalationReason, held, lines, ai, context };
}

function pickRun(runs: readonly StoredRun[]): StoredRun | undefined {
  const newest = [...runs].sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime());
  return newest.find((r) => !r.shadow) ?? newest[0];
}

function heldOf(value: unknown): HeldCriterion[] {
  if (!Array.isArray(value)) return [];
  return value
    .map(record)
    .filter((h) => typeof h["says"] === "string" && typeof h["nodeId"] === "string")
    .map((h) => ({ nodeId: h["nodeId"] as string, says: h["says"] as string, was: typeof h["was"] === "string" ? h["was"] : null }));
}

function citationsOf(value: unknown): AiAttempt["citations"] {
  if (!Array.isArray(value)) return [];
  return value
    .map(record)
    .filter((c) => typeof c["articleId"] === "string")
    .map((c) => ({ articleId: c["articleId"] as string, title: typeof c["title"] === "string" ? c["title"] : (c["articleId"] as string) }));
}

/** The text an AI reply step posted or sent: the effect its step's idempotency key names holds the body. */
function keptDraft(effects: ReadonlyArray<{ idempotencyKey: string; kind: string; payload: unknown }>, keyPrefix: string): string | null {
  const effect = effects.find((e) => e.idempotencyKey.startsWith(keyPrefix) && (e.kind === "internal-note" || e.kind === "reply"));
  const body = record(effect?.payload)["body"];
  return typeof body === "string" ? body : null;
}
