import "server-only";
import type { PrismaClient } from "@prisma/client";
import { SENDS_OUTSIDE, type EffectName } from "../../../workflows/interpret/activities";
import type { EffectRequest, StepBatchInput, StepBatchResult } from "../../../workflows/interpret/live/activity-contract";
import type { Tx } from "../effects/with-effect";
import type { EffectApplier, FlowEffects } from "./flow-effects";
import type { HelpdeskMirror } from "./helpdesk-mirror";
import { storeRunTrace } from "./record-trace";

/**
 * Carries out a run's batch of effects and stores the trace lines that explain them, in one transaction: either
 * all of the batch is kept or none of it, and a retry finds each effect under its idempotency key and each trace
 * line under its sequence number. A Slack message is queued in the outbox with the rest and sent once the batch
 * has committed, so a batch rolled back sends nothing. On a ticket that lives in a helpdesk the batch holds one
 * effect, carried out in the helpdesk last of all.
 */
export async function applyStepBatch(prisma: PrismaClient, effects: FlowEffects, input: StepBatchInput, mirror: HelpdeskMirror): Promise<StepBatchResult> {
  const prepared = await Promise.all(input.effects.map((e) => (effects[e.name] as EffectApplier<EffectName>).prepare?.(e.input as never)));
  const result = await prisma.$transaction(
    async (tx) => {
      const results: unknown[] = new Array(input.effects.length);
      const indices = input.effects.map((_, i) => i);
      const inside = indices.filter((i) => !SENDS_OUTSIDE.has(input.effects[i]!.name));
      const outside = indices.filter((i) => SENDS_OUTSIDE.has(input.effects[i]!.name));
      for (const i of inside) results[i] = await applyOne(tx, effects, input.effects[i]!, prepared[i]);
      await storeRunTrace(tx, input);
      for (const i of outside) results[i] = await applyOne(tx, effects, input.effects[i]!, prepared[i]);
      if (input.connected) for (const [i, effect] of input.effects.entries()) await mirror(tx, effect, results[i], prepared[i]);
      return { results };
    },
    // A batch may wait on the routing lock of a busy queue and on a helpdesk call: more than the default 5 s.
    { maxWait: 10_000, timeout: 50_000 },
  );
  if (input.effects.some((e) => SENDS_OUTSIDE.has(e.name))) effects.committed?.();
  return result;
}

function applyOne(tx: Tx, effects: FlowEffects, effect: EffectRequest, prepared: unknown): Promise<unknown> {
  return (effects[effect.name] as EffectApplier<EffectName>).apply(tx, effect.input as never, prepared);
}
