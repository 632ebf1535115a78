import { describeGroup } from "@/workflows/interpret/describe-rule";
import { ZRuleGroupSchema } from "@/workflows/model";

function text(data: Record<string, unknown>, key: string): string | undefined {
  const v = data[key];
  return typeof v === "string" && v.trim() !== "" ? v : undefined;
}

function strings(data: Record<string, unknown>, key: string): string[] {
  const v = data[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

const WAIT_EVENTS: Record<string, string> = { "customer.replied": "a customer reply", "agent.replied": "an agent reply" };
const TRIGGER_EVENTS: Record<string, string> = { "ticket.created": "a new ticket", "ticket.updated": "a ticket update", "customer.replied": "a customer reply" };

/**
 * One line of what a converted node does, for the import preview: the rule in words for a condition,
 * the queue for a route, the tags for a tag node… Undefined when the kind has nothing to add to its label.
 */
export function nodeDetail(type: string, data: unknown): string | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const d = data as Record<string, unknown>;
  switch (type) {
    case "trigger": {
      const on = text(d, "on");
      return on ? `Starts on ${TRIGGER_EVENTS[on] ?? on}` : undefined;
    }
    case "condition": {
      const parsed = ZRuleGroupSchema.safeParse(d.rules);
      return parsed.success ? describeGroup(parsed.data) : undefined;
    }
    case "route": {
      const queue = text(d, "queue");
      return queue ? `To queue ${queue}` : undefined;
    }
    case "tag": {
      const parts = [strings(d, "add").length > 0 && `add ${strings(d, "add").join(", ")}`, strings(d, "remove").length > 0 && `remove ${strings(d, "remove").join(", ")}`].filter(Boolean);
      return parts.length > 0 ? parts.join("; ").replace(/^./, (c) => c.toUpperCase()) : undefined;
    }
    case "set-fields": {
      const parts: string[] = [];
      for (const key of ["status", "priority"]) if (text(d, key)) parts.push(`${key} ${text(d, key)}`);
      const fields = d.fields;
      if (typeof fields === "object" && fields !== null) for (const [k, v] of Object.entries(fields)) parts.push(`${k} ${String(v)}`);
      return parts.length > 0 ? `Set ${parts.join(", ")}` : undefined;
    }
    case "notify": {
      const channel = text(d, "channel");
      return channel ? `Slack ${channel}` : undefined;
    }
    case "resolve":
      return text(d, "message") ? `Solve with the message “${truncate(text(d, "message")!, 60)}”` : "Solve the ticket";
    case "wait-for": {
      const event = text(d, "event");
      const timeout = text(d, "timeout");
      return event ? `Wait for ${WAIT_EVENTS[event] ?? event}${timeout ? `, up to ${timeout}` : ""}` : undefined;
    }
    case "sla-timer": {
      const target = text(d, "target");
      const within = text(d, "within");
      return target && within ? `${target === "resolution" ? "Resolution" : "First response"} within ${within}` : undefined;
    }
    case "csat-survey":
      return text(d, "question");
    case "end":
      return text(d, "outcome") ? `Outcome ${text(d, "outcome")}` : undefined;
    default:
      return undefined;
  }
}

function truncate(s: string, n: number): string {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length <= n ? one : `${one.slice(0, n - 1)}…`;
}
