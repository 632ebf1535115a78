import type { PrismaClient } from "@prisma/client";
import { duplicatedTickets } from "./integrity";
import { DecisionWatcher } from "./decisions";
import { sampleHistories, type HistorySample } from "./histories";
import { cpuSecondsBetween, cpuTicksByPart } from "./proc";
import { planOf } from "./schedule";
import { offerOpenLoop, type Sent } from "./sender";
import { decidedPerSecond, percentile, round1 } from "./stats";
import { BENCH_SOURCE } from "./tickets";

export interface PhaseContext {
  prisma: PrismaClient;
  webUrl: string;
  /** STUDIO_WEBHOOK_SECRET of the stack: every ticket is signed with it. */
  webhookSecret: string;
  temporal: { address: string; namespace: string };
  stackPid: number;
  body: (phase: string, i: number) => { externalId: string; json: string };
  graceMs: number;
  historySample: number;
}

export interface PhaseResult {
  offeredPerSecond: number;
  decidedPerSecond: number;
  webhookP50Ms: number | null;
  webhookP99Ms: number | null;
  decisionP50Ms: number | null;
  decisionP99Ms: number | null;
  lost: number;
  undecidedAtEnd: number;
  duplicated: number;
  historyEventsPerTicket: number | null;
  activitiesPerTicket: number | null;
  details: Record<string, unknown>;
}

/**
 * One rate: offers `rate` tickets a second for `seconds`, open loop, then waits up to the grace for the runs still
 * deciding, and reads what happened. Runs of earlier phases still deciding when it starts are reported, not waited for.
 */
export async function runPhase(ctx: PhaseContext, name: string, rate: number, seconds: number): Promise<PhaseResult> {
  const plan = planOf(rate, seconds);
  const backlogAtStart = await openRuns(ctx.prisma);
  const watcher = new DecisionWatcher(ctx.prisma, BENCH_SOURCE);
  const cpuBefore = cpuTicksByPart(ctx.stackPid);
  const benchCpuBefore = process.cpuUsage();
  watcher.start();
  let sent: Sent[];
  try {
    sent = await offerOpenLoop({ url: `${ctx.webUrl}/api/webhooks/tickets`, secret: ctx.webhookSecret, plan, body: (i) => ctx.body(name, i), onSent: (s) => watcher.watch(s.externalId) });
    for (const s of sent) if (s.status < 200 || s.status >= 300) watcher.forget(s.externalId);
    await watcher.drain(Date.now() + ctx.graceMs);
  } finally {
    await watcher.stop();
  }
  await watcher.preferDecidedAt();
  const benchCpu = process.cpuUsage(benchCpuBefore);
  const cpuSeconds = { ...cpuSecondsBetween(cpuBefore, cpuTicksByPart(ctx.stackPid)), bench: round1((benchCpu.user + benchCpu.system) / 1e6) };

  const accepted = sent.filter((s) => s.status >= 200 && s.status < 300);
  const decided = accepted.flatMap((s) => {
    const d = watcher.decided.get(s.externalId);
    return d ? [{ sent: s, decision: d }] : [];
  });
  const firstSend = Math.min(...sent.map((s) => s.sentAt));
  const lastDecision = Math.max(...decided.map((d) => d.decision.at));
  const webhookMs = accepted.map((s) => s.latencyMs!);
  const decisionMs = decided.map((d) => d.decision.at - d.sent.sentAt);
  // Lost: refused, failed, or accepted with no run stored. A stored run not decided by the end of the grace is a
  // backlog (Temporal and the outbox still hold it), counted apart.
  const stored = await ctx.prisma.flowRun.count({ where: { shadow: false, ticket: { source: BENCH_SOURCE, externalId: { in: accepted.map((s) => s.externalId) } } } });
  const dup = await duplicatedTickets(ctx.prisma, BENCH_SOURCE, sent.map((s) => s.externalId));
  const history: HistorySample = await sampleHistories(ctx.temporal, decided.map((d) => d.decision.workflowId), ctx.historySample);
  const statuses: Record<string, number> = {};
  for (const s of sent) statuses[String(s.status)] = (statuses[String(s.status)] ?? 0) + 1;

  return {
    offeredPerSecond: rate,
    decidedPerSecond: decidedPerSecond(decided.length, firstSend, lastDecision),
    webhookP50Ms: percentile(webhookMs, 50),
    webhookP99Ms: percentile(webhookMs, 99),
    decisionP50Ms: percentile(decisionMs, 50),
    decisionP99Ms: percentile(decisionMs, 99),
    lost: sent.length - accepted.length + watcher.failed.size + Math.max(0, accepted.length - stored),
    undecidedAtEnd: accepted.length - decided.length - watcher.failed.size,
    duplicated: dup.tickets,
    historyEventsPerTicket: history.historyEventsPerTicket,
    activitiesPerTicket: history.activitiesPerTicket,
    details: {
      seconds,
      tickets: sent.length,
      httpStatuses: statuses,
      accepted: accepted.length,
      decided: decided.length,
      runsFailed: watcher.failed.size,
      runsStored: stored,
      decisionsTimedBy: { decidedAt: decided.filter((d) => d.decision.from === "decidedAt").length, poll: decided.filter((d) => d.decision.from === "poll").length },
      sendLagP99Ms: percentile(sent.map((s) => s.lagMs), 99),
      webhookMaxMs: percentile(webhookMs, 100),
      decisionMaxMs: percentile(decisionMs, 100),
      duplicatedBy: { extraLiveRuns: dup.extraRuns, brokenTraces: dup.brokenTraces },
      backlogAtStart,
      cpuSeconds,
      history,
    },
  };
}

/** The bench's live runs still deciding (running, no decision written): what an earlier phase left queued. */
export async function openRuns(prisma: PrismaClient): Promise<number> {
  return prisma.flowRun.count({ where: { shadow: false, status: "running", decidedAt: null, ticket: { source: BENCH_SOURCE } } });
}

/** Waits, bounded, until earlier phases' runs have decided, so each rate starts on an empty queue when it can. */
export async function drainBacklog(prisma: PrismaClient, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let open = await openRuns(prisma);
  while (open > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    open = await openRuns(prisma);
  }
  return open;
}
