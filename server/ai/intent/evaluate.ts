import "server-only";
import { precisionCoverageCurve, TARGET_PRECISION, type TScoredRow } from "./calibration";
import type { TCurvePoint, TIntentModel, TIntentPrediction, TTrainProgress } from "./model";
import { predictIntent } from "./predict";
import { predictIntents } from "./predict-batch";
import { serializeIntentModel } from "./serialize";
import type { SentenceEncoder } from "../encoder/sentence-encoder";
import { trainIntentModel, trainIntentModelParallel, type TTrainingRow, type TTrainTuning } from "./train";

export interface TIntentEvaluation {
  trainRows: number;
  testRows: number;
  classes: number;
  /** Top in-scope label vs truth over in-scope test rows, no abstention. */
  accuracy: number;
  macroF1: number;
  /** Coverage and threshold on the TEST predictions where precision first reaches 97% (evaluation only). */
  coverageAtPrecision97: number | null;
  thresholdAtPrecision97: number | null;
  /** The threshold the model chose from its training data, and what it gives on the test file. */
  trainingThreshold: number;
  trainingThresholdRule: string;
  atTrainingThreshold: { precision: number; coverage: number };
  oosRejected?: number;
  inScopeAccuracyWithAbstention?: number;
  /**
   * How the model tells out-of-scope texts: "abstain-label class" when the training file had rows of the abstain
   * label, "nearest-intent similarity" (familiarity.ts) when it learned from in-scope rows alone, or "none".
   */
  outOfScopeRule: { kind: "abstain-label class" | "nearest-intent similarity" | "none"; threshold: number | null; rule: string | null };
  /** Share of test texts flagged as unlike every trained intent. */
  unfamiliarShare: number;
  /** Expected calibration error of the top probability on the test file (15 equal-width bins). */
  expectedCalibrationError: number;
  trainSeconds: number;
  predictionsPerSecond: number;
  /** The sentence encoder the model uses (null: none), and the share of test texts its gate sent to it. */
  encoder: string | null;
  encodedShare: number;
  /** Size of the stored model (serialize.ts). */
  modelMegabytes: number;
  curve: TCurvePoint[];
}

type TEvaluateOptions = { abstainLabel?: string; seed?: number; onProgress?: (p: TTrainProgress) => void };
type TPredicted = { predictions: TIntentPrediction[]; seconds: number; encoded: number };

/** Trains on `train`, predicts every `test` row and measures; nothing about the test rows feeds back into the model. */
export function evaluateIntent(
  train: TTrainingRow[],
  test: TTrainingRow[],
  opts: TEvaluateOptions & { model?: (rows: TTrainingRow[]) => TIntentModel } = {},
): TIntentEvaluation {
  const started = performance.now();
  const model = opts.model
    ? opts.model(train)
    : trainIntentModel(train, { abstainLabel: opts.abstainLabel, seed: opts.seed, onProgress: opts.onProgress });
  const trainSeconds = (performance.now() - started) / 1000;
  const predictStarted = performance.now();
  const predictions = test.map((r) => predictIntent(model, r.text));
  return measure(model, train, test, trainSeconds, { predictions, seconds: (performance.now() - predictStarted) / 1000, encoded: 0 }, opts.abstainLabel);
}

/**
 * evaluateIntent with the model trained by trainIntentModelParallel (the same model, on two cores), and with the
 * sentence encoder when one is given: its time to embed the training texts counts in trainSeconds, and its time on
 * the test texts the gate sends it counts in predictionsPerSecond.
 */
export async function evaluateIntentParallel(
  train: TTrainingRow[],
  test: TTrainingRow[],
  opts: TEvaluateOptions & { encoder?: SentenceEncoder | null; tuning?: TTrainTuning } = {},
): Promise<TIntentEvaluation> {
  const started = performance.now();
  const model = await trainIntentModelParallel(train, { ...opts.tuning, abstainLabel: opts.abstainLabel, seed: opts.seed, onProgress: opts.onProgress, encoder: opts.encoder });
  const trainSeconds = (performance.now() - started) / 1000;
  const predictStarted = performance.now();
  const { predictions, encoded } = await predictIntents(model, test.map((r) => r.text), opts.encoder ?? null);
  return measure(model, train, test, trainSeconds, { predictions, seconds: (performance.now() - predictStarted) / 1000, encoded }, opts.abstainLabel);
}

function measure(model: TIntentModel, train: TTrainingRow[], test: TTrainingRow[], trainSeconds: number, predicted: TPredicted, abstainLabel: string | undefined): TIntentEvaluation {
  const { predictions, seconds: predictSeconds } = predicted;

  const abstain = abstainLabel;
  const isOos = (r: TTrainingRow) => abstain !== undefined && r.label === abstain;
  const labelIndex = new Map(model.classes.map((c, i) => [c, i]));
  const scored: TScoredRow[] = test.map((r, i) => {
    const p = predictions[i]!;
    return {
      predicted: p.outOfScope || p.unfamiliar ? -1 : labelIndex.get(p.alternatives[0]!.label)!,
      probability: p.probability,
      actual: isOos(r) ? -1 : (labelIndex.get(r.label) ?? -2),
    };
  });
  const curve = precisionCoverageCurve(scored);
  const at97 = curve.find((p) => p.precision >= TARGET_PRECISION && p.coverage > 0);
  const atTraining = precisionCoverageCurve(scored, [model.threshold])[0]!;

  const inScope = test.map((r, i) => ({ r, p: predictions[i]! })).filter(({ r }) => !isOos(r));
  const correct = inScope.filter(({ r, p }) => p.alternatives[0]!.label === r.label).length;
  const result: TIntentEvaluation = {
    trainRows: train.length,
    testRows: test.length,
    classes: model.classes.filter((c) => c !== model.abstainLabel).length,
    accuracy: inScope.length === 0 ? 0 : correct / inScope.length,
    macroF1: macroF1(inScope.map(({ r, p }) => ({ actual: r.label, predicted: p.alternatives[0]!.label }))),
    coverageAtPrecision97: at97?.coverage ?? null,
    thresholdAtPrecision97: at97?.threshold ?? null,
    trainingThreshold: model.threshold,
    trainingThresholdRule: model.thresholdRule,
    atTrainingThreshold: { precision: atTraining.precision, coverage: atTraining.coverage },
    expectedCalibrationError: expectedCalibrationError(scored),
    trainSeconds,
    predictionsPerSecond: test.length / Math.max(predictSeconds, 1e-9),
    encoder: model.encoder?.name ?? null,
    encodedShare: test.length === 0 ? 0 : predicted.encoded / test.length,
    modelMegabytes: serializeIntentModel(model).length / 1e6,
    outOfScopeRule: outOfScopeRule(model, train),
    unfamiliarShare: test.length === 0 ? 0 : predictions.filter((p) => p.unfamiliar).length / test.length,
    curve,
  };
  if (abstain !== undefined) {
    const oos = test.map((r, i) => ({ r, p: predictions[i]! })).filter(({ r }) => isOos(r));
    result.oosRejected = oos.length === 0 ? 0 : oos.filter(({ p }) => p.abstained).length / oos.length;
    result.inScopeAccuracyWithAbstention = inScope.length === 0 ? 0 : inScope.filter(({ r, p }) => p.label === r.label).length / inScope.length;
  }
  return result;
}

function outOfScopeRule(model: TIntentModel, train: TTrainingRow[]): TIntentEvaluation["outOfScopeRule"] {
  if (model.abstainLabel !== null && train.some((r) => r.label === model.abstainLabel)) {
    return { kind: "abstain-label class", threshold: null, rule: `trained on the "${model.abstainLabel}" rows as a class of its own` };
  }
  const part = model.familiarity;
  if (part) return { kind: "nearest-intent similarity", threshold: part.threshold, rule: part.rule };
  return { kind: "none", threshold: null, rule: null };
}

/** Unweighted mean of per-class F1 over the classes that occur in truth or prediction. */
export function macroF1(pairs: { actual: string; predicted: string }[]): number {
  const stats = new Map<string, { tp: number; fp: number; fn: number }>();
  const get = (label: string) => stats.get(label) ?? stats.set(label, { tp: 0, fp: 0, fn: 0 }).get(label)!;
  for (const { actual, predicted } of pairs) {
    if (actual === predicted) get(actual).tp++;
    else {
      get(predicted).fp++;
      get(actual).fn++;
    }
  }
  if (stats.size === 0) return 0;
  let sum = 0;
  for (const { tp, fp, fn } of stats.values()) sum += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  return sum / stats.size;
}

/** |accuracy − confidence| per bin, weighted by the bin's share of rows. Rows whose top class is abstain are skipped. */
export function expectedCalibrationError(rows: TScoredRow[], bins = 15): number {
  const counted = rows.filter((r) => r.predicted >= 0);
  if (counted.length === 0) return 0;
  const conf = new Float64Array(bins);
  const hits = new Float64Array(bins);
  const sizes = new Float64Array(bins);
  for (const r of counted) {
    const b = Math.min(bins - 1, Math.floor(r.probability * bins));
    conf[b]! += r.probability;
    hits[b]! += r.predicted === r.actual ? 1 : 0;
    sizes[b]!++;
  }
  let ece = 0;
  for (let b = 0; b < bins; b++) if (sizes[b]! > 0) ece += (sizes[b]! / counted.length) * Math.abs(hits[b]! / sizes[b]! - conf[b]! / sizes[b]!);
  return ece;
}
