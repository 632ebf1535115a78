import "server-only";
import type { WorkerPorts } from "../../ports";
import type { ActivityInputs, ActivityResult, EffectName } from "../../../workflows/interpret/activities";
import { withEffect, type Db } from "../effects/with-effect";
import { notifySlack } from "../notify/notify-slack";
import { escalateTicket } from "../tickets/escalate-ticket";
import { handoffSummary } from "../tickets/handoff-summary";
import { postFlowMessage } from "../tickets/post-flow-message";
import { resolveTicket } from "../tickets/resolve-ticket";
import { routeTicket } from "../tickets/route-ticket";
import { updateTicket } from "../tickets/update-ticket";

/**
 * How each effect a flow decides is carried out. `prepare` is slow work that needs no transaction (an AI
 * summary for the agent) and runs before one opens; `apply` writes, on its own or inside a batch's transaction.
 */
export interface EffectApplier<N extends EffectName> {
  prepare?(input: ActivityInputs[N]): Promise<unknown>;
  apply(db: Db, input: ActivityInputs[N], prepared: unknown): Promise<ActivityResult<N>>;
}

export type FlowEffects = { readonly [N in EffectName]: EffectApplier<N> } & {
  /** After a batch's transaction commits: what it queued for outside (Slack) is sent now, not at the next sweep. */
  readonly committed?: () => void;
};

export function flowEffects(deps: WorkerPorts): FlowEffects {
  const { ai, notifier } = deps;
  const aiMeta = { provider: ai.name, model: ai.modelVersion };
  return {
    sendReply: {
      apply: (db, { ticketId, body, citations, idempotencyKey }) =>
        postFlowMessage(db, { ticketId, idempotencyKey, kind: "reply", body, aiMeta: { citations, ...aiMeta } }),
    },
    // A flow's only note is an assist-mode AI draft. The agent's composer offers it (the run's batch keeps it as an
    // AssistDraft), so the studio's conversation does not show it a second time as a note; the effect keeps the text,
    // and a connected ticket's helpdesk still gets the note, for agents who work there.
    postInternalNote: {
      apply: (db, { ticketId, body, idempotencyKey }) => withEffect(db, { idempotencyKey, ticketId, kind: "internal-note", payload: { body } }, async () => ({})),
    },
    sendCsatSurvey: {
      apply: (db, { ticketId, question, idempotencyKey }) => postFlowMessage(db, { ticketId, idempotencyKey, kind: "csat-survey", body: question }),
    },
    routeTicket: { apply: (db, input) => routeTicket(db, input) },
    escalateTicket: {
      prepare: (input) => handoffSummary(deps, input.ticketId),
      apply: (db, input, summary) => escalateTicket(db, input, { conversationSummary: summary as string | null }),
    },
    updateTicket: { apply: (db, input) => updateTicket(db, input) },
    resolveTicket: { apply: (db, input) => resolveTicket(db, input) },
    notifySlack: { apply: (db, input) => notifySlack(db, notifier, input) },
    committed: () => notifier.kick?.(),
  };
}

/** Carries out one effect on its own, with its own transaction. */
export async function applyEffect<N extends EffectName>(effects: FlowEffects, name: N, input: ActivityInputs[N], db: Db): Promise<ActivityResult<N>> {
  const applier = effects[name] as EffectApplier<N>;
  const prepared = applier.prepare ? await applier.prepare(input) : undefined;
  return applier.apply(db, input, prepared);
}
