/**
 * `npx tsx --conditions=react-server server/ai/intent/dev/eval-seed.ts SEED [OPTS-JSON]`: Banking77 held-out figures for one split seed, with
 * training tuning (TTrainTuning, e.g. '{"networks":2}') as JSON. Trains with trainIntentModelParallel.
 */
import "server-only";
import { evaluateIntent } from "../evaluate";
import { serializeIntentModel } from "../serialize";
import { trainIntentModelParallel } from "../train";
import { banking77Split } from "./splits";

const seed = Number(process.argv[2] ?? 77);
const opts = JSON.parse(process.argv[3] ?? "{}");
const { train, test } = banking77Split(seed);
const started = performance.now();
const model = await trainIntentModelParallel(train, { seed: 1, ...opts });
const trainSeconds = (performance.now() - started) / 1000;
const { curve: _c, ...r } = evaluateIntent(train, test, { model: () => model });
console.log(JSON.stringify({
  seed, opts, mlpWeight: model.mlp.weight, accuracy: r.accuracy, cov97: r.coverageAtPrecision97, threshold97: r.thresholdAtPrecision97,
  atTraining: r.atTrainingThreshold, trainingThreshold: r.trainingThreshold, trainSeconds, pps: r.predictionsPerSecond, modelBytes: serializeIntentModel(model).length,
}));
