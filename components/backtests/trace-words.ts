import { kindTitle } from "@/workflows/compile/describe-node";
import { isNodeKind } from "@/workflows/model/nodes";
import { humanize } from "@/workflows/model/words";

/** "Classify intent" for a step of a classify-intent node; the type as recorded when the kind is unknown. */
export function stepKindTitle(nodeType: string): string {
  return isNodeKind(nodeType) ? kindTitle(nodeType) : nodeType;
}

/**
 * A trace step's details (what the interpreter recorded: scores, thresholds, the cases tried) in words: each
 * key as the studio names it, and a classification's runner-up intents as one sentence instead of raw JSON.
 */
const KEY_WORDS: Record<string, string> = {
  label: "Answer",
  confidence: "Confidence",
  minConfidence: "Minimum confidence",
  threshold: "Threshold",
  model: "Model",
  mode: "Mode",
  citations: "Sources",
  blockedBy: "Blocked by",
  tried: "Cases tried",
  checked: "Rules checked",
  base: "Base score",
  score: "Score",
  priority: "Priority",
  applied: "Boosts applied",
  tier: "Tier",
  intent: "Intent",
  tierMapVersion: "Tier map version",
  source: "Decided by",
  escalation: "Escalation criteria met",
  deadline: "Deadline (UTC)",
  localDeadline: "Deadline (business time)",
  businessHours: "Counts business hours",
  assignee: "Assignee",
  queue: "Queue",
  summary: "Summary",
  dataSource: "Data source",
  request: "Request",
  cached: "This ticket's earlier result",
  lookups: "Lookups",
  page: "Customer's page",
  pageArticles: "Articles for the page",
  pageChangedAnswer: "Page changed the answer",
  held: "What held",
};

export function detailKeyWords(key: string): string {
  return KEY_WORDS[key] ?? humanize(key);
}

interface Alternative {
  label: string;
  confidence: number;
}

function isAlternatives(value: unknown): value is Alternative[] {
  return Array.isArray(value) && value.every((a) => typeof a === "object" && a !== null && typeof (a as Alternative).label === "string" && typeof (a as Alternative).confidence === "number");
}

/** "Also considered: card_arrival 0.12, billing 0.05." — or that nothing else came close; null when not a list of alternatives. */
export function alternativesSentence(value: unknown): string | null {
  if (!isAlternatives(value)) return null;
  if (value.length === 0) return "No other intent was considered.";
  return `Also considered: ${value.map((a) => `${a.label} ${score(a.confidence)}`).join(", ")}.`;
}

function score(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}
