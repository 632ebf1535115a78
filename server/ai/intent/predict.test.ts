import { describe, expect, it } from "vitest";
import { toyRows } from "./dev/toy-data";
import { rawTerms, weighTerms } from "./features";
import type { TIntentModel } from "./model";
import { classProbabilities } from "./predict";
import { trainIntentModel } from "./train";

// Five classes and 30 hidden units, so the unrolled loops' remainders run too; a fixed share for the network, so both
// halves of the n-gram model are exercised (on clean toy data it may choose none).
const fiveClasses = toyRows(300, { seed: 1 }).map((r) => (r.text.includes("parcel") ? { ...r, label: "parcel" } : r));
const model = trainIntentModel(fiveClasses, { seed: 7, mlpWeight: 0.5, mlp: { hidden: 30 } });
const other = trainIntentModel(toyRows(300, { seed: 5, noise: 0.3 }), { seed: 2 });

/** The model's formula written out plainly, feature by feature, as a reference for the optimised prediction path. */
function reference(m: TIntentModel, text: string): Float64Array {
  const rowOf = new Map<number, number>();
  m.buckets.forEach((b, r) => rowOf.set(b, r));
  const indices: number[] = [];
  const values: number[] = [];
  weighTerms(rawTerms(text, m.features), (b) => (rowOf.has(b) ? m.idf[rowOf.get(b)!]! : m.unseenIdf), m.features, indices, values);
  const C = m.classes.length;
  const softmax = (z: Float64Array, t: number) => {
    const max = Math.max(...z.map((v) => v / t));
    const e = z.map((v) => Math.exp(v / t - max));
    const sum = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / sum);
  };
  const z = new Float64Array(C);
  const h = new Float64Array(m.mlp.hidden);
  indices.forEach((bucket, k) => {
    const row = rowOf.get(bucket);
    if (row === undefined) return;
    for (let c = 0; c < C; c++) z[c]! += values[k]! * m.rowScales[row]! * m.weights[row * C + c]!;
    for (let j = 0; j < m.mlp.hidden; j++) h[j]! += values[k]! * m.mlp.embedScales[row]! * m.mlp.embed[row * m.mlp.hidden + j]!;
  });
  const linear = softmax(z.map((v, c) => v + m.bias[c]!), m.temperature);
  if (m.mlp.weight === 0) return linear;
  const logits = Float64Array.from(m.mlp.outBias);
  for (let j = 0; j < m.mlp.hidden; j++) {
    const a = h[j]! + m.mlp.hiddenBias[j]!;
    if (a > 0) for (let c = 0; c < C; c++) logits[c]! += a * m.mlp.out[j * C + c]!;
  }
  const network = softmax(logits, m.mlp.temperature);
  return linear.map((p, c) => (1 - m.mlp.weight) * p + m.mlp.weight * network[c]!);
}

describe("classProbabilities", () => {
  const longText = Array.from({ length: 120 }, (_, i) => `word${i} invoice${i % 7}`).join(" ");
  const texts = [
    ...toyRows(40, { seed: 9 }).map((r) => r.text),
    "zzqx vrrm plonk",
    "",
    "Ünïcödé çafé refund 42!!",
    longText,
    "where is my parcel",
  ];

  it("gives the model's formula, feature by feature, for every kind of text", () => {
    expect([model.classes.length, model.mlp.hidden, model.mlp.weight]).toEqual([5, 30, 0.5]);
    for (const text of texts) {
      const got = classProbabilities(model, text);
      const want = reference(model, text);
      got.forEach((p, c) => expect(p).toBeCloseTo(want[c]!, 12));
    }
  });

  it("answers the same whichever text or model came before (no state carried between calls)", () => {
    const alone = texts.map((t) => Array.from(classProbabilities(other, t)));
    const interleaved = texts.map((t) => {
      classProbabilities(model, longText);
      return Array.from(classProbabilities(other, t));
    });
    expect(interleaved).toEqual(alone);
  });
});
