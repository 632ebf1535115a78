import "server-only";
import { normalizeText, stem, words } from "./tokenize";

/** How texts become sparse vectors. Stored in the model, so prediction featurises exactly as training did. */
export interface TFeatureConfig {
  /** log2 of the hashed feature space. */
  hashBits: number;
  /** Word n-grams 1..wordMaxN over stemmed words. */
  wordMaxN: number;
  /** Character n-grams charMinN..charMaxN inside " word " (word boundaries padded, as sklearn's char_wb). */
  charMinN: number;
  charMaxN: number;
  /** Each block is L2-normalised on its own, then scaled: the word and character views count separately. */
  wordWeight: number;
  charWeight: number;
  /** Also pair each word with the one two places on ("card ... arrived"): phrases with a filler word inside. */
  skipBigrams: boolean;
  /** Light suffix stripping for the word features. */
  stem: boolean;
  /** "word": character n-grams inside each word; "text": over the whole text, across word boundaries. */
  charScope: "word" | "text";
}

export const DEFAULT_FEATURE_CONFIG: TFeatureConfig = {
  hashBits: 18,
  wordMaxN: 2,
  charMinN: 2,
  charMaxN: 5,
  wordWeight: 1,
  charWeight: 1,
  skipBigrams: false,
  stem: true,
  charScope: "word",
};

/** Hashed term occurrences of one text, before weighting; duplicates are kept and counted later. */
export interface TRawTerms {
  word: Int32Array;
  char: Int32Array;
}

const FNV_PRIME = 16777619;
const WORD_SEED = 0x811c9dc5;
const CHAR_SEED = 0x01000193 ^ 0x5bd1e995;
const SPACE = 32;

function hashString(s: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

/** Mixes two hashes into one (for word bigrams); the final avalanche spreads nearby values over the table. */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ (b + 0x9e3779b9 + (a << 6) + (a >>> 2)), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

export function rawTerms(text: string, config: TFeatureConfig): TRawTerms {
  const mask = (1 << config.hashBits) - 1;
  const tokens = words(normalizeText(text));
  const wordOut: number[] = [];
  const charOut: number[] = [];
  const wordHashes = tokens.map((t) => hashString(config.stem ? stem(t) : t, WORD_SEED));
  for (let i = 0; i < wordHashes.length; i++) {
    let h = wordHashes[i]!;
    wordOut.push(mix(h, 1) & mask);
    for (let n = 2; n <= config.wordMaxN && i + n - 1 < wordHashes.length; n++) {
      h = mix(h, wordHashes[i + n - 1]!);
      wordOut.push(mix(h, n) & mask);
    }
    if (config.skipBigrams && i + 2 < wordHashes.length) wordOut.push(mix(mix(wordHashes[i]!, wordHashes[i + 2]!), 99) & mask);
  }
  for (const token of config.charScope === "text" ? [tokens.join(" ")] : tokens) {
    const length = token.length + 2;
    for (let start = 0; start < length; start++) {
      let h = CHAR_SEED;
      for (let k = start; k < length && k - start < config.charMaxN; k++) {
        // The padded word: a space, the token's characters, a space.
        h ^= k === 0 || k === length - 1 ? SPACE : token.charCodeAt(k - 1);
        h = Math.imul(h, FNV_PRIME);
        if (k - start + 1 >= config.charMinN) charOut.push(mix(h, k - start) & mask);
      }
    }
  }
  return { word: Int32Array.from(wordOut), char: Int32Array.from(charOut) };
}

/** Compressed sparse rows: row r is indices/values[offsets[r] .. offsets[r+1]). */
export interface TSparseRows {
  offsets: Int32Array;
  indices: Int32Array;
  values: Float32Array;
}

/** Document frequencies per bucket over the training texts, as smoothed IDF: ln((1+n)/(1+df)) + 1. */
export function fitIdf(terms: TRawTerms[], config: TFeatureConfig): Float32Array {
  const dim = 1 << config.hashBits;
  const df = new Int32Array(dim);
  const seen = new Int32Array(dim).fill(-1);
  terms.forEach((t, row) => {
    for (const block of [t.word, t.char]) {
      for (const index of block) {
        if (seen[index] !== row) {
          seen[index] = row;
          df[index]!++;
        }
      }
    }
  });
  const idf = new Float32Array(dim);
  for (let i = 0; i < dim; i++) idf[i] = Math.log((1 + terms.length) / (1 + df[i]!)) + 1;
  return idf;
}

/** Sublinear TF (1 + ln count) times IDF, each block L2-normalised and weighted; appended to the output arrays. */
export function weighTerms(
  terms: TRawTerms,
  idfOf: (bucket: number) => number,
  config: TFeatureConfig,
  outIndices: number[],
  outValues: number[],
): void {
  appendBlock(terms.word, config.wordWeight, idfOf, outIndices, outValues);
  appendBlock(terms.char, config.charWeight, idfOf, outIndices, outValues);
}

function appendBlock(block: Int32Array, weight: number, idfOf: (b: number) => number, outI: number[], outV: number[]): void {
  if (block.length === 0 || weight === 0) return;
  const sorted = block.slice().sort();
  const start = outI.length;
  let norm = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    const value = (1 + Math.log(j - i)) * idfOf(sorted[i]!);
    outI.push(sorted[i]!);
    outV.push(value);
    norm += value * value;
    i = j;
  }
  const scale = weight / Math.sqrt(norm);
  for (let k = start; k < outV.length; k++) outV[k]! *= scale;
}

export function toSparseRows(terms: TRawTerms[], idfOf: (bucket: number) => number, config: TFeatureConfig): TSparseRows {
  const indices: number[] = [];
  const values: number[] = [];
  const offsets = new Int32Array(terms.length + 1);
  terms.forEach((t, row) => {
    weighTerms(t, idfOf, config, indices, values);
    offsets[row + 1] = indices.length;
  });
  return { offsets, indices: Int32Array.from(indices), values: Float32Array.from(values) };
}
