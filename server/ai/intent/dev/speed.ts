/**
 * `npx tsx --conditions=react-server server/ai/intent/dev/speed.ts [OPTS-JSON]`: the training-speed figures (README, Status) for a variant: seconds to
 * train on all of Banking77 train.csv (10,003 rows) with trainIntentModelParallel, predictions per second (best of
 * three passes over 2,000 of its texts, so a busy machine disturbs it less) and the stored model's size. Also the
 * CPU seconds training used on all threads: on a busy machine wall time says little, CPU time still does (ONNX
 * Runtime's threads count too). Training, and the predictions, use the sentence encoder when it is installed.
 */
import "server-only";
import { join } from "node:path";
import { readLabelledCsv } from "../labelled-csv";
import { sharedSentenceEncoder } from "../../encoder/sentence-encoder";
import { predictIntents } from "../predict-batch";
import { serializeIntentModel } from "../serialize";
import { trainIntentModelParallel } from "../train";
import { sharedDataDir } from "./splits";

const opts = JSON.parse(process.argv[2] ?? "{}");
const rows = readLabelledCsv(join(sharedDataDir(), "banking77", "train.csv"));
// With the sentence encoder when it is installed (STUDIO_ENCODER=off: without); its load is not counted.
const encoder = await sharedSentenceEncoder();
const started = performance.now();
const cpuBefore = process.cpuUsage();
const model = await trainIntentModelParallel(rows, { seed: 1, encoder, ...opts });
const trainSeconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const trainCpuSeconds = (cpu.user + cpu.system) / 1e6;
const texts = rows.slice(0, 2000).map((r) => r.text);
let best = Infinity;
for (let pass = 0; pass < 3; pass++) {
  const t = performance.now();
  await predictIntents(model, texts, encoder);
  best = Math.min(best, (performance.now() - t) / 1000);
}
console.log(JSON.stringify({ opts, rows: rows.length, trainSeconds: +trainSeconds.toFixed(1), trainCpuSeconds: +trainCpuSeconds.toFixed(1), predictionsPerSecond: Math.round(texts.length / best), modelMegabytes: +(serializeIntentModel(model).length / 1e6).toFixed(2), mlpWeight: model.mlp.weight, encoder: model.encoder && { name: model.encoder.name, gate: model.encoder.gate } }));
