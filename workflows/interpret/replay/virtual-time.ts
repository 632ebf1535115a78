import { parseIsoMs } from "../iso-time";
import type { Command, FlowEvent } from "../types";

export type ActivityCall = Extract<Command, { type: "callActivity" }>;

/** What `answer` returns for a call whose answer is not known yet: the drive stops before the run goes on. */
export const NOT_YET: unique symbol = Symbol("not yet");

/** What `answer` returns for a call that fails: the run receives a failed completion. */
export class ActivityFailed {
  constructor(readonly error: string) {}
}

/** One run as the virtual clock drives it: how it takes an event and how its activity calls are answered. */
export interface VirtualRun {
  /** Feeds one event to the run; returns the commands to carry out. */
  step(event: FlowEvent): Command[];
  /** True once the run has completed: nothing after that is fed. */
  isCompleted(): boolean;
  /** The result of a call made at `timeMs`, an `ActivityFailed`, or `NOT_YET`. */
  answer(call: ActivityCall, timeMs: number): unknown;
  /** The last instant a timer may fire at; asked on the first timer only (most runs start none). */
  horizonMs(): number;
}

export interface VirtualDrive {
  /** The event that starts the run; its time is where the clock starts. */
  start: FlowEvent;
  startMs: number;
  /** Recorded events after the start, sorted by time, each fed at its time. */
  timeline: readonly FlowEvent[];
  /** A run never needs this many events; reaching it stops the drive with the run as it stands. */
  maxEvents: number;
}

export interface VirtualDriveEnd {
  /** The drive stopped at a call `answer` had no answer for (`NOT_YET`). */
  unanswered: boolean;
  /** The virtual time the drive stopped at. */
  endMs: number;
}

/**
 * Drives one run of the interpreter in virtual time: the drivers that replay a run in-process (the backtest,
 * the interpreter's tests, the benchmark) share this loop, so they order events alike. Events are taken in
 * (time, insertion order): the start, then the timeline at its times (before any activity completion or timer
 * at the same instant), activity completions at the instant they were asked for, timers at their fire time;
 * a cancelled timer never fires, nor one past the horizon. It stops when the run completes, when an answer is
 * not known yet, when the events run out, or after `maxEvents`.
 *
 * Hot path: timeline events are fed as they are, and the small queue of pending completions and timers is
 * kept sorted by insertion.
 */
export function driveInVirtualTime(run: VirtualRun, drive: VirtualDrive): VirtualDriveEnd {
  const timeline = drive.timeline;
  const clock = new VirtualClock(run, drive.startMs, drive.start.at);
  let next = 0;
  let nextMs = next < timeline.length ? parseIsoMs(timeline[next]!.at) : Infinity;

  let event = drive.start;
  for (let events = 0; events < drive.maxEvents; events++) {
    if (!clock.carryOut(run.step(event))) return { unanswered: true, endMs: clock.time };
    if (run.isCompleted()) break;

    const queued = clock.times.length > 0;
    const headMs = queued ? clock.times[0]! : Infinity;
    if (next < timeline.length && (!queued || nextMs <= headMs)) {
      event = timeline[next]!;
      if (nextMs > clock.time) {
        clock.time = nextMs;
        clock.at = event.at;
      }
      next++;
      nextMs = next < timeline.length ? parseIsoMs(timeline[next]!.at) : Infinity;
    } else if (queued) {
      event = clock.shift();
      if (headMs > clock.time) {
        clock.time = headMs;
        clock.at = event.at;
      }
    } else break;
  }
  return { unanswered: false, endMs: clock.time };
}

/**
 * One run's virtual clock and its queue of pending completions and timers, kept sorted by time (ties in
 * insertion order) in three parallel arrays. A class rather than closures: one object per run.
 */
class VirtualClock {
  time: number;
  at: string;
  readonly times: number[] = [];
  readonly events: FlowEvent[] = [];
  /** The timer each pending event fires, null for an activity completion. */
  readonly timerIds: Array<string | null> = [];
  private horizon = NaN;

  constructor(
    private readonly run: VirtualRun,
    startMs: number,
    startAt: string,
  ) {
    this.time = startMs;
    this.at = startAt;
  }

  /** Carries out one step's commands; false when a call has no answer yet. */
  carryOut(commands: Command[]): boolean {
    for (const command of commands) {
      switch (command.type) {
        case "callActivity": {
          const value = this.run.answer(command, this.time);
          if (value === NOT_YET) return false;
          const completed: FlowEvent =
            value instanceof ActivityFailed
              ? { type: "activity.completed", at: this.at, callId: command.callId, ok: false, error: value.error }
              : { type: "activity.completed", at: this.at, callId: command.callId, ok: true, result: value };
          this.insert(this.time, completed, null);
          break;
        }
        case "startTimer": {
          const fireMs = this.time + command.durationMs;
          if (Number.isNaN(this.horizon)) this.horizon = this.run.horizonMs();
          if (fireMs <= this.horizon) this.insert(fireMs, { type: "timer.fired", at: command.fireAt, timerId: command.timerId }, command.timerId);
          break;
        }
        case "cancelTimer": {
          const pending = this.timerIds.indexOf(command.timerId);
          if (pending >= 0) this.remove(pending);
          break;
        }
        case "complete":
          break;
        default: {
          const never: never = command;
          throw new Error(`Unknown command ${JSON.stringify(never)}`);
        }
      }
    }
    return true;
  }

  shift(): FlowEvent {
    this.times.shift();
    this.timerIds.shift();
    return this.events.shift()!;
  }

  private insert(time: number, event: FlowEvent, timerId: string | null): void {
    let i = this.times.length;
    while (i > 0 && this.times[i - 1]! > time) i--;
    if (i === this.times.length) {
      this.times.push(time);
      this.events.push(event);
      this.timerIds.push(timerId);
    } else {
      this.times.splice(i, 0, time);
      this.events.splice(i, 0, event);
      this.timerIds.splice(i, 0, timerId);
    }
  }

  private remove(i: number): void {
    this.times.splice(i, 1);
    this.events.splice(i, 1);
    this.timerIds.splice(i, 1);
  }
}
