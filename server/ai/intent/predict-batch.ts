import "server-only";
import type { SentenceEncoder } from "../encoder/sentence-encoder";
import { needsEncoder } from "./encoder-part";
import type { TIntentModel, TIntentPrediction } from "./model";
import { classProbabilities, isUnfamiliar, predictionFrom, withEmbedding } from "./predict";

export class EncoderMismatchError extends Error {}

/**
 * Predictions for many texts: the n-gram model answers each, and only the texts its gate sends to the encoder are
 * embedded. Without an encoder (not installed) a model with an encoder part answers from its n-grams alone;
 * `encoded` says how many texts were embedded.
 */
export async function predictIntents(
  model: TIntentModel,
  texts: readonly string[],
  encoder: SentenceEncoder | null,
): Promise<{ predictions: TIntentPrediction[]; encoded: number }> {
  const part = model.encoder;
  if (!part || !encoder) return { predictions: texts.map((t) => predictionFrom(model, classProbabilities(model, t))), encoded: 0 };
  if (encoder.name !== part.name || encoder.dim !== part.dim) {
    throw new EncoderMismatchError(`The model was trained with the ${part.name} encoder (${part.dim} values), not ${encoder.name} (${encoder.dim}).`);
  }
  // One call for all the texts the gate sends, so the encoder batches them and spreads the batches over its
  // threads. (Sending each chunk's texts while the n-gram model scores the next was measured: no faster, and more
  // CPU in all, the encoder's threads already filling both cores.)
  const fast = texts.map((t) => classProbabilities(model, t));
  const asked = fast.flatMap((p, i) => (needsEncoder(part, p) ? [i] : []));
  const embeddings = asked.length > 0 ? await encoder.embed(asked.map((i) => texts[i]!)) : new Float32Array(0);
  const unfamiliar = new Set(asked.filter((i, k) => isUnfamiliar(model, embeddings, k * part.dim)));
  asked.forEach((i, k) => withEmbedding(model, fast[i]!, embeddings, k * part.dim));
  return { predictions: fast.map((p, i) => predictionFrom(model, p, unfamiliar.has(i))), encoded: asked.length };
}
