import type { SentenceEncoder } from "../../encoder/sentence-encoder";
import type { TLabelledRow } from "../labelled-csv";
import { seededRandom } from "../random";
import { TOY_VOCABULARY, toyRows } from "./toy-data";

const LABELS = Object.keys(TOY_VOCABULARY);

/**
 * Made-up words, 60 per toy category, that a pretrained encoder would "know" and an n-gram model only learns from
 * examples: random letters, so their character n-grams say nothing about the category.
 */
export const TOY_RARE_WORDS: Record<string, string[]> = (() => {
  const random = seededRandom(4242);
  const word = () => Array.from({ length: 7 }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join("");
  return Object.fromEntries(LABELS.map((label) => [label, Array.from({ length: 60 }, word)]));
})();

/**
 * toyRows where a share of the rows name their category only by a rare word, each used once: out of fold, the
 * n-gram model cannot answer those and the toy encoder can, which is the case the encoder's part is for. Rare
 * words from index `firstRareWord` on are used, so a held-out set can take words the training set never saw.
 */
export function toyRowsWithRareWords(count: number, opts: { seed: number; rareShare: number; firstRareWord?: number }): TLabelledRow[] {
  const random = seededRandom(opts.seed + 1);
  const next = Object.fromEntries(LABELS.map((l) => [l, opts.firstRareWord ?? 0]));
  return toyRows(count, { seed: opts.seed }).map((row) => {
    if (random() >= opts.rareShare) return row;
    const rare = TOY_RARE_WORDS[row.label]![next[row.label]!++ % 60]!;
    const known = new Set(TOY_VOCABULARY[row.label]);
    return { ...row, text: row.text.split(" ").map((w) => (known.has(w) ? rare : w)).join(" ") };
  });
}

/**
 * A stand-in for the sentence encoder in tests: one dimension per toy category counting its words and rare words,
 * plus a constant one, normalised. It records every call, so tests can see which texts were sent to it.
 */
export class ToyEncoder implements SentenceEncoder {
  readonly name: string = "toy-encoder";
  readonly dim = LABELS.length + 1;
  readonly calls: string[][] = [];

  async embed(texts: readonly string[]): Promise<Float32Array> {
    this.calls.push([...texts]);
    const out = new Float32Array(texts.length * this.dim);
    texts.forEach((text, r) => {
      const words = text.toLowerCase().split(/\s+/);
      LABELS.forEach((label, d) => {
        const known = new Set([...TOY_VOCABULARY[label]!, ...TOY_RARE_WORDS[label]!]);
        out[r * this.dim + d] = words.filter((w) => known.has(w)).length;
      });
      out[r * this.dim + LABELS.length] = 0.5;
      let norm = 0;
      for (let d = 0; d < this.dim; d++) norm += out[r * this.dim + d]! ** 2;
      for (let d = 0; d < this.dim; d++) out[r * this.dim + d]! /= Math.sqrt(norm);
    });
    return out;
  }
}
