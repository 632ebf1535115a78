import "server-only";
import type { IntentModel, Prisma, PrismaClient } from "@prisma/client";
import { modelFingerprint, serializeIntentModel, trainIntentModelParallel, type TTrainProgress } from "../../ai/intent";
import { sharedSentenceEncoder, type SentenceEncoder } from "../../ai/encoder/sentence-encoder";
import { currentProcessOwner } from "../../lib/process-owner";
import { ServiceError } from "../lib/service-error";
import { decideActivation } from "./activation-decision";
import { scoreActiveVersion, scoreOnRows } from "./held-out-comparison";
import { HELD_OUT_PERCENT, HELD_OUT_RULE, splitHeldOut } from "./held-out-split";
import { getRetrainPolicy } from "./retrain-policy";
import { loadLabelledRows } from "./training-rows";
import { progressTracker } from "../../../lib/intent-models/progress";

/** Progress is written to the row at most this often, so the page's bar moves without flooding the database. */
const PROGRESS_EVERY_MS = 400;

/** Inserts the row of a new version, numbered after the newest (startTraining does so under the training lock). */
export async function insertNextVersion(db: Pick<PrismaClient, "intentModel">, author: string): Promise<IntentModel> {
  const latest = await db.intentModel.findFirst({ orderBy: { version: "desc" }, select: { version: true } });
  return db.intentModel.create({
    data: { version: (latest?.version ?? 0) + 1, author, owner: currentProcessOwner(), progress: { stage: "queued", done: 0, total: 1 } },
  });
}

export async function createModelVersion(prisma: PrismaClient, author: string): Promise<IntentModel> {
  // The unique version number decides a race between two callers without the lock: the loser retries with the next number.
  for (let attempt = 0; ; attempt++) {
    try {
      return await insertNextVersion(prisma, author);
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

/**
 * Trains a model version on the labelled history, the held-out rows left out (held-out-split.ts), and stores it:
 * weights, fingerprint, the cross-validated precision / coverage curve and the abstention threshold, and its
 * comparison with the active version on the held-out rows with the decision it led to (decideActivation: the first
 * model, one a person asked for with `activate`, or one that beats the active version by the workspace's margin
 * becomes active; an activation is audited). A failure is stored on the row with its reason.
 */
export async function trainModelVersion(
  prisma: PrismaClient,
  modelId: string,
  opts: {
    sources?: string[];
    activate?: boolean;
    onProgress?: (p: TTrainProgress) => void;
    /** The sentence encoder to train with; by default the installed one (none when it is not installed). */
    encoder?: SentenceEncoder | null;
    /** A progress write failed (e.g. the database went away); training goes on unless this stops the process. */
    onWriteError?: (error: unknown) => void;
  } = {},
): Promise<IntentModel> {
  const started = performance.now();
  let lastWrite = 0;
  let pending: Promise<unknown> = Promise.resolve();
  const track = progressTracker();
  const progress = (p: TTrainProgress) => {
    opts.onProgress?.(p);
    const stored = { ...p, overall: track(p) };
    const now = performance.now();
    if (now - lastWrite < PROGRESS_EVERY_MS) return;
    lastWrite = now;
    pending = pending
      .then(() => prisma.intentModel.update({ where: { id: modelId }, data: { progress: stored as unknown as Prisma.InputJsonValue } }))
      .catch((error: unknown) => opts.onWriteError?.(error));
  };
  try {
    // Whoever trains it owns it from here (the child process, or the CLI), so a later start can see if it died.
    await prisma.intentModel.update({ where: { id: modelId }, data: { owner: currentProcessOwner() } });
    const rows = await loadLabelledRows(prisma, opts);
    if (rows.length === 0) throw new Error("No labelled tickets to learn from: import history with categories first");
    const { train, heldOut } = splitHeldOut(rows);
    if (train.length === 0) throw new Error("Every labelled ticket is held out for comparing versions: import more history first");
    const encoder = opts.encoder === undefined ? await sharedSentenceEncoder() : opts.encoder;
    const model = await trainIntentModelParallel(
      train.map(({ text, label }) => ({ text, label })),
      { onProgress: progress, encoder },
    );
    await pending;
    // Both versions on the same rows, with their labels as they are now (agents' corrections included).
    const candidate = await scoreOnRows(model, heldOut, encoder);
    const active = await scoreActiveVersion(prisma, heldOut, encoder);
    const policy = await getRetrainPolicy(prisma);
    const decision = decideActivation({ candidate, active, marginPoints: policy.autoActivateMargin, asked: opts.activate === true });
    const atZero = model.curve[0];
    const metrics = {
      crossValidatedAccuracy: atZero?.precision ?? null,
      threshold: model.threshold,
      thresholdRule: model.thresholdRule,
      temperature: model.temperature,
      curve: model.curve,
      intentCurves: model.intentCurves ?? [],
      // Null: trained without an encoder (not installed). Weight 0: trained with one, and left out because the
      // n-grams alone did as well out of fold.
      encoder: encoder && { name: encoder.name, weight: model.encoder?.weight ?? 0, gate: model.encoder?.gate ?? null },
      trainSeconds: Math.round((performance.now() - started) / 100) / 10,
      heldOut: {
        rule: HELD_OUT_RULE,
        percent: HELD_OUT_PERCENT,
        score: candidate,
        active: active && { version: active.version, score: active.score, sawHeldOut: active.sawHeldOut },
        marginPoints: policy.autoActivateMargin,
        decision,
      },
    };
    return await prisma.$transaction(async (tx) => {
      // The comparison holds only against the version it was made with: another made active meanwhile stays.
      const current = await tx.intentModel.findFirst({ where: { active: true }, select: { id: true } });
      const activate = decision.activate && (decision.outcome === "asked" || current?.id === active?.id);
      if (decision.activate && !activate) {
        metrics.heldOut.decision = { ...decision, activate: false, reason: `${decision.reason}, but another version was made active during the comparison` };
      }
      if (activate) {
        await tx.intentModel.updateMany({ where: { active: true }, data: { active: false } });
      }
      const stored = await tx.intentModel.update({
        where: { id: modelId },
        data: {
          status: "ready",
          blob: new Uint8Array(serializeIntentModel(model)),
          fingerprint: modelFingerprint(model),
          metrics: metrics as unknown as Prisma.InputJsonValue,
          labels: model.classes.length,
          trainedOn: train.length,
          progress: { stage: "done", done: 1, total: 1 },
          active: activate,
          finishedAt: new Date(),
        },
      });
      if (activate) {
        await tx.auditLog.create({
          data: {
            actor: stored.author,
            action: "ai.model-activate",
            subject: `intent model v${stored.version}`,
            details: { version: stored.version, decision: decision.reason, outcome: decision.outcome, heldOut: metrics.heldOut } as unknown as Prisma.InputJsonValue,
          },
        });
      }
      return stored;
    });
  } catch (error) {
    await pending;
    return prisma.intentModel.update({
      where: { id: modelId },
      data: { status: "failed", error: error instanceof Error ? error.message : String(error), finishedAt: new Date() },
    });
  }
}

export async function activateModelVersion(prisma: PrismaClient, version: number): Promise<IntentModel> {
  const model = await prisma.intentModel.findUnique({ where: { version } });
  if (model === null) throw new ServiceError("not-found", `There is no model version ${version}`);
  if (model.status !== "ready") throw new ServiceError("invalid", `Model version ${version} is ${model.status}; only a trained model can be made active`);
  return prisma.$transaction(async (tx) => {
    await tx.intentModel.updateMany({ where: { active: true }, data: { active: false } });
    return tx.intentModel.update({ where: { version }, data: { active: true } });
  });
}

/** "local-intent-v3-1a2b3c4d": what traces and backtests cite. */
export function intentModelName(model: Pick<IntentModel, "version" | "fingerprint">): string {
  return `local-intent-v${model.version}-${(model.fingerprint ?? "untrained").slice(0, 8)}`;
}
