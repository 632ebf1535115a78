import type { SentenceEncoder } from "../encoder/sentence-encoder";
import { needsEncoder } from "./encoder-part";
import type { TIntentModel, TIntentPrediction } from "./model";
import { classProbabilities, predictionFrom, withEmbedding } from "./predict";

const CHUNK = 256;

export class EncoderMismatchError extends Error {}

/**
 * Predictions for many texts: the n-gram model answers each, and only the texts its gate sends to the encoder are
 * embedded, in one call (which batches them). Without an encoder (not installed) a model with an encoder part
 * answers from its n-grams alone; `encoded` says how many texts were embedded.
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
  // In chunks, so the n-gram model works on the next chunk on this thread while ONNX Runtime embeds the last one's
  // uncertain texts on its own threads.
  const fast: Float64Array[] = [];
  const pending: Promise<void>[] = [];
  let encoded = 0;
  for (let from = 0; from < texts.length; from += CHUNK) {
    const asked: number[] = [];
    for (let i = from; i < Math.min(texts.length, from + CHUNK); i++) {
      const p = (fast[i] = classProbabilities(model, texts[i]!));
      if (needsEncoder(part, p)) asked.push(i);
    }
    if (asked.length === 0) continue;
    encoded += asked.length;
    pending.push(encoder.embed(asked.map((i) => texts[i]!)).then((e) => asked.forEach((i, k) => withEmbedding(model, fast[i]!, e, k * part.dim))));
    // Let the encoder's queue start before the next chunk's arithmetic holds this thread.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(pending);
  return { predictions: fast.map((p) => predictionFrom(model, p)), encoded };
}
