import "server-only";
import type { THelpdeskAction } from "../../../helpdesk/contract";
import { HelpdeskCallError } from "../../../helpdesk/helpdesk-call-error";
import type { HelpdeskGateway } from "../../../ports";
import { EffectRejected } from "../../effects/effect-rejected";
import { withEffect, type Tx } from "../../effects/with-effect";
import { ServiceError } from "../../lib/service-error";
import type { RemoteIds } from "../../runs/helpdesk-actions";

export interface ConnectedTicket {
  id: string;
  externalId: string;
  connectionId: string | null;
}

/**
 * Carries an agent's action to the ticket's helpdesk inside the transaction that stores it, as a flow's effect is
 * carried (runs/helpdesk-mirror.ts): sent before commit, so a refusal rolls the studio's change back and the agent
 * sees the helpdesk's words with nothing stored. `key` names the action; every call carries it, so a request sent
 * again is recognised by a helpdesk that takes idempotency keys.
 */
export async function carryToHelpdesk(
  tx: Tx,
  gateway: HelpdeskGateway,
  ticket: ConnectedTicket,
  key: string,
  actionsFor: (remote: RemoteIds) => Promise<THelpdeskAction[]>,
): Promise<void> {
  const connectionId = ticket.connectionId;
  if (connectionId === null) return;
  let actions: THelpdeskAction[];
  try {
    actions = await actionsFor((kind, local) => gateway.remoteId(connectionId, kind, local));
  } catch (error) {
    throw refusal(error);
  }
  if (actions.length === 0) return;
  const payload = { connectionId, externalId: ticket.externalId, actions };
  await withEffect(tx, { idempotencyKey: `${key}:helpdesk`, ticketId: ticket.id, kind: "helpdesk", payload }, async () => {
    try {
      const client = await gateway.client(connectionId);
      for (const [i, action] of actions.entries()) await client.apply(ticket.externalId, action, `${key}:${i}`);
    } catch (error) {
      throw refusal(error);
    }
    return { sent: actions.length };
  });
}

function refusal(error: unknown): unknown {
  if (error instanceof EffectRejected) return new ServiceError("invalid", `${error.message}. Nothing was changed.`);
  if (!(error instanceof HelpdeskCallError)) return error;
  const advice = error.retryable ? " Try again in a moment." : "";
  return new ServiceError("conflict", `The helpdesk did not accept it (${error.message}). Nothing was changed.${advice}`);
}
