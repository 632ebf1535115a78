import "server-only";
import type { SentenceEncoder } from "../encoder/sentence-encoder";
import { DEFAULT_FEATURE_CONFIG, fitIdf, rawTerms, toSparseRows, type TFeatureConfig } from "../intent/features";
import { denseCosine, sparseCosine } from "./similarity";

/** How the texts were compared, and the similarity above which two groups of them are the same topic. */
export interface TTextSimilarity {
  method: "encoder" | "n-grams";
  similarity: Float32Array;
  /** Average similarity two groups need to merge (see averageLinkage). */
  cutoff: number;
}

/**
 * Cut-offs per method. The encoder's cosine between two phrasings of one request is typically 0.5–0.8 and between
 * unrelated support requests 0.1–0.3; TF-IDF n-gram vectors share fewer terms between paraphrases, so their
 * same-topic similarities sit lower.
 */
export const ENCODER_CUTOFF = 0.45;
export const NGRAM_CUTOFF = 0.12;

/**
 * Word n-grams carry the topic; character n-grams inside words are kept at a smaller weight so spelling variants
 * ("refund", "refunded", "refnd") still meet. A smaller hashed space than the intent model's: a few hundred texts.
 */
const CLUSTER_FEATURES: TFeatureConfig = { ...DEFAULT_FEATURE_CONFIG, hashBits: 16, charWeight: 0.5 };

/** Pairwise similarities of the texts: the sentence encoder's when there is one, else TF-IDF over their own n-grams. */
export async function textSimilarity(texts: readonly string[], encoder: SentenceEncoder | null): Promise<TTextSimilarity> {
  if (encoder !== null) {
    const values = await encoder.embed(texts);
    return { method: "encoder", similarity: denseCosine(values, texts.length, encoder.dim), cutoff: ENCODER_CUTOFF };
  }
  return { method: "n-grams", similarity: ngramSimilarity(texts), cutoff: NGRAM_CUTOFF };
}

/** TF-IDF cosine, with IDF fitted on these texts: words every unsure ticket uses ("help", "please") count for little. */
export function ngramSimilarity(texts: readonly string[]): Float32Array {
  const terms = texts.map((t) => rawTerms(t, CLUSTER_FEATURES));
  const idf = fitIdf(terms, CLUSTER_FEATURES);
  return sparseCosine(toSparseRows(terms, (b) => idf[b]!, CLUSTER_FEATURES), 1 << CLUSTER_FEATURES.hashBits);
}
