import "server-only";

/** A version's figures on the held-out rows. */
export interface THeldOutScore {
  rows: number;
  /** Share of the held-out rows whose top answer is their label (abstentions not counted apart). */
  accuracy: number;
  /** Share answered at the lowest threshold where the answered rows are at least 97% right; null: never reached. */
  coverageAt97: number | null;
}

/** The active version as the candidate was compared with it. */
export interface TActiveScore {
  version: number;
  /** Null: it could not be loaded here to score it. */
  score: THeldOutScore | null;
  /** Trained without the held-out rule: it may have learnt the held-out rows themselves. */
  sawHeldOut: boolean;
}

export type TActivationOutcome = "asked" | "first" | "beat-margin" | "short" | "worse" | "off" | "unfair" | "too-few";

export interface TActivationDecision {
  activate: boolean;
  outcome: TActivationOutcome;
  /** The decision in a sentence: "3.1 points better, margin 2". */
  reason: string;
  /** Held-out accuracy points over the active version (one decimal); null without a fair comparison. */
  pointsBetter: number | null;
}

/** Fewer held-out rows than this and one ticket moves the accuracy by several points: no automatic activation. */
export const MIN_HELD_OUT_ROWS = 20;

/**
 * Whether a newly trained version becomes active. The first version always does; one a person asked for too; else
 * it must beat the active version's held-out accuracy by the workspace's margin (null: a person decides), and only
 * when the comparison is fair: the active version never trained on the held-out rows, and there are enough of them.
 * The decision is on accuracy, not on coverage at 97% precision: accuracy counts every held-out row, while the
 * coverage moves in large steps when a single confident answer turns wrong on a few hundred rows.
 */
export function decideActivation(input: {
  candidate: THeldOutScore;
  active: TActiveScore | null;
  marginPoints: number | null;
  asked: boolean;
}): TActivationDecision {
  const { candidate, active, marginPoints, asked } = input;
  const pointsBetter = active === null || active.sawHeldOut || active.score === null ? null : Math.round((candidate.accuracy - active.score.accuracy) * 1000) / 10;
  if (active === null) return { activate: true, outcome: "first", reason: "no version was active", pointsBetter };
  if (asked) return { activate: true, outcome: "asked", reason: "a person asked for it when starting the training", pointsBetter };
  if (active.sawHeldOut) {
    return { activate: false, outcome: "unfair", reason: `the active version v${active.version} saw the held-out tickets in its training, so a person decides`, pointsBetter };
  }
  if (active.score === null) {
    return { activate: false, outcome: "unfair", reason: `the active version v${active.version} could not be loaded here to compare, so a person decides`, pointsBetter };
  }
  const difference = describeDifference(pointsBetter!);
  if (candidate.rows < MIN_HELD_OUT_ROWS) {
    return { activate: false, outcome: "too-few", reason: `${difference} on only ${candidate.rows} held-out tickets, too few to decide on (at least ${MIN_HELD_OUT_ROWS})`, pointsBetter };
  }
  if (marginPoints === null) return { activate: false, outcome: "off", reason: `${difference}; automatic activation is off, a person decides`, pointsBetter };
  if (pointsBetter! > 0 && pointsBetter! >= marginPoints) return { activate: true, outcome: "beat-margin", reason: `${difference}, margin ${marginPoints}`, pointsBetter };
  if (pointsBetter! > 0) return { activate: false, outcome: "short", reason: `${difference}, short of the margin of ${marginPoints}`, pointsBetter };
  return { activate: false, outcome: "worse", reason: difference, pointsBetter };
}

function describeDifference(points: number): string {
  if (points === 0) return "as accurate as the active version";
  const size = Math.abs(points).toFixed(1);
  return `${size} ${size === "1.0" ? "point" : "points"} ${points > 0 ? "better" : "worse"}`;
}
