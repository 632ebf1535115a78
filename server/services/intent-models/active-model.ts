import type { PrismaClient } from "@prisma/client";
import type { ActivityResult } from "../../../workflows/interpret/activities";
import { deserializeIntentModel, IntentModelFormatError, predictIntent, type TIntentModel } from "../../ai/intent";
import { intentModelName } from "./train-and-store";

const RECHECK_MS = 10_000;

export interface LoadedIntentModel {
  name: string;
  version: number;
  model: TIntentModel;
}

/**
 * The active trained model, loaded once per version and re-checked every few seconds, so making another version
 * active takes effect without a restart. Null while no model has been trained.
 */
export function activeIntentModelLoader(prisma: PrismaClient): () => Promise<LoadedIntentModel | null> {
  let loaded: LoadedIntentModel | null = null;
  let checkedAt = -Infinity;
  return async () => {
    if (performance.now() - checkedAt < RECHECK_MS) return loaded;
    checkedAt = performance.now();
    const active = await prisma.intentModel.findFirst({ where: { active: true, status: "ready" }, select: { id: true, version: true, fingerprint: true } });
    if (active === null) return (loaded = null);
    if (loaded?.version === active.version) return loaded;
    const row = await prisma.intentModel.findUniqueOrThrow({ where: { id: active.id }, select: { blob: true } });
    try {
      loaded = { name: intentModelName(active), version: active.version, model: deserializeIntentModel(row.blob!) };
    } catch (error) {
      // A model stored by an older format: classify with the baseline (named so in every result) until it is retrained.
      if (!(error instanceof IntentModelFormatError)) throw error;
      console.warn(`[ai] intent model v${active.version} cannot be loaded (${error.message}); using the keyword baseline`);
      loaded = null;
    }
    return loaded;
  };
}

/** The model's answer as the classify-intent activity returns it; an abstention is the intent "unknown". */
export function classifyWith(loaded: LoadedIntentModel, text: string): ActivityResult<"classifyIntent"> {
  const p = predictIntent(loaded.model, text);
  return {
    label: p.label ?? "unknown",
    confidence: p.label === null ? Math.min(p.probability, p.threshold) : p.probability,
    alternatives: p.alternatives.map((a) => ({ label: a.label, confidence: a.probability })),
    model: loaded.name,
  };
}
