import type { OutcomeSummary } from "../types";

/** What happened to a ticket, as a support lead says it. */
export function kindWords(kind: OutcomeSummary["kind"]): string {
  switch (kind) {
    case "automated":
      return "resolved with no human";
    case "escalated":
      return "escalated";
    case "routed":
      return "routed to a queue";
    case "no-action":
      return "no action";
    default: {
      const never: never = kind;
      return String(never);
    }
  }
}

/** What the AI reply step did. */
export function aiReplyWords(aiReply: OutcomeSummary["aiReply"]): string {
  switch (aiReply) {
    case null:
      return "none";
    case "sent":
      return "sent to the customer";
    case "shadow":
      return "drafted in shadow mode, not sent";
    case "assist":
      return "draft posted for the agent";
    case "handoff":
      return "handed to an agent";
    case "blocked":
      return "blocked by a guardrail";
    default: {
      const never: never = aiReply;
      return String(never);
    }
  }
}

/** An outcome in a few words: "general", "escalated to escalations", "resolved with no human". */
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
