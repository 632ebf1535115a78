/** A training run's progress as the server records it and the CLI and the AI models page show it. */

export interface TProgressReport {
  stage: string;
  done: number;
  total: number;
  withEncoder?: boolean;
  /** The whole run's share done, from every stage so far (progressTracker); absent on old rows. */
  overall?: number;
}

type TWeights = Record<string, number>;

// Each stage's share of a run's time. The stages overlap (the linear model, the network and, with the encoder,
// the embedding and its SVM run side by side on worker threads), so a run's progress is the weighted sum of every
// stage's own progress, never the position of the last report: that would jump back and forth between stages.
const WITHOUT_ENCODER: TWeights = { featurise: 0.05, "cross-validate": 0.35, "final-fit": 0.1, network: 0.47, calibrate: 0.03 };
// Measured on Banking77's 10,003 rows: embedding ends at about half the run, the linear model's final fit last.
const WITH_ENCODER: TWeights = { featurise: 0.02, encode: 0.25, "cross-validate": 0.3, "final-fit": 0.1, network: 0.15, encoder: 0.13, calibrate: 0.05 };

function share(p: TProgressReport): number {
  return p.total > 0 ? Math.min(1, p.done / p.total) : 0;
}

/**
 * Follows one training run's reports and answers, after each, the share of the whole run done so far: the weighted
 * sum of each stage's latest progress, so it only moves forward.
 */
export function progressTracker(): (p: TProgressReport) => number {
  const latest = new Map<string, number>();
  return (p) => {
    latest.set(p.stage, Math.max(latest.get(p.stage) ?? 0, share(p)));
    const weights = p.withEncoder ? WITH_ENCODER : WITHOUT_ENCODER;
    let sum = 0;
    for (const [stage, weight] of Object.entries(weights)) sum += weight * (latest.get(stage) ?? 0);
    return Math.min(1, sum);
  };
}

/** A stored report's overall share: the tracker's figure when it was recorded with one, else by its stage alone. */
export function overallProgress(progress: TProgressReport | null): number {
  if (progress === null) return 0;
  if (progress.stage === "done") return 1;
  if (progress.overall !== undefined) return progress.overall;
  const weights = progress.withEncoder ? WITH_ENCODER : WITHOUT_ENCODER;
  const stages = Object.keys(weights);
  const at = stages.indexOf(progress.stage);
  if (at < 0) return 0;
  const before = stages.slice(0, at).reduce((sum, s) => sum + weights[s]!, 0);
  return before + weights[progress.stage]! * share(progress);
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
