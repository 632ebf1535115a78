import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { ActivityResult } from "../../../workflows/interpret/activities";
import { deserializeIntentModel, IntentModelFormatError, type TIntentModel } from "../../ai/intent";
import { predictIntents } from "../../ai/intent/predict-batch";
import { sharedSentenceEncoder, type SentenceEncoder } from "../../ai/encoder/sentence-encoder";
import { intentModelName } from "./train-and-store";

export const RECHECK_MS = 10_000;

export interface LoadedIntentModel {
  name: string;
  version: number;
  model: TIntentModel;
  /** The sentence encoder the model was trained with, or null: it has none, or the encoder is not installed here. */
  encoder: SentenceEncoder | null;
}

/**
 * The active trained model, loaded once per version and re-checked every few seconds, so making another version
 * active takes effect without a restart. Null while no model has been trained. Callers that arrive while the
 * first load runs wait for it (a burst at start-up must not be classified by the baseline); during a later
 * re-check they get the version already loaded.
 */
export function activeIntentModelLoader(
  prisma: PrismaClient,
  loadEncoder: () => Promise<SentenceEncoder | null> = sharedSentenceEncoder,
): () => Promise<LoadedIntentModel | null> {
  let loaded: LoadedIntentModel | null = null;
  let everLoaded = false;
  let checkedAt = -Infinity;
  let checking: Promise<LoadedIntentModel | null> | null = null;

  const check = async (): Promise<LoadedIntentModel | null> => {
    const active = await prisma.intentModel.findFirst({ where: { active: true, status: "ready" }, select: { id: true, version: true, fingerprint: true } });
    if (active === null) return (loaded = null);
    if (loaded?.version === active.version) return loaded;
    const row = await prisma.intentModel.findUniqueOrThrow({ where: { id: active.id }, select: { blob: true } });
    try {
      const model = deserializeIntentModel(row.blob!);
      loaded = { name: intentModelName(active), version: active.version, model, encoder: await encoderFor(model, loadEncoder) };
    } catch (error) {
      // A model stored by an older format: classify with the baseline (named so in every result) until it is retrained.
      if (!(error instanceof IntentModelFormatError)) throw error;
      console.warn(`[ai] intent model v${active.version} cannot be loaded (${error.message}); using the keyword baseline`);
      loaded = null;
    }
    return loaded;
  };

  return () => {
    if (checking === null && performance.now() - checkedAt >= RECHECK_MS) {
      checkedAt = performance.now();
      checking = check()
        .then((model) => {
          everLoaded = true;
          return model;
        })
        .catch((error: unknown) => {
          checkedAt = -Infinity; // try again on the next call
          throw error;
        })
        .finally(() => (checking = null));
    }
    return everLoaded || checking === null ? Promise.resolve(loaded) : checking;
  };
}

/**
 * The encoder a model needs, when it has an encoder part. A model trained with an encoder that is not installed
 * here (another machine, or STUDIO_ENCODER=off) still classifies, from its n-grams alone, and says so once.
 */
async function encoderFor(model: TIntentModel, loadEncoder: () => Promise<SentenceEncoder | null>): Promise<SentenceEncoder | null> {
  if (!model.encoder) return null;
  const encoder = await loadEncoder();
  if (encoder?.name === model.encoder.name) return encoder;
  console.warn(`[ai] the intent model was trained with the ${model.encoder.name} sentence encoder, which is not installed here (npm run encoder:install); classifying from n-grams alone`);
  return null;
}

/**
 * The model's answer as the classify-intent activity returns it; an abstention is the intent "unknown". Concurrent
 * calls share the encoder's runs (see OnnxSentenceEncoder), so a worker classifying many tickets still batches.
 */
export async function classifyWith(loaded: LoadedIntentModel, text: string): Promise<ActivityResult<"classifyIntent">> {
  const p = (await predictIntents(loaded.model, [text], loaded.encoder)).predictions[0]!;
  return {
    label: p.label ?? "unknown",
    confidence: p.label === null ? Math.min(p.probability, p.threshold) : p.probability,
    alternatives: p.alternatives.map((a) => ({ label: a.label, confidence: a.probability })),
    model: loaded.name,
    ...(p.unfamiliar ? { unfamiliar: true } : {}),
  };
}
