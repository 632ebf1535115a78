import { percentile } from "../live/stats";
import { cpuTicksByPart } from "../live/proc";

export interface TTimed {
  runs: number;
  p50Ms: number | null;
  p95Ms: number | null;
  maxMs: number | null;
}

/** One warm-up run (not counted), then `runs` runs one after another; milliseconds as the caller sees them. */
export async function timeQuery(runs: number, query: () => Promise<unknown>): Promise<TTimed> {
  await query();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await query();
    ms.push(performance.now() - started);
  }
  const round = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
  return { runs, p50Ms: round(percentile(ms, 50)), p95Ms: round(percentile(ms, 95)), maxMs: round(Math.max(...ms)) };
}

/** Wall time and CPU (this process, and the PostgreSQL it started) of one piece of work. */
export async function measureCpu<T>(work: () => Promise<T>): Promise<{ result: T; wallMs: number; nodeCpuMs: number; postgresCpuMs: number }> {
  const pgBefore = cpuTicksByPart(process.pid).get("postgres") ?? 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await work();
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const pgAfter = cpuTicksByPart(process.pid).get("postgres") ?? 0;
  return { result, wallMs, nodeCpuMs: (cpu.user + cpu.system) / 1000, postgresCpuMs: (pgAfter - pgBefore) * 10 };
}
