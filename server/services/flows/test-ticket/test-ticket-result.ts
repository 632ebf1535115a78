import "server-only";
import type { TTestAgentNote, TTestConversationEntry, TTestEffect, TTestTicketResult, TTestTicketSource } from "../../../../lib/flows/test-ticket-result";
import type { ActivityInputs } from "../../../../workflows/interpret/activities";
import { parseIsoMs } from "../../../../workflows/interpret/iso-time";
import type { ActivityCall } from "../../../../workflows/interpret/replay/virtual-time";
import type { RunState, TraceEntry } from "../../../../workflows/interpret/types";
import { formatDurationCached } from "../../../../workflows/kinds/shared/duration-text";
import type { FlowPlan } from "../../../../workflows/model/plan";

/** What the test driver noted as the run went, in order: what was typed, and each effect the flow asked for. */
export type TestTicketLogEntry =
  | { type: "customer" | "agent"; body: string; subject: string | null; at: string }
  | { type: "timeout"; text: string; at: string }
  /** `traceLength`: the trace's length when the effect was asked for, to tie it to its trace line. */
  | { type: "effect"; call: ActivityCall; at: string; traceLength: number };

export interface TestTicketEnd {
  ran: TTestTicketResult["ran"];
  stopReason: string | null;
  timers: ReadonlyMap<string, string>;
  unusedTurns: number;
}

/** The run and the driver's log, as the test panel shows them: the conversation, agents' view, effects and trace. */
export function testTicketResult(plan: FlowPlan, state: RunState, log: readonly TestTicketLogEntry[], end: TestTicketEnd): TTestTicketResult {
  const labelOf = (nodeId: string) => plan.nodes[nodeId]?.label ?? nodeId;
  const conversation: TTestConversationEntry[] = [];
  const agentNotes: TTestAgentNote[] = [];
  const effects: TTestEffect[] = [];
  for (const entry of log) {
    if (entry.type === "timeout") conversation.push({ kind: "timeout", text: entry.text, at: entry.at });
    else if (entry.type !== "effect") {
      conversation.push(entry.type === "customer" ? { kind: "customer", body: entry.body, subject: entry.subject, at: entry.at } : { kind: "agent", body: entry.body, at: entry.at });
    } else {
      const nodeId = entry.call.callId.slice(0, entry.call.callId.lastIndexOf("#"));
      const source: TTestTicketSource = { nodeId, nodeLabel: labelOf(nodeId), traceSeq: traceSeqOf(state.trace, nodeId, entry.traceLength) };
      effects.push({ ...source, activity: entry.call.name, text: effectText(entry.call) });
      noteForPeople(entry.call, entry.at, source, conversation, agentNotes);
    }
  }
  return {
    ran: end.ran,
    status: end.stopReason !== null ? "stopped" : state.status === "completed" ? "completed" : state.status === "idle" ? "idle" : "waiting",
    waiting: waitingOf(plan, state, end.timers, labelOf),
    stopReason: end.stopReason,
    conversation,
    agentNotes,
    effects,
    trace: state.trace.map((line) => ({ ...line, nodeLabel: labelOf(line.nodeId) })),
    outcome:
      state.outcome === null
        ? null
        : { kind: state.outcome.kind, queue: state.outcome.queue, tier: state.outcome.tier, escalationReason: state.outcome.escalationReason, label: state.outcome.label },
    unusedTurns: state.status === "completed" ? end.unusedTurns : 0,
  };
}

/**
 * The trace line an effect belongs to: the line its node noted as it asked (an AI reply's "send"), else the
 * first line its node recorded after (a resolve's "resolved").
 */
function traceSeqOf(trace: readonly TraceEntry[], nodeId: string, traceLength: number): number | null {
  const noted = trace[traceLength - 1];
  if (noted?.nodeId === nodeId) return noted.seq;
  for (let i = traceLength; i < trace.length; i++) if (trace[i]!.nodeId === nodeId) return trace[i]!.seq;
  return null;
}

/** What the customer and the agents would read of an effect. */
function noteForPeople(call: ActivityCall, at: string, source: TTestTicketSource, conversation: TTestConversationEntry[], agentNotes: TTestAgentNote[]): void {
  switch (call.name) {
    case "sendReply":
      conversation.push({ kind: "reply", body: call.input.body, citations: call.input.citations, at, ...source });
      return;
    case "escalateTicket":
      conversation.push({ kind: "handoff", body: call.input.customerMessage, queue: call.input.queue, at, ...source });
      agentNotes.push({ kind: "handoff-summary", body: call.input.summary, ...source });
      return;
    case "resolveTicket":
      conversation.push({ kind: "resolved", body: call.input.message, at, ...source });
      return;
    case "sendCsatSurvey":
      conversation.push({ kind: "csat", body: call.input.question, at, ...source });
      return;
    case "postInternalNote":
      agentNotes.push({ kind: "note", body: call.input.body, ...source });
      return;
    default:
      return;
  }
}

/** An effect in words, as the panel lists what would have happened. */
export function effectText(call: ActivityCall): string {
  switch (call.name) {
    case "routeTicket": {
      const { queue, strategy, skills } = call.input;
      return `Route to ${queue} (${strategy}${skills.length > 0 ? `, skills ${skills.join(", ")}` : ""})`;
    }
    case "sendReply":
      return `Send the reply to the customer${call.input.citations.length > 0 ? `, citing ${call.input.citations.map((c) => c.title).join(", ")}` : ""}`;
    case "postInternalNote":
      return "Leave the AI draft in the agent's reply box (an internal note on a helpdesk ticket)";
    case "escalateTicket": {
      const { queue, priority, reason } = call.input;
      return `Hand over to a person${queue !== null ? ` in ${queue}` : ""}${priority !== null ? ` at ${priority} priority` : ""}: ${reason}`;
    }
    case "notifySlack":
      return `Post in Slack ${call.input.channel}: ${call.input.text}`;
    case "updateTicket":
      return changesText(call.input.changes);
    case "resolveTicket":
      return "Resolve the ticket";
    case "sendCsatSurvey":
      return "Ask the customer for a rating";
    default:
      return `${call.name}`;
  }
}

function changesText(changes: ActivityInputs["updateTicket"]["changes"]): string {
  const parts: string[] = [];
  if (changes.priority !== undefined) parts.push(`priority ${changes.priority}`);
  if (changes.status !== undefined) parts.push(`status ${changes.status}`);
  if (changes.tier !== undefined) parts.push(`tier ${changes.tier}`);
  if (changes.addTags !== undefined && changes.addTags.length > 0) parts.push(`add tags ${changes.addTags.join(", ")}`);
  if (changes.removeTags !== undefined && changes.removeTags.length > 0) parts.push(`remove tags ${changes.removeTags.join(", ")}`);
  for (const [field, value] of Object.entries(changes.fields ?? {})) parts.push(`${field} = ${String(value)}`);
  return parts.length > 0 ? `Set ${parts.join("; ")}` : "Update the ticket";
}

function waitingOf(plan: FlowPlan, state: RunState, timers: ReadonlyMap<string, string>, labelOf: (id: string) => string): TTestTicketResult["waiting"] {
  const waiting = state.waiting;
  if (state.status !== "waiting" || waiting?.kind !== "event") return null;
  const timeoutAt = timers.get(waiting.timerId) ?? waiting.since;
  const node = plan.nodes[waiting.nodeId];
  return {
    nodeId: waiting.nodeId,
    nodeLabel: node === undefined ? waiting.nodeId : labelOf(waiting.nodeId),
    for: waiting.until,
    timeoutAt,
    timeoutIn: formatDurationCached(Math.max(0, parseIsoMs(timeoutAt) - parseIsoMs(waiting.since))),
  };
}
