import "server-only";
import type { PrismaClient } from "@prisma/client";
import { deserializeIntentModel, IntentModelFormatError } from "../../ai/intent";
import { TARGET_PRECISION } from "../../ai/intent/calibration";
import { thresholdsReaching } from "../../ai/intent/intent-curves";
import { FALLBACK_INTENT, INTENT_KEYWORDS } from "../../ai/keyword-intents";
import { historyCategories } from "./intent-classifier";
import { ZIntentCurvesSchema } from "./model-view";

/** The label a classification carries when the model abstains (see classifyWith): rules may compare with it. */
export const ABSTAINED_LABEL = "unknown";

/** What the keyword baseline answers with: its intents, and its fallback. */
export const KEYWORD_BASELINE_LABELS: readonly string[] = [...Object.keys(INTENT_KEYWORDS), FALLBACK_INTENT].sort();

/** The intent labels tickets can get, and from where, for the editor's suggestions and warnings. */
export interface TIntentLabels {
  /** "intent model v3", "the keyword baseline" or "the history's categories". */
  source: string;
  /** Which vocabulary the labels are: a trained model's and the history's are the history's categories. */
  kind: "model" | "keyword" | "history";
  labels: string[];
  /**
   * With a trained model: per intent, the lowest confidence threshold at which its answers were 97% right in
   * cross-validation, and the share of its tickets still answered there (intents that never get there are absent).
   */
  precise?: Record<string, { threshold: number; coverage: number }>;
}

/**
 * The labels the workspace's classifier answers with: the active trained model's (the local and OpenAI
 * providers both use it), else the keyword baseline's for `local` and `keyword`, else the history's categories
 * (what OpenAI is told to pick from without a model).
 */
export async function workspaceIntentLabels(prisma: PrismaClient, provider = process.env.AI_PROVIDER ?? "local"): Promise<TIntentLabels> {
  const keyword: TIntentLabels = { source: "the keyword baseline", kind: "keyword", labels: [...KEYWORD_BASELINE_LABELS] };
  if (provider === "keyword") return keyword;
  const active = await prisma.intentModel.findFirst({ where: { active: true, status: "ready" }, select: { id: true, version: true, metrics: true } });
  const model = active === null ? null : await modelLabels(prisma, active);
  if (model !== null) {
    const curves = ZIntentCurvesSchema.safeParse((active!.metrics as { intentCurves?: unknown } | null)?.intentCurves);
    return {
      source: `intent model v${active!.version}`,
      kind: "model",
      labels: [...model, ABSTAINED_LABEL],
      ...(curves.success ? { precise: thresholdsReaching(curves.data, TARGET_PRECISION) } : {}),
    };
  }
  if (provider !== "openai") return keyword;
  return { source: "the history's categories", kind: "history", labels: await historyCategories(prisma) };
}

/** A model's labels never change, so each version's are read from its weights once per process. */
const labelsByModelId = new Map<string, string[] | null>();

export async function modelLabels(prisma: PrismaClient, model: { id: string }): Promise<string[] | null> {
  const cached = labelsByModelId.get(model.id);
  if (cached !== undefined) return cached;
  const row = await prisma.intentModel.findUnique({ where: { id: model.id }, select: { blob: true } });
  let labels: string[] | null = null;
  if (row?.blob) {
    try {
      const m = deserializeIntentModel(row.blob);
      labels = m.classes.filter((c) => c !== m.abstainLabel).sort();
    } catch (error) {
      // A model of an older format is not used for classifying either (see active-model.ts).
      if (!(error instanceof IntentModelFormatError)) throw error;
    }
  }
  labelsByModelId.set(model.id, labels);
  return labels;
}
