import type { TNodeKind, TNodeData } from "./nodes";

/**
 * Output handles of each kind. Branching outputs are required: a condition with nothing on its
 * false side is almost always a mistake. A linear node's "next" is optional: leaving it open ends
 * the run there, like an end node.
 */
export interface HandleSpec {
  readonly id: string;
  readonly label: string;
  readonly required: boolean;
}

const next: HandleSpec = { id: "next", label: "next", required: false };

export function outputHandles<K extends TNodeKind>(type: K, data: TNodeData<K> | undefined): HandleSpec[] {
  const kind = type as TNodeKind;
  switch (kind) {
    case "trigger":
      return [{ id: "next", label: "start", required: true }];
    case "condition":
      return [
        { id: "true", label: "true", required: true },
        { id: "false", label: "false", required: true },
      ];
    case "switch": {
      const cases = (data as TNodeData<"switch"> | undefined)?.cases ?? [];
      return [
        ...cases.map((c) => ({ id: c.id, label: c.label, required: true })),
        { id: "fallback", label: "fallback", required: true },
      ];
    }
    case "classify-intent":
      return [next, { id: "unsure", label: "unsure", required: false }];
    case "ai-reply":
      return [
        { id: "sent", label: "sent", required: true },
        { id: "handoff", label: "handoff", required: true },
      ];
    case "wait-for":
      return [
        { id: "replied", label: "replied", required: true },
        { id: "timeout", label: "timeout", required: true },
      ];
    case "sla-timer":
      return [
        { id: "met", label: "met", required: true },
        { id: "breached", label: "breached", required: true },
      ];
    case "end":
      return [];
    case "detect-sentiment":
    case "score-priority":
    case "set-tier":
    case "route":
    case "escalate":
    case "notify":
    case "set-fields":
    case "tag":
    case "resolve":
    case "csat-survey":
      return [next];
    default:
      return assertNever(kind);
  }
}

export function assertNever(value: never): never {
  throw new Error(`Unhandled variant: ${JSON.stringify(value)}`);
}
