import { Prisma } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import { uniqueId } from "../../../tests/integration/helpers";
import { summarize, type TMetricSummary } from "@/workflows/metrics";
import { DEFAULT_HANDLE_TIME_SEC } from "@/workflows/interpret/replay/metrics";
import { rebuildMetrics } from "./rebuild-metrics";
import { seedMetricsFixture, type TMetricsFixture } from "./refresh-fixture";
import { refreshMetrics } from "./refresh-metrics";
import { drillDownTickets } from "./drill-down";
import { rollupSums } from "./rollup-sums";

/**
 * The rollup against the tickets themselves: every figure the dashboards read, summed by the refresher, equals a
 * count written here directly in SQL over Ticket, Message, Feedback, FlowRun, RunEvent and the drafts, before and
 * after tickets change, and equals a rebuild from scratch.
 */
const prisma = getPrisma();
const NOW = new Date("2019-04-30T00:00:00.000Z");
const WINDOW_DAYS = 7;
const SETTINGS = ["metrics", "workspaceCalendar"];
let fx: TMetricsFixture;
let savedSettings: Array<{ key: string; value: Prisma.JsonValue }> = [];

// Durations in clock time and the default window: the settings other files left are put back afterwards.
beforeAll(async () => {
  savedSettings = await prisma.setting.findMany({ where: { key: { in: SETTINGS } }, select: { key: true, value: true } });
  await prisma.setting.deleteMany({ where: { key: { in: SETTINGS } } });
  fx = await seedMetricsFixture(prisma, uniqueId("m"));
  await refreshMetrics(prisma, { now: NOW });
});

afterAll(async () => {
  for (const s of savedSettings) await prisma.setting.create({ data: { key: s.key, value: s.value as Prisma.InputJsonValue } });
});

const filters = () => ({ from: "2019-03-01", to: "2019-03-31", origin: "all" as const, queueId: fx.queueId });

async function dashboard(): Promise<TMetricSummary> {
  const [row] = await rollupSums(prisma, filters());
  return summarize(row!.sums);
}

/** Each ticket's facts, from the source tables, in SQL written for this test (not the refresher's query). */
function perTicket(queueId: string): Prisma.Sql {
  return Prisma.sql`
    WITH base AS (
      SELECT t.*, COALESCE(t.category, t.intent, '') AS cat, t."importHash" IS NOT NULL AS imported,
        EXISTS (SELECT 1 FROM "Message" m WHERE m."ticketId" = t.id AND m.author = 'ai' AND m.internal = false AND m."aiMeta" IS NOT NULL) AS ai_answered,
        CASE WHEN t."importHash" IS NOT NULL THEN t."firstResponseAt" IS NOT NULL OR COALESCE(t."handleTimeSec", 0) > 0
             ELSE EXISTS (SELECT 1 FROM "Message" m WHERE m."ticketId" = t.id AND m.author = 'agent' AND m.internal = false) END AS agent_wrote,
        EXISTS (SELECT 1 FROM "AssistDraft" d WHERE d."ticketId" = t.id AND d.outcome IN ('sent', 'edited')) AS draft_used,
        (SELECT f.verdict FROM "Feedback" f WHERE f."ticketId" = t.id ORDER BY f."createdAt" DESC LIMIT 1) AS feedback,
        (SELECT d.verdict FROM "ShadowDraft" d WHERE d."ticketId" = t.id AND d.verdict IS NOT NULL ORDER BY d."reviewedAt" DESC LIMIT 1) AS shadow,
        (t."importHash" IS NULL AND EXISTS (SELECT 1 FROM "RunEvent" e JOIN "FlowRun" r ON r.id = e."runId"
          WHERE r."ticketId" = t.id AND r.shadow = false AND e."nodeType" = 'sla-timer' AND e.decision = 'breached')) AS sla,
        (SELECT r.outcome->>'escalationReason' FROM "FlowRun" r WHERE r."ticketId" = t.id AND r.shadow = false ORDER BY r."startedAt" LIMIT 1) AS reason
      FROM "Ticket" t WHERE t."queueId" = ${queueId}
    ), facts AS (
      SELECT b.*,
        (b."resolvedAt" IS NOT NULL AND b.cat <> '' AND EXISTS (SELECT 1 FROM "Ticket" o WHERE o."customerId" = b."customerId" AND o.id <> b.id
          AND COALESCE(o.category, o.intent, '') = b.cat AND o."createdAt" > b."resolvedAt" AND o."createdAt" <= b."resolvedAt" + interval '${Prisma.raw(String(WINDOW_DAYS))} days')) AS repeat
      FROM base b
    )
    SELECT f.*,
      CASE WHEN f."resolvedAt" IS NULL THEN 'unresolved'
           WHEN f.agent_wrote AND f.draft_used THEN 'ai-assisted'
           WHEN f.agent_wrote THEN 'human'
           WHEN f.reopens > 0 OR f.repeat THEN 'came-back'
           ELSE 'automated' END AS handling,
      CASE WHEN f.ai_answered AND f."resolvedAt" IS NOT NULL AND f."resolvedAt" + interval '${Prisma.raw(String(WINDOW_DAYS))} days' <= ${NOW}
           THEN NOT (f.reopens > 0 OR f.repeat) END AS outcome_ok
    FROM facts f`;
}

async function independent(queueId: string) {
  const [c] = await prisma.$queryRaw<Array<Record<string, bigint | number | null>>>(Prisma.sql`
    WITH x AS (${perTicket(queueId)}), y AS (
      SELECT x.*, feedback IN ('good', 'suboptimal') AS fb_ok, shadow = 'send' AS sh_ok,
        CASE WHEN handling IN ('automated', 'came-back') THEN 'automated' WHEN handling = 'ai-assisted' THEN 'assisted' WHEN handling = 'human' THEN 'human' END AS side
      FROM x
    )
    SELECT count(*) AS tickets, count(*) FILTER (WHERE "resolvedAt" IS NOT NULL) AS resolved,
      count(*) FILTER (WHERE handling = 'automated') AS automated,
      count(*) FILTER (WHERE handling = 'automated' AND ai_answered) AS deflected,
      count(*) FILTER (WHERE handling = 'ai-assisted') AS assisted,
      count(*) FILTER (WHERE handling = 'human') AS human,
      count(*) FILTER (WHERE handling = 'came-back') AS came_back,
      count(*) FILTER (WHERE handling = 'unresolved') AS unresolved,
      count(*) FILTER (WHERE escalated OR reason IS NOT NULL) AS escalated,
      count(*) FILTER (WHERE sla) AS sla,
      count(*) FILTER (WHERE feedback IS NOT NULL) AS fb_n, count(*) FILTER (WHERE fb_ok) AS fb_ok,
      count(*) FILTER (WHERE shadow IS NOT NULL) AS sh_n, count(*) FILTER (WHERE sh_ok) AS sh_ok,
      count(*) FILTER (WHERE outcome_ok IS NOT NULL) AS out_n, count(*) FILTER (WHERE outcome_ok) AS out_ok,
      count(*) FILTER (WHERE COALESCE(fb_ok, sh_ok, outcome_ok) IS NOT NULL) AS all_n, count(*) FILTER (WHERE COALESCE(fb_ok, sh_ok, outcome_ok)) AS all_ok,
      count(csat) FILTER (WHERE side = 'automated') AS csat_auto_n, sum(csat) FILTER (WHERE side = 'automated') AS csat_auto_sum,
      count(csat) FILTER (WHERE side = 'assisted') AS csat_assist_n, sum(csat) FILTER (WHERE side = 'assisted') AS csat_assist_sum,
      count(csat) FILTER (WHERE side = 'human') AS csat_human_n, sum(csat) FILTER (WHERE side = 'human') AS csat_human_sum,
      count(*) FILTER (WHERE side = 'human' AND csat >= 4) AS csat_human_happy,
      count("firstResponseAt") FILTER (WHERE side = 'human') AS frt_human_n,
      count("resolvedAt") FILTER (WHERE side = 'automated') AS res_auto_n,
      sum(round(COALESCE((SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY o."handleTimeSec") FROM "Ticket" o
        WHERE COALESCE(o.category, o.intent, '') = y.cat AND o."handleTimeSec" > 0), ${DEFAULT_HANDLE_TIME_SEC}))) FILTER (WHERE handling = 'automated') AS saved
    FROM y`);
  const reasons = await prisma.$queryRaw<Array<{ reason: string; n: bigint }>>(Prisma.sql`
    WITH x AS (${perTicket(queueId)})
    SELECT COALESCE(reason, CASE WHEN escalated THEN 'unspecified' ELSE '' END) AS reason, count(*) AS n FROM x GROUP BY 1 ORDER BY 1`);
  const n = (k: string) => Number(c![k] ?? 0);
  const mean = (sum: string, count: string) => (n(count) === 0 ? null : n(sum) / n(count));
  return {
    tickets: n("tickets"),
    resolved: n("resolved"),
    automated: n("automated"),
    deflected: n("deflected"),
    aiAssisted: n("assisted"),
    human: n("human"),
    cameBack: n("came_back"),
    unresolved: n("unresolved"),
    escalated: n("escalated"),
    slaBreached: n("sla"),
    accuracy: { feedback: [n("fb_ok"), n("fb_n")], shadow: [n("sh_ok"), n("sh_n")], outcome: [n("out_ok"), n("out_n")], combined: [n("all_ok"), n("all_n")] },
    csat: {
      automated: [n("csat_auto_n"), mean("csat_auto_sum", "csat_auto_n")],
      assisted: [n("csat_assist_n"), mean("csat_assist_sum", "csat_assist_n")],
      human: [n("csat_human_n"), mean("csat_human_sum", "csat_human_n")],
    },
    csatHumanHappy: n("csat_human_happy"),
    frtHumanCount: n("frt_human_n"),
    resolutionAutomatedCount: n("res_auto_n"),
    agentHoursSaved: n("saved") / 3600,
    reasons: Object.fromEntries(reasons.map((r) => [r.reason, Number(r.n)])),
  };
}

async function fromRollup(s: TMetricSummary) {
  const byReason = await rollupSums(prisma, filters(), ["escalationReason"]);
  return {
    tickets: s.tickets,
    resolved: s.resolved,
    automated: s.automation.numerator,
    deflected: s.deflection.numerator,
    aiAssisted: s.aiAssisted.numerator,
    human: s.human.numerator,
    cameBack: s.cameBack,
    unresolved: s.unresolved,
    escalated: s.escalated.numerator,
    slaBreached: s.slaBreached.numerator,
    accuracy: Object.fromEntries((["feedback", "shadow", "outcome", "combined"] as const).map((k) => [k, [s.accuracy[k].numerator, s.accuracy[k].count]])),
    csat: Object.fromEntries((["automated", "assisted", "human"] as const).map((k) => [k, [s.csat[k].count, s.csat[k].mean]])),
    csatHumanHappy: s.csat.human.satisfied.numerator,
    frtHumanCount: s.durations.firstResponse.human.count,
    resolutionAutomatedCount: s.durations.resolution.automated.count,
    agentHoursSaved: s.agentHoursSaved,
    reasons: Object.fromEntries(byReason.map((g) => [String(g.group.escalationReason), g.sums.counts.tickets])),
  };
}

/** The fixture's cells as stored, histograms without trailing zeros (a subtraction leaves them, a rebuild does not). */
async function cells(queueId: string): Promise<unknown[]> {
  const rows = await prisma.$queryRaw<Array<Record<string, unknown>>>`
    SELECT * FROM "MetricRollup" WHERE "queueId" = ${queueId}
    ORDER BY "day", "origin", "category", "tier", "channel", "flowId", "versionId", "connectionId", "escalationReason"`;
  return rows.map((r) =>
    Object.fromEntries(
      Object.entries(r).map(([k, v]) => {
        if (!Array.isArray(v)) return [k, typeof v === "bigint" ? Number(v) : v instanceof Date ? v.toISOString() : v];
        const a = v.map(Number);
        while (a.length > 0 && a[a.length - 1] === 0) a.pop();
        return [k, a];
      }),
    ),
  );
}

describe("refreshMetrics", () => {
  it("sums the seeded tickets into figures equal to independent SQL counts for each definition", async () => {
    const expected = await independent(fx.queueId);
    // The fixture covers what it claims to: every handling, both accuracy verdicts, CSAT on each side.
    expect(expected).toMatchObject({ tickets: 13, automated: 3, deflected: 1, aiAssisted: 1, human: 4, cameBack: 3, unresolved: 2, slaBreached: 1 });
    expect(expected.reasons).toEqual({ "": 10, "Asks for a human": 1, unspecified: 2 });
    expect(expected.agentHoursSaved).toBeGreaterThan(0);
    expect(await fromRollup(await dashboard())).toEqual(expected);
  });

  it("keeps the facts the drill-down reads: the handling and flags of each ticket, in its cell", async () => {
    const facts = await prisma.metricTicketFact.findMany({ where: { ticketId: { in: Object.values(fx.ids) } } });
    const byId = new Map(facts.map((f) => [f.ticketId, f]));
    expect(byId.get(fx.ids.deflected!)).toMatchObject({ handling: "automated", deflected: true, origin: "live", category: "billing", tier: 1, flowId: fx.flowId, versionId: fx.versionId });
    expect(byId.get(fx.ids.repeatFirst!)).toMatchObject({ handling: "came-back", repeatContact: true });
    expect(byId.get(fx.ids.repeatSecond!)).toMatchObject({ handling: "human", slaBreached: true, escalationReason: "Asks for a human" });
    expect(byId.get(fx.ids.open!)).toMatchObject({ handling: "unresolved", category: "returns", flowId: "", escalationReason: "unspecified" });
    expect(byId.get(fx.ids.importedAuto!)).toMatchObject({ handling: "automated", origin: "imported", deflected: false, flowId: "" });
  });

  it("lists the tickets AI accuracy is over, as many as the figure counts", async () => {
    const page = await drillDownTickets(prisma, { filters: filters(), group: {}, only: "ai-judged", limit: 50 });
    // Evidence from each source: an agent's verdict, a reviewed shadow draft, or an AI answer on a resolved ticket
    // whose window has closed (every fixture ticket's has, by NOW).
    const inQueue = await prisma.ticket.findMany({ where: { queueId: fx.queueId }, select: { id: true } });
    const reviewed = await prisma.shadowDraft.findMany({ where: { ticketId: { in: inQueue.map((t) => t.id) }, verdict: { not: null } }, select: { ticketId: true } });
    const judged = await prisma.ticket.findMany({
      where: {
        queueId: fx.queueId,
        OR: [
          { feedback: { some: {} } },
          { id: { in: reviewed.map((r) => r.ticketId) } },
          { resolvedAt: { not: null }, messages: { some: { author: "ai", internal: false, aiMeta: { not: Prisma.DbNull } } } },
        ],
      },
      select: { id: true },
    });
    expect(judged.length).toBeGreaterThan(3);
    expect(new Set(page.items.map((i) => i.id))).toEqual(new Set(judged.map((t) => t.id)));
    expect(page.total).toBe((await dashboard()).accuracy.combined.count);
  });

  it("follows changes: a reopen, an agent reply, a deletion and a category move, and agrees with a rebuild", async () => {
    await prisma.ticket.update({ where: { id: fx.ids.deflected! }, data: { reopens: 1 } });
    await prisma.message.create({ data: { ticketId: fx.ids.closedByRule!, author: "agent", body: "Here is what happened" } });
    await prisma.ticket.delete({ where: { id: fx.ids.human! } });
    // The second contact moves to another category: the first is no longer a repeat contact, so it is automated again.
    await prisma.ticket.update({ where: { id: fx.ids.repeatSecond! }, data: { category: "account" } });
    await refreshMetrics(prisma, { now: NOW });

    const expected = await independent(fx.queueId);
    expect(expected).toMatchObject({ tickets: 12, automated: 2, human: 4, cameBack: 3 });
    const figures = await fromRollup(await dashboard());
    expect(figures).toEqual(expected);
    expect(await prisma.metricTicketFact.count({ where: { ticketId: fx.ids.human! } })).toBe(0);
    expect((await prisma.metricTicketFact.findUniqueOrThrow({ where: { ticketId: fx.ids.repeatFirst! } })).handling).toBe("automated");

    const incremental = await cells(fx.queueId);
    await rebuildMetrics(prisma, { now: NOW, log: () => {} });
    expect(await cells(fx.queueId)).toEqual(incremental);
    expect(await fromRollup(await dashboard())).toEqual(expected);
  });
});
