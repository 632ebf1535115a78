import "server-only";
import { chooseThreshold, fitTemperature, precisionCoverageCurve, TARGET_PRECISION } from "./calibration";
import { mixInto, needsEncoder } from "./encoder-part";
import { mixedLogLoss, scoreRows, softmaxRows } from "./oof-rows";

/** Shares of the encoder tried: an even geometric mean (best on Banking77, see the stage), or no encoder at all. */
const WEIGHTS = [0, 0.5];
/** The encoder is asked when the n-gram model's top probability is below the gate; ALWAYS asks for every text. */
export const ALWAYS = 1.01;
const GATES = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, ALWAYS];
/**
 * How much a lower gate may give away for the speed it buys: each text the gate sends costs the encoder many times
 * what the n-gram model spends on it, so the gate sets the prediction rate. Accuracy may drop by a fifth of a point
 * at most; the score (coverage at the target precision) by a point, as it moves in steps of the threshold grid and
 * a point of it is within what the held-out figures vary by from one split to the next.
 */
const ACCURACY_SLACK = 0.002;
const SCORE_SLACK = 0.01;

export interface TEncoderMix {
  weight: number;
  gate: number;
  temperature: number;
  /** The out-of-fold probabilities with the encoder mixed in where the gate lets it: what the threshold is chosen on. */
  mixed: Float32Array;
}

/**
 * Calibrates the encoder's out-of-fold scores, then picks its share and gate from the training data alone: the share
 * with the better out-of-fold score (see `score`) when every text is encoded, then the lowest gate whose score and
 * accuracy stay within SCORE_SLACK and ACCURACY_SLACK of encoding everything. Most of the encoder's gain comes from
 * the texts the n-gram model is least sure of, so a gate that embeds a small share keeps nearly all of it.
 */
export function chooseEncoderMix(fast: Float32Array, encoderOof: Float32Array, y: Int32Array, classes: number, abstainIndex: number): TEncoderMix {
  const temperature = fitTemperature(encoderOof, y, classes);
  const encoder = softmaxRows(encoderOof, classes, temperature);
  const withOutOfScope = abstainIndex >= 0 && y.some((l) => l === abstainIndex);
  const evaluate = (weight: number, gate: number) => {
    const part = { weight, gate };
    const mixed = Float32Array.from(fast);
    for (let r = 0; r < y.length; r++) {
      const from = r * classes;
      if (needsEncoder(part, fast.subarray(from, from + classes))) mixInto(mixed, from, encoder.subarray(from, from + classes), weight);
    }
    return { mixed, ...score(mixed, y, classes, abstainIndex, withOutOfScope) };
  };
  const full = WEIGHTS.map((w) => ({ weight: w, ...evaluate(w, ALWAYS) })).reduce((a, b) => (b.score > a.score ? b : a));
  if (full.weight === 0) return { weight: 0, gate: ALWAYS, temperature, mixed: Float32Array.from(fast) };
  for (const gate of GATES) {
    const candidate = gate === ALWAYS ? full : evaluate(full.weight, gate);
    if (candidate.score >= full.score - SCORE_SLACK && candidate.accuracy >= full.accuracy - ACCURACY_SLACK) {
      return { weight: full.weight, gate, temperature, mixed: candidate.mixed };
    }
  }
  return { weight: full.weight, gate: ALWAYS, temperature, mixed: full.mixed };
}

/**
 * Without out-of-scope rows: coverage at the target precision (log-loss breaks ties), as the network's share is
 * chosen. With them: out-of-scope rejection plus in-scope accuracy at the threshold the model would choose.
 */
function score(p: Float32Array, y: Int32Array, classes: number, abstainIndex: number, withOutOfScope: boolean): { score: number; accuracy: number } {
  const scored = scoreRows(p, y, classes, abstainIndex);
  const curve = precisionCoverageCurve(scored);
  const inScope = scored.filter((r) => r.actual >= 0);
  const accuracy = inScope.filter((r) => r.predicted === r.actual).length / Math.max(1, inScope.length);
  if (withOutOfScope) {
    const { threshold } = chooseThreshold(curve, true);
    const at = curve.find((q) => q.threshold === threshold)!;
    return { score: (at.oosRejected ?? 0) + (at.inScopeAccuracy ?? 0), accuracy };
  }
  const reaching = curve.find((q) => q.precision >= TARGET_PRECISION && q.coverage > 0);
  return { score: (reaching?.coverage ?? 0) - mixedLogLoss(p, y, classes) * 1e-3, accuracy };
}
