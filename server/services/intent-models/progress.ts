/** Shared by the server, the CLI and the AI models page (no server imports here). */
const STAGE_SPAN: Record<string, [number, number]> = {
  queued: [0, 0],
  featurise: [0, 0.05],
  // The linear model's folds and final fit, then the network's fits (on a second core they overlap with the linear
  // model's, so that span may pass quickly), then calibration.
  "cross-validate": [0.05, 0.4],
  "final-fit": [0.4, 0.5],
  network: [0.5, 0.97],
  calibrate: [0.97, 1],
  done: [1, 1],
};

/** Training progress as one share of the whole run, weighting each stage by the time it usually takes. */
export function overallProgress(progress: { stage: string; done: number; total: number } | null): number {
  if (progress === null) return 0;
  const [from, to] = STAGE_SPAN[progress.stage] ?? [0, 0];
  return from + (to - from) * (progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0);
}
