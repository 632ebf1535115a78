import { assertNever, type TNodeKind } from "@/workflows/model";
import type { EditorNodeData } from "./types";

/** Palette groups, in the order a flow is usually built. */
export const PALETTE_GROUPS: ReadonlyArray<{ title: string; kinds: readonly TNodeKind[] }> = [
  { title: "Start", kinds: ["trigger"] },
  { title: "Decide", kinds: ["condition", "switch", "classify-intent", "detect-sentiment", "score-priority", "set-tier"] },
  { title: "Act", kinds: ["route", "ai-reply", "escalate", "notify", "set-fields", "tag"] },
  { title: "Wait", kinds: ["wait-for", "sla-timer"] },
  { title: "Finish", kinds: ["resolve", "csat-survey", "end"] },
];

export type Accent = "indigo" | "amber" | "sky" | "emerald" | "violet" | "rose" | "zinc";

export function accentOf(kind: TNodeKind): Accent {
  switch (kind) {
    case "trigger":
      return "indigo";
    case "condition":
    case "switch":
      return "amber";
    case "classify-intent":
    case "detect-sentiment":
    case "score-priority":
    case "set-tier":
      return "sky";
    case "route":
    case "ai-reply":
    case "set-fields":
    case "tag":
      return "emerald";
    case "wait-for":
    case "sla-timer":
      return "violet";
    case "escalate":
    case "notify":
      return "rose";
    case "resolve":
    case "csat-survey":
    case "end":
      return "zinc";
    default:
      return assertNever(kind);
  }
}

const emptyGroup = () => ({ kind: "group", match: "all", rules: [] });

/**
 * The config a new node starts with: the schema's defaults plus placeholders the user must fill, so a
 * fresh node shows what it still needs as compile errors instead of failing silently.
 */
export function defaultData(kind: TNodeKind): EditorNodeData {
  switch (kind) {
    case "trigger":
      return { label: "New ticket", on: "ticket.created" };
    case "condition":
      return { label: "", rules: emptyGroup() };
    case "switch":
      return { label: "", cases: [{ id: "case-1", label: "Case 1", rules: emptyGroup() }] };
    case "classify-intent":
      return { label: "", minConfidence: 0.5 };
    case "detect-sentiment":
      return { label: "" };
    case "score-priority":
      return { label: "", boosts: [], setTicketPriority: true };
    case "set-tier":
      return { label: "", byIntent: {}, fallbackTier: 2 };
    case "route":
      return { label: "", queue: "", strategy: "round-robin", skills: [] };
    case "ai-reply":
      return { label: "", threshold: 0.7, mode: "shadow", maxPassages: 3 };
    case "wait-for":
      return { label: "", event: "customer.replied", timeout: "24h" };
    case "sla-timer":
      return { label: "", target: "first-response", within: "1h" };
    case "escalate":
      return { label: "", reason: "" };
    case "notify":
      return { label: "", channel: "#support", message: "" };
    case "set-fields":
      return { label: "", fields: {} };
    case "tag":
      return { label: "", add: [], remove: [] };
    case "resolve":
      return { label: "" };
    case "csat-survey":
      return { label: "", question: "How would you rate the help you received?" };
    case "end":
      return { label: "" };
    default:
      return assertNever(kind);
  }
}
