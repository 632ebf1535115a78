import { KINDS } from "../../kinds";
import type { FlowPlan } from "../../model/plan";
import { advance, initialState } from "../advance";
import { reachesOutside, READ_ONLY_ACTIVITIES, simulatedEffectResult, type ActivityInputs, type PerceptionName } from "../activities";
import type { CallActivityCommand, Command, FlowEvent, RunState, TraceEntry } from "../types";
import type { EffectRequest, ReadRequest, StepBatchInput } from "./activity-contract";

/** What the live driver must do next for the run. */
export type StepperTask =
  /** Ask the AI: `reads` answer `call` (and, for a text read, every other read of the plan on that text). */
  | { kind: "read"; call: CallActivityCommand; reads: ReadRequest[] }
  /** Store the pending effects and trace lines in one transaction. */
  | { kind: "flush"; batch: Omit<StepBatchInput, "workflowId"> }
  /** Everything is stored: carry out these timer commands, then wait for an event (unless the run is complete). */
  | { kind: "rest"; commands: Command[] };

interface PendingEffect {
  call: Extract<CallActivityCommand, { name: EffectRequest["name"] }>;
  /** The run's state when the flow asked for the effect, to go back to if the batch fails. */
  state: RunState;
  /** How many timer commands were due when it was asked for; the ones after it come from the same guess. */
  deferredLength: number;
  /** Whether the flow already carried on with the result the effect returns when it works. */
  assumed: boolean;
}

/**
 * The batching half of the live driver, pure so it can be tested without Temporal. The flow carries on past
 * each effect with the result the effect returns when it works (the result a backtest assumes), so every
 * effect decided between two rests lands in one batch with its trace lines. If the batch fails, the stepper
 * goes back to the state at the batch's first effect and carries out the effects one at a time, feeding each
 * one's real outcome, so a failure takes the path it always took. Nothing is assumed for an effect that
 * reaches outside the database: the batch ends with it and the flow waits for its real result.
 */
export class LiveStepper {
  state: RunState = initialState();
  private persisted = 0;
  private persistedStatus: RunState["status"] | null = null;
  private readonly events: FlowEvent[] = [];
  private readonly deferred: Command[] = [];
  private pending: PendingEffect[] = [];
  private read: CallActivityCommand | null = null;
  private oneByOne = false;
  private readonly answers = new Map<string, unknown>();
  private readonly planReads: readonly PerceptionName[];

  constructor(
    private readonly plan: FlowPlan,
    private readonly shadow: boolean,
    private readonly now: () => string,
    /** The ticket lives in a helpdesk: each effect ends its batch and the run waits for its real outcome there. */
    private readonly connected = false,
    /** False for a run recorded before loops were capped (see loop-cap.ts): it replays as it went. */
    loopCap = true,
  ) {
    if (!loopCap) delete this.state.rests;
    const reads = new Set<PerceptionName>();
    for (const node of Object.values(plan.nodes)) for (const read of KINDS[node.type].reads ?? []) reads.add(read);
    this.planReads = [...reads];
  }

  /** Feeds an event and runs the flow as far as it goes without waiting. */
  feed(event: FlowEvent): void {
    this.events.push(event);
    this.drain();
  }

  next(): StepperTask {
    if (this.read !== null) return { kind: "read", call: this.read, reads: this.readsFor(this.read) };
    const last = this.pending.at(-1);
    const unsaved = this.state.trace.length > this.persisted || this.state.status !== this.persistedStatus;
    if (last !== undefined || unsaved) return { kind: "flush", batch: this.batch() };
    this.oneByOne = false;
    return { kind: "rest", commands: this.deferred.splice(0) };
  }

  /**
   * Goes on from a state a run carried over when it continued as new: it rests (nothing pending, everything stored).
   * AI answers are not carried: a later read asks again, under a call id of its own.
   */
  resume(state: RunState): void {
    this.state = state;
    this.persisted = state.trace.length;
    this.persistedStatus = state.status;
  }

  /**
   * Says in the trace that the step in hand keeps failing on the infrastructure and is being retried. The line is
   * the run's own, not a node's decision: it is stored with the next batch and changes no command, so the flow
   * decides alike whether or not it is there.
   */
  noteRetrying(reason: string): void {
    const nodeId = this.nodeInHand();
    const line: TraceEntry = { seq: this.state.trace.length + 1, at: this.now(), nodeId, nodeType: this.plan.nodes[nodeId]?.type ?? "", decision: "retrying", reason: `Retrying: ${reason}` };
    // A new state, not a change to this one: the pending effects keep the states they were asked in.
    this.state = { ...this.state, trace: [...this.state.trace, line] };
  }

  readDone(reads: ReadRequest[], results: unknown[]): void {
    reads.forEach((read, i) => this.answers.set(answerKey(read), results[i]));
    const call = this.takeRead();
    this.events.push(this.completed(call, this.answers.get(answerKey(call as ReadRequest))));
    this.drain();
  }

  readFailed(error: string): void {
    this.events.push(this.failed(this.takeRead(), error));
    this.drain();
  }

  flushDone(results: unknown[]): void {
    const last = this.pending.at(-1);
    this.persisted = this.state.trace.length;
    this.persistedStatus = this.state.status;
    this.pending = [];
    if (last !== undefined && !last.assumed) {
      this.events.push(this.completed(last.call, results.at(-1)));
      this.drain();
    }
  }

  /** The batch finally failed (after its retries); false when there is no effect to blame and the run cannot go on. */
  flushFailed(error: string): boolean {
    const first = this.pending[0];
    if (first === undefined) return false;
    if (this.pending.length === 1 && !first.assumed) {
      this.pending = [];
      this.events.push(this.failed(first.call, error));
      this.drain();
      return true;
    }
    // Nothing of the batch was stored: go back to its first effect and carry the effects out one at a time.
    this.state = first.state;
    this.deferred.length = first.deferredLength;
    this.pending = [{ ...first, assumed: false }];
    this.oneByOne = true;
    return true;
  }

  private drain(): void {
    for (let event = this.events.shift(); event !== undefined; event = this.events.shift()) {
      const result = advance(this.plan, this.state, event);
      this.state = result.state;
      for (const command of result.commands) {
        if (command.type !== "callActivity") this.deferred.push(command);
        else if (READ_ONLY_ACTIVITIES.has(command.name)) this.askToRead(command);
        else if (this.shadow) {
          if (command.name === "sendReply") keepWouldSend(this.state, command.input as ActivityInputs["sendReply"]);
          this.events.push(this.completed(command, simulatedEffectResult(command.name, command.input as never)));
        }
        else this.queueEffect(command as PendingEffect["call"]);
      }
    }
  }

  private completed(call: CallActivityCommand, result: unknown): FlowEvent {
    return { type: "activity.completed", at: this.now(), callId: call.callId, ok: true, result };
  }

  private failed(call: CallActivityCommand, error: string): FlowEvent {
    return { type: "activity.completed", at: this.now(), callId: call.callId, ok: false, error };
  }

  private askToRead(call: CallActivityCommand): void {
    // A lookup is always asked for: the data source keeps the ticket's earlier result and says it answered from it.
    const known = call.name === "lookupData" ? undefined : this.answers.get(answerKey(call as ReadRequest));
    if (known !== undefined) this.events.push(this.completed(call, known));
    else this.read = call;
  }

  private queueEffect(call: PendingEffect["call"]): void {
    const assumed = !this.oneByOne && !reachesOutside(call.name, this.connected);
    this.pending.push({ call, state: this.state, deferredLength: this.deferred.length, assumed });
    if (assumed) this.events.push(this.completed(call, simulatedEffectResult(call.name, call.input as never)));
  }

  private readsFor(call: CallActivityCommand): ReadRequest[] {
    if (call.name !== "classifyIntent" && call.name !== "detectSentiment") return [{ name: call.name, input: call.input } as ReadRequest];
    const names = this.planReads.includes(call.name) ? this.planReads : [call.name, ...this.planReads];
    return names.map((name) => ({ name, input: call.input }) as ReadRequest);
  }

  /** The node whose call is failing: the outstanding read's, the first pending effect's, or where the run is. */
  private nodeInHand(): string {
    const call = this.read ?? this.pending[0]?.call;
    if (call !== undefined) return call.callId.slice(0, call.callId.lastIndexOf("#"));
    return this.state.current ?? this.state.waiting?.nodeId ?? this.state.trace.at(-1)?.nodeId ?? "";
  }

  private takeRead(): CallActivityCommand {
    const call = this.read;
    if (call === null) throw new Error("No read is outstanding");
    this.read = null;
    return call;
  }

  private batch(): Omit<StepBatchInput, "workflowId"> {
    const state = this.state;
    return {
      effects: this.pending.map((p) => ({ name: p.call.name, input: p.call.input }) as EffectRequest),
      trace: state.trace.slice(this.persisted),
      status: state.status,
      outcome: state.outcome,
      decided: state.status === "completed" || state.waiting?.kind === "event",
      ...(this.connected && this.pending.length > 0 ? { connected: true as const } : {}),
    };
  }
}


/** Text reads are answered by name and text; a draft by its whole input (the intent and passages it asks for); a lookup by its source. */
function answerKey(read: ReadRequest): string {
  if (read.name === "lookupData") return `lookupData\u0000${read.input.source}`;
  return read.name === "draftReply" ? `draftReply\u0000${JSON.stringify(read.input)}` : `${read.name}\u0000${read.input.text}`;
}

/**
 * A shadow run's AI reply that would have sent: the run sends nothing, so the text would be kept nowhere. It goes
 * with the "send" line it follows, as a shadow-mode node's draft does, for the shadow review queue (the batch writer
 * takes it out of the line). Adding to a line changes no command, so a replayed history decides alike.
 */
function keepWouldSend(state: RunState, input: ActivityInputs["sendReply"]): void {
  const line = state.trace.at(-1);
  if (line === undefined || line.nodeType !== "ai-reply" || line.decision !== "send") return;
  line.details = { ...line.details, draft: input.body, intent: state.facts.intent?.label ?? null };
}
