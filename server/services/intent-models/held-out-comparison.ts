import "server-only";
import type { IntentModel, PrismaClient } from "@prisma/client";
import { deserializeIntentModel, type TIntentModel, type TTrainingRow } from "../../ai/intent";
import { precisionCoverageCurve, TARGET_PRECISION, type TScoredRow } from "../../ai/intent/calibration";
import { predictIntents } from "../../ai/intent/predict-batch";
import type { SentenceEncoder } from "../../ai/encoder/sentence-encoder";
import type { TActiveScore, THeldOutScore } from "./activation-decision";
import { HELD_OUT_RULE } from "./held-out-split";

/**
 * A version's figures on the held-out rows, as it would answer here: with the sentence encoder when it was trained
 * with this one, else from its n-grams alone. A label the version never learnt counts as a wrong answer.
 */
export async function scoreOnRows(model: TIntentModel, rows: readonly TTrainingRow[], encoder: SentenceEncoder | null): Promise<THeldOutScore> {
  if (rows.length === 0) return { rows: 0, accuracy: 0, coverageAt97: null };
  const usable = model.encoder && encoder?.name === model.encoder.name && encoder.dim === model.encoder.dim ? encoder : null;
  const { predictions } = await predictIntents(model, rows.map((r) => r.text), usable);
  const labelIndex = new Map(model.classes.map((c, i) => [c, i]));
  let correct = 0;
  const scored: TScoredRow[] = rows.map((r, i) => {
    const p = predictions[i]!;
    const top = p.alternatives[0]!.label;
    if (top === r.label) correct++;
    return { predicted: p.outOfScope ? -1 : labelIndex.get(top)!, probability: p.probability, actual: labelIndex.get(r.label) ?? -2 };
  });
  const at97 = precisionCoverageCurve(scored).find((p) => p.precision >= TARGET_PRECISION && p.coverage > 0);
  return { rows: rows.length, accuracy: correct / rows.length, coverageAt97: at97?.coverage ?? null };
}

/** Whether a stored version was trained under the held-out rule, so it never saw the held-out rows. */
export function heldOutRuleOf(metrics: IntentModel["metrics"]): string | null {
  const heldOut = (metrics as { heldOut?: { rule?: unknown } } | null)?.heldOut;
  return typeof heldOut?.rule === "string" ? heldOut.rule : null;
}

/**
 * The active version scored on the same held-out rows as the candidate, its weights loaded from its row. Null when
 * no version is active. A version that cannot be loaded here (an older stored format) has no score.
 */
export async function scoreActiveVersion(
  prisma: PrismaClient,
  rows: readonly TTrainingRow[],
  encoder: SentenceEncoder | null,
): Promise<(TActiveScore & { id: string }) | null> {
  const active = await prisma.intentModel.findFirst({ where: { active: true, status: "ready" }, select: { id: true, version: true, blob: true, metrics: true } });
  if (active === null) return null;
  const sawHeldOut = heldOutRuleOf(active.metrics) !== HELD_OUT_RULE;
  let score: THeldOutScore | null = null;
  try {
    if (active.blob) score = await scoreOnRows(deserializeIntentModel(active.blob), rows, encoder);
  } catch (error) {
    console.warn(`[ai] could not score the active intent model v${active.version} on the held-out rows: ${(error as Error).message}`);
  }
  return { id: active.id, version: active.version, score, sawHeldOut };
}
