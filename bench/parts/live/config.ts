/** The live bench's knobs, from BENCH_LIVE_* variables; defaults keep the part under about ten minutes once the stack is up. */
export interface LiveBenchConfig {
  /** The fixed rates reported in full: a sustainable one and an overload. */
  rates: number[];
  seconds: number;
  /** The rates tried in turn, until one misses, for the highest whose decision p99 stays under 2 s. */
  steps: number[];
  stepSeconds: number;
  /** How long a phase waits after its last send for the runs still deciding. */
  graceSeconds: number;
  /** How long a phase waits, before it starts, for what earlier ones left queued. */
  drainSeconds: number;
  /** The whole part's budget once the stack is up; phases that would not fit are skipped and named. */
  maxSeconds: number;
  historySample: number;
  startTimeoutSeconds: number;
  trainTimeoutSeconds: number;
  keepDataDir: boolean;
  /** BENCH_LIVE_ATTACH="dir,port,pid": measure a stack already running instead of starting a fresh one. */
  attach?: string;
}

export function liveConfig(env: Record<string, string | undefined> = process.env): LiveBenchConfig {
  return {
    rates: list(env.BENCH_LIVE_RATES, [50, 200]),
    seconds: num(env.BENCH_LIVE_SECONDS, 60),
    steps: list(env.BENCH_LIVE_STEPS, [25, 50, 75, 100, 150, 200, 250, 300]),
    stepSeconds: num(env.BENCH_LIVE_STEP_SECONDS, 20),
    graceSeconds: num(env.BENCH_LIVE_GRACE_SECONDS, 60),
    drainSeconds: num(env.BENCH_LIVE_DRAIN_SECONDS, 90),
    maxSeconds: num(env.BENCH_LIVE_MAX_SECONDS, 600),
    historySample: num(env.BENCH_LIVE_HISTORY_SAMPLE, 20),
    startTimeoutSeconds: num(env.BENCH_LIVE_START_TIMEOUT_SECONDS, 900),
    trainTimeoutSeconds: num(env.BENCH_LIVE_TRAIN_TIMEOUT_SECONDS, 900),
    keepDataDir: env.BENCH_LIVE_KEEP_DATA === "1",
    ...(env.BENCH_LIVE_ATTACH ? { attach: env.BENCH_LIVE_ATTACH } : {}),
  };
}

function num(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`live bench: expected a number, got "${raw}"`);
  return value;
}

/** "50,200" -> [50, 200], ascending; an empty value means none. */
function list(raw: string | undefined, fallback: number[]): number[] {
  if (raw === undefined) return fallback;
  const values = raw.split(",").map((s) => s.trim()).filter((s) => s !== "").map((s) => num(s, 0)).filter((v) => v > 0);
  return [...new Set(values)].sort((a, b) => a - b);
}
