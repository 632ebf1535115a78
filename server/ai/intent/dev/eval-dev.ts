/** Development harness: `npx tsx --conditions=react-server server/ai/intent/dev/eval-dev.ts [banking77|clinc150]`, variants via FEATURES/SGD env JSON. */
import "server-only";
import { evaluateIntent } from "../evaluate";
import { trainIntentModel } from "../train";
import { banking77Split, clinc150Split } from "./splits";

const which = process.argv[2] ?? "banking77";
const { train, test } = which === "clinc150" ? clinc150Split() : banking77Split();
const abstainLabel = which === "clinc150" ? "oos" : undefined;
const features = JSON.parse(process.env.FEATURES ?? "{}");
const sgd = JSON.parse(process.env.SGD ?? "{}");
const svm = JSON.parse(process.env.SVM ?? "{}");
const learner = process.env.LEARNER === "softmax" ? "softmax" : "svm";
let cv: { threshold: number }[] = [];
const r = evaluateIntent(train, test, {
  abstainLabel,
  model: (rows) => { const m = trainIntentModel(rows, { abstainLabel, features, sgd, svm, learner, abstainWeight: process.env.OOSW ? Number(process.env.OOSW) : undefined, onProgress: (p) => process.stderr.write(`${p.stage} ${p.done}/${p.total}\r`) }); cv = m.curve; return m; },
});
const { curve, ...rest } = r;
console.log(JSON.stringify({ which, learner, features, sgd, svm, ...rest }));
if (process.env.CURVE) curve.forEach((p, i) => { if (Math.round(p.threshold * 100) % 5 === 0) console.log(JSON.stringify({ test: p, cv: cv[i] })); });
