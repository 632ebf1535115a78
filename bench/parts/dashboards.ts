import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { Client } from "pg";
import { ensureDatabase } from "../../server/db/embedded-postgres";
import { migrateDatabase } from "../../server/db/migrate";
import { drillDownTickets } from "../../server/services/metrics/drill-down";
import { metricFilterOptions } from "../../server/services/metrics/filter-options";
import { rebuildMetrics } from "../../server/services/metrics/rebuild-metrics";
import { readMetricContext } from "../../server/services/metrics/refresh-context";
import { refreshMetrics } from "../../server/services/metrics/refresh-metrics";
import { metricSeries } from "../../server/services/metrics/series";
import { metricSummary } from "../../server/services/metrics/summary";
import { versionImpact } from "../../server/services/metrics/version-impact";
import { addDays, dayOf } from "../../workflows/metrics/weeks";
import { loadWorkspace } from "./dashboards/load";
import { measureCpu, timeQuery, type TTimed } from "./dashboards/timing";

const DAYS = 730;
const RUNS = 30;
/** Queries the dashboard does not make, timed fewer times: they only show what leaving something out saves. */
const INFORMATIONAL_RUNS = 5;
const QUERY_P95_TARGET_MS = 300;
/** The live path's CPU per ticket (README, "Where the CPU goes": worker, web app, Temporal and PostgreSQL at 25/s). */
const LIVE_PATH_CPU_MS_PER_TICKET = 100;
const UPKEEP_SHARE_TARGET = 0.05;
const UPKEEP_BATCHES = [200, 2_000];

/**
 * The dashboards at scale: a fresh embedded PostgreSQL, `tickets` tickets loaded in SQL (bench/parts/dashboards/load),
 * the rollup built by the refresher itself (rebuildMetrics), then every query the dashboard page makes, 30 times
 * each through the services the tRPC procedures call (p50/p95 as the server sees them), and the upkeep: the CPU the
 * refresher spends per changed ticket against the live path's per ticket.
 */
export async function benchDashboards(tickets: number): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "studio-bench-dashboards-"));
  // As root, the embedded PostgreSQL runs as `postgres`, which must be able to enter this dir.
  chmodSync(dir, 0o755);
  const external = process.env.DATABASE_URL;
  delete process.env.DATABASE_URL;
  const db = await ensureDatabase({ dataDir: dir });
  if (external !== undefined) process.env.DATABASE_URL = external;
  const pg = new Client({ connectionString: db.url });
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url }) });
  try {
    await migrateDatabase(db.url);
    await pg.connect();
    return await measure(pg, prisma, tickets);
  } finally {
    await pg.end().catch(() => {});
    await prisma.$disconnect();
    await db.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measure(pg: Client, prisma: PrismaClient, tickets: number): Promise<Record<string, unknown>> {
  const lastDay = dayOf(Date.now());
  let started = performance.now();
  const { versions } = await loadWorkspace(pg, { tickets, lastDay, days: DAYS });
  const loadSeconds = (performance.now() - started) / 1000;
  log(`${tickets} tickets loaded in ${loadSeconds.toFixed(1)} s`);
  started = performance.now();
  const rebuilt = await rebuildMetrics(prisma, { batchSize: 2_000, log: () => {} });
  const rebuildSeconds = (performance.now() - started) / 1000;
  const [size] = (await pg.query(`SELECT count(*)::int AS cells FROM "MetricRollup"`)).rows as Array<{ cells: number }>;
  log(`rollup rebuilt in ${rebuildSeconds.toFixed(1)} s: ${size?.cells} cells`);

  const allTime = { from: addDays(lastDay, 1 - DAYS), to: lastDay, origin: "all" as const };
  const last12Weeks = { ...allTime, from: addDays(lastDay, -83) };
  const queries: Record<string, () => Promise<unknown>> = {
    summaryAllTime: () => metricSummary(prisma, allTime),
    summaryLast12Weeks: () => metricSummary(prisma, last12Weeks),
    summaryLast12WeeksOneCategory: () => metricSummary(prisma, { ...last12Weeks, category: "category-03" }),
    // As the dashboard asks for them (no durations per group: the durations come from the summary).
    seriesByWeekAllTime: () => metricSeries(prisma, allTime, ["week"]),
    seriesByWeekAndOriginAllTime: () => metricSeries(prisma, allTime, ["week", "origin"]),
    seriesByCategoryAllTime: () => metricSeries(prisma, allTime, ["category"]),
    seriesByWeekAndCategoryLast12Weeks: () => metricSeries(prisma, last12Weeks, ["week", "category"]),
    seriesByWeekAndCategoryAllTime: () => metricSeries(prisma, allTime, ["week", "category"]),
    // With each group's durations: not what the dashboard asks for, timed to show what they cost.
    seriesByWeekAllTimeWithDurations: () => metricSeries(prisma, allTime, ["week"], { durations: true }),
    seriesByCategoryAllTimeWithDurations: () => metricSeries(prisma, allTime, ["category"], { durations: true }),
    seriesByWeekAndCategoryAllTimeWithDurations: () => metricSeries(prisma, allTime, ["week", "category"], { durations: true }),
    drillDownFirstPageAllTime: () => drillDownTickets(prisma, { filters: allTime, group: {}, limit: 50 }),
    drillDownFirstPageOneBar: () => drillDownTickets(prisma, { filters: last12Weeks, group: { category: "category-03" }, only: "human", limit: 50 }),
    filterOptions: () => metricFilterOptions(prisma),
    versionImpact: () => versionImpact(prisma, { versionId: versions[2]!, weeks: 4 }),
    versionImpactImportedBaseline: () => versionImpact(prisma, { versionId: versions[0]!, weeks: 4 }),
  };
  const timings: Record<string, TTimed> = {};
  for (const [name, query] of Object.entries(queries)) {
    timings[name] = await timeQuery(name.endsWith("WithDurations") ? INFORMATIONAL_RUNS : RUNS, query);
    log(`${name}: p50 ${timings[name].p50Ms} ms, p95 ${timings[name].p95Ms} ms`);
  }
  const worstP95 = Math.max(...Object.entries(timings).filter(([name]) => !name.endsWith("WithDurations")).map(([, t]) => t.p95Ms ?? 0));
  const upkeep = await measureUpkeep(pg, prisma);
  return {
    tickets,
    days: DAYS,
    loadSeconds: round(loadSeconds),
    rebuild: { seconds: round(rebuildSeconds), ticketsPerSecond: Math.round(rebuilt.refreshed / rebuildSeconds), rollupCells: size?.cells },
    queries: timings,
    upkeep,
    targets: { queryP95Ms: QUERY_P95_TARGET_MS, upkeepShareOfLivePath: UPKEEP_SHARE_TARGET },
    met: { queries: worstP95 < QUERY_P95_TARGET_MS, upkeep: upkeep.every((u) => u.shareOfLivePath < UPKEEP_SHARE_TARGET) },
  };
}

/**
 * The refresher's cost per changed ticket: live tickets get a CSAT rating (the triggers mark them dirty), then one
 * refreshMetrics drains them. CPU of this process and of PostgreSQL, against the live path's CPU per ticket.
 */
async function measureUpkeep(pg: Client, prisma: PrismaClient) {
  const context = await readMetricContext(prisma);
  const out = [];
  for (const batch of UPKEEP_BATCHES) {
    await pg.query(
      `UPDATE "Ticket" SET csat = 1 + (random() * 4)::int, "updatedAt" = now()
       WHERE id IN (SELECT id FROM "Ticket" WHERE "importHash" IS NULL ORDER BY random() LIMIT $1)`,
      [batch],
    );
    const m = await measureCpu(() => refreshMetrics(prisma, { batchSize: batch, context }));
    const cpuMs = m.nodeCpuMs + m.postgresCpuMs;
    const perTicket = cpuMs / m.result.refreshed;
    out.push({
      changedTickets: m.result.refreshed,
      wallMs: round(m.wallMs),
      cpuMsPerTicket: round(perTicket, 2),
      nodeCpuMsPerTicket: round(m.nodeCpuMs / m.result.refreshed, 2),
      postgresCpuMsPerTicket: round(m.postgresCpuMs / m.result.refreshed, 2),
      livePathCpuMsPerTicket: LIVE_PATH_CPU_MS_PER_TICKET,
      shareOfLivePath: round(perTicket / LIVE_PATH_CPU_MS_PER_TICKET, 4),
    });
    log(`upkeep, ${batch} changed tickets: ${perTicket.toFixed(2)} ms CPU per ticket`);
  }
  return out;
}

function round(v: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

function log(line: string): void {
  process.stderr.write(`[dashboards] ${line}\n`);
}
