/**
 * The soak's knobs: `--soak-minutes N` and `--soak-rate N` on the command line (also as `--soak-minutes=N`), the rest
 * from BENCH_SOAK_* variables. Every value is bounded, so a typo cannot start an hour-long or a flooding run.
 */
export interface SoakConfig {
  minutes: number;
  ratePerSecond: number;
  /** How long a killed part stays down before it is started again. */
  downSeconds: number;
  /** After the last send, how long to wait for every accepted ticket's run to finish. */
  settleSeconds: number;
  sampleSeconds: number;
  startTimeoutSeconds: number;
  keepDataDir: boolean;
}

export type KillTarget = "worker" | "temporal";

/** When each part is killed, in seconds after the first send. */
export interface PlannedKill {
  target: KillTarget;
  atSeconds: number;
}

export function soakConfig(argv: readonly string[] = process.argv, env: Record<string, string | undefined> = process.env): SoakConfig {
  return {
    minutes: bounded("--soak-minutes", option(argv, "--soak-minutes") ?? env.BENCH_SOAK_MINUTES, 10, 0.5, 120),
    ratePerSecond: bounded("--soak-rate", option(argv, "--soak-rate") ?? env.BENCH_SOAK_RATE, 5, 0.1, 100),
    downSeconds: bounded("BENCH_SOAK_DOWN_SECONDS", env.BENCH_SOAK_DOWN_SECONDS, 5, 0, 120),
    settleSeconds: bounded("BENCH_SOAK_SETTLE_SECONDS", env.BENCH_SOAK_SETTLE_SECONDS, 300, 10, 3_600),
    sampleSeconds: bounded("BENCH_SOAK_SAMPLE_SECONDS", env.BENCH_SOAK_SAMPLE_SECONDS, 30, 1, 600),
    startTimeoutSeconds: bounded("BENCH_SOAK_START_TIMEOUT_SECONDS", env.BENCH_SOAK_START_TIMEOUT_SECONDS, 900, 30, 3_600),
    keepDataDir: env.BENCH_SOAK_KEEP_DATA === "1",
  };
}

/**
 * The worker at a quarter and three quarters of the soak, Temporal at the half: far enough apart that each part is
 * back and working through its backlog before the next kill, and the last quarter shows the steady state again.
 */
export function killPlan(minutes: number): PlannedKill[] {
  const seconds = minutes * 60;
  return [
    { target: "worker", atSeconds: Math.round(seconds * 0.25) },
    { target: "temporal", atSeconds: Math.round(seconds * 0.5) },
    { target: "worker", atSeconds: Math.round(seconds * 0.75) },
  ];
}

function option(argv: readonly string[], name: string): string | undefined {
  const inline = argv.find((a) => a.startsWith(`${name}=`));
  if (inline !== undefined) return inline.slice(name.length + 1);
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

function bounded(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new Error(`soak bench: ${name} must be a number from ${min} to ${max}, not "${raw}"`);
  }
  return value;
}
