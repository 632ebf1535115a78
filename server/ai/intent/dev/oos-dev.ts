/**
 * `npx tsx --conditions=react-server server/ai/intent/dev/oos-dev.ts [BUDGET]`: CLINC150 trained on its in-scope
 * intents only (no oos rows), tested on val + oos_val and, separately, on oos_train's out-of-scope rows (unused
 * in training here). Embeddings are cached under /tmp, so variants of the rule retrain without re-embedding.
 */
import "server-only";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sharedSentenceEncoder } from "../../encoder/sentence-encoder";
import { trainIntentModelParallel } from "../train";
import { predictIntent } from "../predict";
import { clinc150Split } from "./splits";

const budget = process.argv[2] === "off" ? false : process.argv[2] ? Number(process.argv[2]) : undefined;
// In order: val's 3,000 in-scope rows, oos_val's 100, oos_train's 100 (see clinc150Split).
const { train, test } = clinc150Split();
const encoder = (await sharedSentenceEncoder())!;
async function cached(name: string, texts: string[]): Promise<Float32Array> {
  const file = join(process.env.TMPDIR ?? "/tmp", `clinc150-${name}.f32`);
  if (existsSync(file)) {
    const b = readFileSync(file);
    return new Float32Array(b.buffer, b.byteOffset, b.byteLength / 4);
  }
  const v = await encoder.embed(texts);
  writeFileSync(file, Buffer.from(v.buffer, v.byteOffset, v.byteLength));
  return v;
}
const D = encoder.dim;
const trainEmb = await cached("train", train.map((r) => r.text));
const testEmb = await cached("test", test.map((r) => r.text));
const model = await trainIntentModelParallel(train, { seed: 1, embeddings: { name: encoder.name, dim: D, values: trainEmb }, familiarityBudget: budget });
const predictions = test.map((r, i) => predictIntent(model, r.text, testEmb.subarray(i * D, (i + 1) * D)));
const share = (keep: (i: number) => boolean, hit: (i: number) => boolean) => {
  const idx = test.map((_, i) => i).filter(keep);
  return +(idx.filter(hit).length / idx.length).toFixed(4);
};
const val = 3100;
const inScope = (i: number) => test[i]!.label !== "oos";
console.log(JSON.stringify({
  budget,
  threshold: model.threshold,
  gate: model.encoder?.gate,
  familiarity: model.familiarity && { threshold: model.familiarity.threshold, heldOutFlagged: model.familiarity.heldOutFlagged, inScopeFlagged: model.familiarity.inScopeFlagged },
  inScopeAccuracy: share(inScope, (i) => predictions[i]!.label === test[i]!.label),
  inScopeFlagged: share(inScope, (i) => predictions[i]!.unfamiliar),
  oosValRejected: share((i) => i >= 3000 && i < val, (i) => predictions[i]!.abstained),
  oosTrainRejected: share((i) => i >= val, (i) => predictions[i]!.abstained),
  oosValFlagged: share((i) => i >= 3000 && i < val, (i) => predictions[i]!.unfamiliar),
}));
// The alternative measured beside it: a threshold on the top probability, at the same budget of out-of-fold
// in-scope rows (the highest threshold still answering 1 - budget of them), alone and with the similarity check.
const topThreshold = [...model.curve].reverse().find((q) => q.coverage >= 1 - (budget || 0.03))!.threshold;
for (const [name, rejects] of [
  ["top probability", (i: number) => predictions[i]!.probability < topThreshold],
  ["top probability or unfamiliar", (i: number) => predictions[i]!.probability < topThreshold || predictions[i]!.unfamiliar],
] as const) {
  console.log(JSON.stringify({
    rule: name,
    topThreshold,
    inScopeAccuracy: share(inScope, (i) => !rejects(i) && predictions[i]!.alternatives[0]!.label === test[i]!.label),
    oosValRejected: share((i) => i >= 3000 && i < val, rejects),
    oosTrainRejected: share((i) => i >= val, rejects),
  }));
}
