import type { Prisma } from "@prisma/client";
import { afterAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import { createAiProvider } from "../ai/create-ai-provider";
import { importScoped, scopedFacts, scopedTicket } from "../backtests/backtest-test-kit";
import { startBacktest } from "../backtests/start-backtest";
import { getWorkspaceCalendar, saveWorkspaceCalendar } from "./workspace-calendar";
import { backtestPorts } from "../../../tests/backtest-ports";
import { uniqueId } from "../../../tests/integration/helpers";
import { flow, n } from "../../../workflows/compile/test-graphs";
import type { TWorkspaceCalendar } from "../../../workflows/model/calendar";
import type { BacktestResult } from "../../../workflows/interpret/replay/types";

/**
 * A backtest reads the workspace calendar once, when it starts, keeps it on the run, and every replayed ticket
 * counts business time with it.
 *
 *  trigger ─▶ sla-timer(first response within 5m, business hours only) ──met──▶ end
 *                                                                        └─breached─▶ escalate
 *
 * The history: 12 tickets an hour apart from Tuesday 2026-09-01 08:00 UTC, each answered 10 minutes after it arrived.
 */
const prisma = getPrisma();
const source = uniqueId("bh-backtest");
const before = getWorkspaceCalendar(prisma);
const sla = n.sla("5m");
const graph = flow(
  { t: n.trigger(), sla: { ...sla, data: { ...sla.data, businessHours: true } }, met: n.end(), late: n.escalate("First response too late") },
  ["t -> sla", "sla:met -> met", "sla:breached -> late"],
);

afterAll(async () => saveWorkspaceCalendar(prisma, await before, "test"));

async function backtestWith(calendar: TWorkspaceCalendar, flowId: string) {
  await saveWorkspaceCalendar(prisma, calendar, "test");
  const ports = backtestPorts(prisma, createAiProvider(prisma, "keyword"));
  const started = await startBacktest(ports, { flowId, candidate: { kind: "draft" }, baseline: { kind: "history" }, selection: { sources: [source], seed: 1 }, runner: "in-process" }, "ops@example.com", { wait: true, chunkSize: 5 });
  const run = await prisma.backtestRun.findUniqueOrThrow({ where: { id: started.id }, select: { calendar: true, result: true, status: true } });
  return { stored: run.calendar, escalated: (run.result as unknown as BacktestResult).candidate.outcomes.escalated, status: run.status };
}

describe("a backtest and the workspace calendar", () => {
  it("keeps the calendar it started with and counts every chunk's SLAs in it", async () => {
    await importScoped(prisma, source, scopedFacts(12).map(scopedTicket));
    const created = await prisma.flow.create({ data: { name: uniqueId("Business-hours backtest"), draftGraph: graph as unknown as Prisma.InputJsonValue } });

    const always: TWorkspaceCalendar = { timeZone: "UTC", hours: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, start: "00:00", end: "24:00" })), holidays: [] };
    const office: TWorkspaceCalendar = { timeZone: "UTC", hours: [1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "17:00" })), holidays: [] };

    // Always open: 5 minutes of business time are 5 minutes, and every answer (after 10) is late.
    const open = await backtestWith(always, created.id);
    expect(open).toMatchObject({ stored: always, escalated: 12, status: "completed" });
    // Office hours: only the 8 tickets that arrive between 09:00 and 16:00 are answered late; the others count
    // from the next opening, after their answer.
    const hours = await backtestWith(office, created.id);
    expect(hours).toMatchObject({ stored: office, escalated: 8, status: "completed" });
  });
});
