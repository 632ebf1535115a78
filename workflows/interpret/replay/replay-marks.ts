import type { ActivityInputs } from "../activities";
import type { ActivityCall } from "./virtual-time";

/**
 * What the driver noted while it carried out a replayed run's effects: the virtual times the flow answered and
 * resolved, and what it said and set, which the run's state does not keep. The lists stay null until the
 * flow first does that kind of thing: most tickets get no message, note or notification.
 */
export interface ReplayMarks {
  /** When the flow first said something to the customer: a sent AI reply or a resolve with a closing message. */
  replyMs: number | null;
  /** When the flow resolved the ticket. */
  resolveMs: number | null;
  /** The virtual time the replay stopped at (the run's completion, or its last event). */
  endMs: number;
  customerMessages: string[] | null;
  internalNotes: string[] | null;
  notifications: Array<{ channel: string; text: string }> | null;
  fields: Record<string, string | number | boolean> | null;
}

export function createMarks(startMs: number): ReplayMarks {
  return { replyMs: null, resolveMs: null, endMs: startMs, customerMessages: null, internalNotes: null, notifications: null, fields: null };
}

/** Notes one effect the flow asked for at `timeMs` (simulated: nothing is sent). Model calls are not effects. */
export function noteEffect(marks: ReplayMarks, call: ActivityCall, timeMs: number): void {
  switch (call.name) {
    case "sendReply":
      marks.replyMs ??= timeMs;
      (marks.customerMessages ??= []).push(call.input.body);
      return;
    case "resolveTicket":
      marks.resolveMs ??= timeMs;
      if (call.input.message !== null) {
        // A closing message reaches the customer: it is a first response as much as a reply is.
        marks.replyMs ??= timeMs;
        (marks.customerMessages ??= []).push(call.input.message);
      }
      return;
    case "escalateTicket":
      if (call.input.customerMessage !== null) (marks.customerMessages ??= []).push(call.input.customerMessage);
      return;
    case "sendCsatSurvey":
      (marks.customerMessages ??= []).push(call.input.question);
      return;
    case "postInternalNote":
      (marks.internalNotes ??= []).push(call.input.body);
      return;
    case "notifySlack":
      (marks.notifications ??= []).push({ channel: call.input.channel, text: call.input.text });
      return;
    case "updateTicket":
      noteFields(marks, call.input.changes);
      return;
    default:
      return;
  }
}

/** Custom fields and an explicit status; priority and tags are read from the ticket as the run left it. */
function noteFields(marks: ReplayMarks, changes: ActivityInputs["updateTicket"]["changes"]): void {
  const fields = changes.fields;
  if (fields !== undefined) for (const key in fields) (marks.fields ??= {})[key] = fields[key]!;
  if (changes.status !== undefined) (marks.fields ??= {})["status"] = changes.status;
}
