import "server-only";
import { HelpdeskCallError } from "../../helpdesk/helpdesk-call-error";
import type { HelpdeskGateway } from "../../ports";
import type { EffectRequest } from "../../../workflows/interpret/live/activity-contract";
import { EffectRejected } from "../effects/effect-rejected";
import { RetryLater } from "../effects/retry-later";
import { withEffect, type Tx } from "../effects/with-effect";
import { helpdeskActions } from "./helpdesk-actions";

/** Carries out, in the ticket's helpdesk, an effect the batch's transaction has just applied in the studio. */
export type HelpdeskMirror = (tx: Tx, effect: EffectRequest, result: unknown, prepared: unknown) => Promise<void>;

/**
 * The helpdesk half of a connected ticket's effects. It runs inside the batch's transaction, after the studio's
 * own writes, under a claim of its own: once a batch has committed, a retry finds the claim and sends nothing
 * again; until then every call carries the same idempotency key. A refusal the helpdesk will repeat (401, 404,
 * 422) rolls the batch back and fails the step with the helpdesk's words; a 429 or 5xx is retried no sooner than
 * its Retry-After.
 */
export function helpdeskMirror(gateway: HelpdeskGateway): HelpdeskMirror {
  return async (tx, effect, result, prepared) => {
    const { ticketId, idempotencyKey } = effect.input;
    const rows = await tx.$queryRaw<Array<{ connectionId: string | null; externalId: string }>>`
      SELECT "connectionId", "externalId" FROM "Ticket" WHERE "id" = ${ticketId}`;
    const connectionId = rows[0]?.connectionId;
    if (!connectionId) return;
    const externalId = rows[0]!.externalId;
    const conversation = effect.name === "escalateTicket" ? ((prepared as string | null | undefined) ?? null) : null;
    const actions = await helpdeskActions(effect, result, (kind, local) => gateway.remoteId(connectionId, kind, local), conversation);
    if (actions.length === 0) return;
    await withEffect(tx, { idempotencyKey: `${idempotencyKey}:helpdesk`, ticketId, kind: "helpdesk", payload: { connectionId, externalId, actions } }, async () => {
      try {
        const client = await gateway.client(connectionId);
        for (const [i, action] of actions.entries()) await client.apply(externalId, action, `${idempotencyKey}:${i}`);
      } catch (error) {
        throw asEffectFailure(error);
      }
      return { sent: actions.length };
    });
  };
}

function asEffectFailure(error: unknown): unknown {
  if (!(error instanceof HelpdeskCallError)) return error;
  return error.retryable ? new RetryLater(error.message, error.retryAfterMs) : new EffectRejected(error.message);
}
