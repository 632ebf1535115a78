/** Shared by the server, the CLI and the AI models page (no server imports here). */
type TSpans = Record<string, [number, number]>;

const WITHOUT_ENCODER: TSpans = {
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

// With the sentence encoder, embedding the texts takes about a sixth of the run (Banking77: 7.5 of 51 s), and its
// SVM's fits run beside the other two stages.
const WITH_ENCODER: TSpans = {
  queued: [0, 0],
  encode: [0, 0.15],
  featurise: [0.15, 0.19],
  "cross-validate": [0.19, 0.5],
  "final-fit": [0.5, 0.58],
  network: [0.58, 0.9],
  encoder: [0.9, 0.97],
  calibrate: [0.97, 1],
  done: [1, 1],
};

/** Training progress as one share of the whole run, weighting each stage by the time it usually takes. */
export function overallProgress(progress: { stage: string; done: number; total: number; withEncoder?: boolean } | null): number {
  if (progress === null) return 0;
  const [from, to] = (progress.withEncoder ? WITH_ENCODER : WITHOUT_ENCODER)[progress.stage] ?? [0, 0];
  return from + (to - from) * (progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0);
}

const STAGE_LABELS: Record<string, string> = {
  queued: "Waiting to start",
  encode: "Embedding the texts",
  featurise: "Reading the texts",
  "cross-validate": "Cross-validating",
  "final-fit": "Fitting on all tickets",
  network: "Training the network",
  encoder: "Learning from the embeddings",
  calibrate: "Calibrating",
  done: "Done",
};

/** What a person reads for a training stage. */
export function stageLabel(stage: string): string {
  return STAGE_LABELS[stage] ?? stage;
}
