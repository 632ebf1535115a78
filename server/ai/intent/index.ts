import "server-only";
export { trainIntentModel, trainIntentModelParallel, IntentTrainingError, type TTrainingRow } from "./train";
export { predictIntent, classProbabilities } from "./predict";
export { serializeIntentModel, deserializeIntentModel, modelFingerprint, IntentModelFormatError } from "./serialize";
export { evaluateIntent, evaluateIntentParallel, macroF1, expectedCalibrationError, type TIntentEvaluation } from "./evaluate";
export type { TIntentModel, TIntentPrediction, TCurvePoint, TTrainProgress, TTrainOptions } from "./model";
