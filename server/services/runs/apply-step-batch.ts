import "server-only";
import type { PrismaClient } from "@prisma/client";
import { SENDS_OUTSIDE, type EffectName } from "../../../workflows/interpret/activities";
import type { EffectRequest, StepBatchInput, StepBatchResult } from "../../../workflows/interpret/live/activity-contract";
import type { Tx } from "../effects/with-effect";
import type { EffectApplier, FlowEffects } from "./flow-effects";

/**
 * Carries out a run's batch of effects and stores the trace lines that explain them, in one transaction: either
 * all of the batch is kept or none of it, and a retry finds each effect under its idempotency key and each trace
 * line under its sequence number. The effect that reaches outside the database (a Slack message) runs last, after
 * everything else has been written, so little can still roll it back.
 */
export async function applyStepBatch(prisma: PrismaClient, effects: FlowEffects, input: StepBatchInput): Promise<StepBatchResult> {
  const prepared = await Promise.all(input.effects.map((e) => (effects[e.name] as EffectApplier<EffectName>).prepare?.(e.input as never)));
  return prisma.$transaction(
    async (tx) => {
      const results: unknown[] = new Array(input.effects.length);
      const indices = input.effects.map((_, i) => i);
      const inside = indices.filter((i) => !SENDS_OUTSIDE.has(input.effects[i]!.name));
      const outside = indices.filter((i) => SENDS_OUTSIDE.has(input.effects[i]!.name));
      for (const i of inside) results[i] = await applyOne(tx, effects, input.effects[i]!, prepared[i]);
      await storeTrace(tx, input);
      for (const i of outside) results[i] = await applyOne(tx, effects, input.effects[i]!, prepared[i]);
      return { results };
    },
    // A batch may wait on the routing lock of a busy queue and on a Slack call: more than the default 5 s.
    { maxWait: 10_000, timeout: 50_000 },
  );
}

function applyOne(tx: Tx, effects: FlowEffects, effect: EffectRequest, prepared: unknown): Promise<unknown> {
  return (effects[effect.name] as EffectApplier<EffectName>).apply(tx, effect.input as never, prepared);
}

/** The run's status, outcome and decision time in one statement, which also gives the run's id for its trace lines. */
async function storeTrace(tx: Tx, input: StepBatchInput): Promise<void> {
  const status = input.status === "completed" ? "completed" : input.status === "waiting" ? "waiting" : "running";
  const outcome = input.outcome === null ? null : JSON.stringify(input.outcome);
  const rows = await tx.$queryRaw<Array<{ id: string }>>`
    UPDATE "FlowRun" SET
      "status" = ${status}::"FlowRunStatus",
      "outcome" = COALESCE(${outcome}::jsonb, "outcome"),
      "completedAt" = CASE WHEN ${outcome}::jsonb IS NULL THEN "completedAt" ELSE COALESCE("completedAt", now()) END,
      "decidedAt" = CASE WHEN ${input.decided} THEN COALESCE("decidedAt", now()) ELSE "decidedAt" END
    WHERE "workflowId" = ${input.workflowId}
    RETURNING "id"`;
  const run = rows[0];
  if (run === undefined) throw new Error(`No flow run for workflow ${input.workflowId}`);
  if (input.trace.length === 0) return;
  const lines = JSON.stringify(input.trace.map((e) => ({ ...e, details: e.details ?? null })));
  // Lines are keyed by (run, seq): a batch that runs again writes none twice.
  await tx.$executeRaw`
    INSERT INTO "RunEvent" ("id", "runId", "seq", "nodeId", "nodeType", "decision", "reason", "details", "at")
    SELECT gen_random_uuid()::text, ${run.id}, e."seq", e."nodeId", e."nodeType", e."decision", e."reason", e."details", e."at"
    FROM jsonb_to_recordset(${lines}::jsonb) AS e("seq" int, "nodeId" text, "nodeType" text, "decision" text, "reason" text, "details" jsonb, "at" timestamp(3))
    ON CONFLICT ("runId", "seq") DO NOTHING`;
}
