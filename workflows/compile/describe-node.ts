import { formatDuration, parseDuration } from "../model/duration";
import { assertNever } from "../model/handles";
import type { TNodeKind } from "../model/nodes";
import type { ParsedConfig } from "./context";

/** The name of each kind as the studio's palette shows it. */
export function kindTitle(kind: TNodeKind): string {
  switch (kind) {
    case "trigger":
      return "Trigger";
    case "condition":
      return "Condition";
    case "switch":
      return "Switch";
    case "classify-intent":
      return "Classify intent";
    case "detect-sentiment":
      return "Detect sentiment";
    case "score-priority":
      return "Score priority";
    case "set-tier":
      return "Set tier";
    case "route":
      return "Route";
    case "ai-reply":
      return "AI reply";
    case "wait-for":
      return "Wait for";
    case "sla-timer":
      return "SLA timer";
    case "escalate":
      return "Escalate";
    case "notify":
      return "Notify";
    case "set-fields":
      return "Set fields";
    case "tag":
      return "Tag";
    case "resolve":
      return "Resolve";
    case "csat-survey":
      return "CSAT survey";
    case "end":
      return "End";
    default:
      return assertNever(kind);
  }
}

/**
 * How error messages name a node. People know their nodes by label, so a labelled node is named by its
 * label; otherwise by its id, which the canvas shows in the node's tooltip.
 */
export function nodeName(id: string, kind: TNodeKind | undefined, rawData: unknown): string {
  const title = kind === undefined ? "Node" : kindTitle(kind);
  const label = rawLabel(rawData);
  if (label !== undefined) return `${title} "${short(label)}"`;
  return kind === undefined ? `Node "${id}"` : `${title} node "${id}"`;
}

function rawLabel(rawData: unknown): string | undefined {
  if (typeof rawData !== "object" || rawData === null) return undefined;
  const label = (rawData as { label?: unknown }).label;
  return typeof label === "string" && label.trim().length > 0 ? label.trim() : undefined;
}

/** Long labels would drown the message; 40 characters still identify a node on the canvas. */
function short(label: string): string {
  return label.length > 40 ? `${label.slice(0, 39)}…` : label;
}

/** The label a plan node carries: the one drawn in the studio, or a readable default from its config. */
export function planLabel(parsed: ParsedConfig): string {
  return rawLabel(parsed.data) ?? defaultLabel(parsed);
}

function defaultLabel(parsed: ParsedConfig): string {
  switch (parsed.kind) {
    case "trigger":
      return { "ticket.created": "When a ticket is created", "ticket.updated": "When a ticket is updated", "customer.replied": "When the customer replies" }[parsed.data.on];
    case "route":
      return `Route to ${parsed.data.queue}`;
    case "wait-for": {
      const who = parsed.data.event === "customer.replied" ? "the customer" : "an agent";
      return `Wait for ${who} (up to ${readableDuration(parsed.data.timeout)})`;
    }
    case "sla-timer": {
      const target = parsed.data.target === "first-response" ? "First response" : "Resolution";
      return `${target} within ${readableDuration(parsed.data.within)}`;
    }
    case "set-tier":
      if (parsed.data.useTierMap) return "Set tier by the tier map";
      return parsed.data.tier !== undefined ? `Set tier ${parsed.data.tier}` : "Set tier by intent";
    case "escalate":
      return parsed.data.queue !== undefined ? `Escalate to ${parsed.data.queue}` : "Escalate to a human";
    case "notify":
      return `Notify ${parsed.data.channel}`;
    case "ai-reply":
      return `AI reply (${parsed.data.mode})`;
    case "condition":
    case "switch":
    case "classify-intent":
    case "detect-sentiment":
    case "score-priority":
    case "set-fields":
    case "tag":
    case "resolve":
    case "csat-survey":
    case "end":
      return kindTitle(parsed.kind);
    default:
      return assertNever(parsed);
  }
}

function readableDuration(text: string): string {
  const parsed = parseDuration(text);
  return parsed.ok ? formatDuration(parsed.ms) : text;
}
