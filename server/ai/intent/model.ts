import "server-only";
import type { TIntentCurve } from "./intent-curves";
import type { TFeatureConfig } from "./features";
import type { TEncoderPart } from "./encoder-part";
import type { TFamiliarityPart } from "./familiarity";

/** One point of the precision / coverage curve, from cross-validated (out-of-fold) predictions on the training data. */
export interface TCurvePoint {
  threshold: number;
  /** Share of answered rows whose label was right (1 when nothing is answered). */
  precision: number;
  /** Share of rows answered (not abstained). */
  coverage: number;
  /** With an abstain label: share of abstain-label rows that were abstained on. */
  oosRejected?: number;
  /** With an abstain label: in-scope rows answered correctly, abstentions counted as errors. */
  inScopeAccuracy?: number;
}

/**
 * A trained intent model: hashed n-gram TF-IDF features, one linear layer over the buckets seen in training and a
 * small hidden-layer network on the same features, their calibrated probabilities averaged; with a sentence
 * encoder, a linear layer over the text's embedding mixed in for the texts the n-grams are unsure of. `classes` may
 * include the abstain label (trained as a class so out-of-scope texts pull probability away from the real intents),
 * but predictions never return it as a label.
 */
export interface TIntentModel {
  formatVersion: 3 | 4 | 5;
  classes: string[];
  abstainLabel: string | null;
  features: TFeatureConfig;
  /** Sorted hash buckets seen in training; row r of idf/weights belongs to buckets[r]. */
  buckets: Int32Array;
  idf: Float32Array;
  /** IDF of a bucket never seen in training: it still counts in the text's norm, so unfamiliar texts score lower. */
  unseenIdf: number;
  /** [row][class], row-major, int8; row r's real weights are weights × rowScales[r] (see quantize.ts). */
  weights: Int8Array;
  rowScales: Float32Array;
  bias: Float32Array;
  /** Softmax temperature fit on out-of-fold predictions. */
  temperature: number;
  /** The hidden-layer network whose probabilities are averaged with the linear model's (see mlp.ts, train.ts). */
  mlp: TMlpPart;
  /** The sentence encoder's part (format 4), or null: trained without the encoder, or its share came out 0. */
  encoder: TEncoderPart | null;
  /** Format 5: flags texts unlike every intent it was trained on (see familiarity.ts); needs the encoder part. */
  familiarity?: TFamiliarityPart | null;
  /** Abstain when the top probability is below this (chosen from cross-validation on the training data). */
  threshold: number;
  thresholdRule: string;
  curve: TCurvePoint[];
  /** Per-intent curves from the same out-of-fold predictions: reported with the model, not stored in it (see serialize.ts). */
  intentCurves?: TIntentCurve[];
  trainedOn: { rows: number; folds: number; seed: number };
}

/** hidden 0 (and weight 0): no network, the linear model alone. */
export interface TMlpPart {
  hidden: number;
  /** Share of the network in the averaged probabilities, chosen on out-of-fold predictions. */
  weight: number;
  temperature: number;
  /** [row][hidden] int8 with one scale per row, rows as for the linear weights. */
  embed: Int8Array;
  embedScales: Float32Array;
  hiddenBias: Float32Array;
  /** [hidden][class]. */
  out: Float32Array;
  outBias: Float32Array;
}

export interface TIntentPrediction {
  /** null when the model abstains. */
  label: string | null;
  probability: number;
  alternatives: { label: string; probability: number }[];
  abstained: boolean;
  /** The abstain label (e.g. "oos") was the most likely class: abstained whatever the threshold. */
  outOfScope: boolean;
  /** The text was embedded and is not like any intent the model was trained on: abstained whatever the threshold. */
  unfamiliar: boolean;
  threshold: number;
}

/**
 * Stages in the order they report: with the sentence encoder, the training texts' embeddings first; the linear
 * model's folds and final fit, then the network's fits, then (with the encoder) its SVM's fits, then calibrate.
 */
export interface TTrainProgress {
  stage: "encode" | "featurise" | "cross-validate" | "final-fit" | "network" | "encoder" | "calibrate";
  done: number;
  total: number;
  /** Set on every report of a run that uses the encoder, so overall progress can weigh its stages. */
  withEncoder?: boolean;
}

/** Sentence embeddings of the training rows, in row order, and the encoder they came from. */
export interface TTrainingEmbeddings {
  name: string;
  dim: number;
  values: Float32Array;
}

export interface TTrainOptions {
  abstainLabel?: string;
  seed?: number;
  folds?: number;
  onProgress?: (p: TTrainProgress) => void;
  /** Adds the encoder's part to the model (trainIntentModelParallel computes these from an encoder). */
  embeddings?: TTrainingEmbeddings;
}
