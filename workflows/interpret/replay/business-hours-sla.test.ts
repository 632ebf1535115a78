import { describe, expect, it } from "vitest";
import { flow, n } from "../../compile/test-graphs";
import type { TWorkspaceCalendar } from "../../model/calendar";
import { planOf } from "../test-driver";
import { memoryAiSource } from "./memory-ai-source";
import { replayTicket, type ReplayOptions } from "./replay-ticket";
import { runBacktest } from "./run-backtest";
import { answerByText } from "./test-tickets";
import type { HistoricalTicket, TimelineEvent } from "./types";
import { ticket } from "../test-driver";

/*
 *  trigger ─▶ sla-timer(first response, 4h[, business hours]) ──met──▶ met: end
 *                                                             └─breached─▶ late: escalate
 */
function slaPlan(businessHours: boolean) {
  const sla = n.sla("4h");
  return planOf(
    flow({ t: n.trigger(), sla: { ...sla, data: { ...sla.data, businessHours } }, met: n.end(), late: n.escalate("First response SLA breached") }, ["t -> sla", "sla:met -> met", "sla:breached -> late"]),
  );
}

const weekdays: TWorkspaceCalendar = { timeZone: "UTC", hours: [1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "17:00" })), holidays: [] };
const FRIDAY_16 = "2026-12-04T16:00:00.000Z";

function history(createdAt: string, timeline: TimelineEvent[] = []): HistoricalTicket {
  return {
    snapshot: ticket({ createdAt }),
    timeline,
    recorded: { category: null, queue: null, tier: null, escalated: false, firstResponseAt: null, resolvedAt: null, handleTimeSec: null, csat: null },
  };
}

function replay(businessHours: boolean, t: HistoricalTicket, options: ReplayOptions = { calendar: weekdays }) {
  const r = replayTicket(slaPlan(businessHours), t, memoryAiSource(answerByText), options);
  if (r.kind !== "done") throw new Error("the flow asks no model");
  const sla = r.state.trace.filter((e) => e.nodeId === "sla");
  return { sla, end: r.state.outcome?.endNodeId };
}

describe("a business-hours SLA in a backtest", () => {
  it("set on Friday 16:00 with 4 business hours breaches on Monday 12:00, with the deadline in the trace", () => {
    const { sla, end } = replay(true, history(FRIDAY_16));
    expect(sla.map((e) => [e.decision, e.at])).toEqual([
      ["waiting", FRIDAY_16],
      ["breached", "2026-12-07T12:00:00.000Z"],
    ]);
    expect(sla[0]!.details).toMatchObject({ deadline: "2026-12-07T12:00:00.000Z", businessHours: true, localDeadline: "Mon 7 Dec 2026, 12:00 (UTC)" });
    expect(sla[0]!.reason).toBe("SLA: first response due by Mon 7 Dec 2026, 12:00 (UTC), 4h of business time after creation");
    expect(sla[1]!.reason).toBe("No first response within 4h of business time: SLA breached");
    expect(end).toBe("late");
  });

  it("is met by an agent's reply on Monday morning, which a clock-time SLA would have missed", () => {
    const reply: TimelineEvent = { type: "agent.replied", at: "2026-12-07T10:30:00.000Z" };
    expect(replay(true, history(FRIDAY_16, [reply])).end).toBe("met");
    const clock = replay(false, history(FRIDAY_16, [reply]));
    expect(clock.sla[0]!.details).toEqual({ target: "first-response", within: "4h", deadline: "2026-12-04T20:00:00.000Z" });
    expect(clock.end).toBe("late");
  });

  it("skips the workspace's holidays", () => {
    const withHoliday = { calendar: { ...weekdays, holidays: [{ date: "2026-12-07", name: "Staff day" }] } };
    expect(replay(true, history(FRIDAY_16), withHoliday).sla[0]!.details).toMatchObject({ deadline: "2026-12-08T12:00:00.000Z" });
  });

  it("counts in the workspace's time zone", () => {
    const paris = { calendar: { ...weekdays, timeZone: "Europe/Paris" } };
    // 16:00 in Paris is 15:00 UTC; Monday 12:00 in Paris is 11:00 UTC.
    expect(replay(true, history("2026-12-04T15:00:00.000Z"), paris).sla[0]!.details).toMatchObject({ deadline: "2026-12-07T11:00:00.000Z" });
  });

  it("reaches every ticket of runBacktest through its calendar option", async () => {
    const tickets = [history(FRIDAY_16), history("2026-12-07T09:00:00.000Z", [{ type: "agent.replied", at: "2026-12-07T14:00:00.000Z" }])];
    async function* stream() {
      yield* tickets;
    }
    const changed: string[] = [];
    const result = await runBacktest({
      candidate: slaPlan(true),
      baseline: slaPlan(false),
      tickets: stream(),
      ai: memoryAiSource(answerByText),
      calendar: { ...weekdays, hours: [{ day: 1, start: "09:00", end: "10:00" }] },
      onBatch: (b) => void changed.push(...b.changed.map((c) => c.ticketId)),
    });
    // Open one hour a week (Monday 09:00-10:00): the Monday reply at 14:00 is within 4 business hours, and
    // late by clock time (escalated); the Friday ticket gets no reply and is escalated either way.
    expect(result.changedCount).toBe(1);
    expect(changed).toHaveLength(1);
  });
});
