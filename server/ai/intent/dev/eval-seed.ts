/** `npx tsx server/ai/intent/dev/eval-seed.ts SEED [MLPWEIGHT|none]`: Banking77 held-out figures for one split seed. */
import { evaluateIntent } from "../evaluate";
import { trainIntentModel } from "../train";
import type { TIntentModel } from "../model";
import { banking77Split } from "./splits";

const seed = Number(process.argv[2] ?? 77);
const arg = process.argv[3];
const { train, test } = banking77Split(seed);
let model: TIntentModel | undefined;
const { curve: _c, ...r } = evaluateIntent(train, test, {
  model: (rows) => (model = trainIntentModel(rows, { seed: 1, mlp: arg === "none" ? false : undefined, mlpWeight: arg && arg !== "none" ? Number(arg) : undefined })),
});
console.log(JSON.stringify({ seed, arg, mlpWeight: model!.mlp.weight, accuracy: r.accuracy, cov97: r.coverageAtPrecision97, atTraining: r.atTrainingThreshold, trainSeconds: r.trainSeconds, pps: r.predictionsPerSecond }));
