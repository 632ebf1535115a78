import "server-only";
import type { THelpdeskAction } from "../../helpdesk/contract";
import type { EffectRequest } from "../../../workflows/interpret/live/activity-contract";
import { EffectRejected } from "../effects/effect-rejected";
import { handoffNote } from "../tickets/escalate-ticket";

/** The helpdesk's ids for the studio's queues and agents on one connection; null when a name is not mapped. */
export type RemoteIds = (kind: "queue" | "agent", local: string) => Promise<string | null>;

const TIERS = [1, 2, 3];

/**
 * What an effect of a connected ticket's run asks of its helpdesk, in order. An escalation tells the customer last,
 * so one that fails part-way has not promised a specialist its group change did not back; a resolution's message
 * goes before the ticket is solved, as an agent would write it. `result`
 * is what the effect returned in the studio (the agent routing picked); `conversation` the AI summary an escalation
 * gave its agent note.
 */
export async function helpdeskActions(effect: EffectRequest, result: unknown, remote: RemoteIds, conversation: string | null = null): Promise<THelpdeskAction[]> {
  switch (effect.name) {
    case "sendReply":
      return [{ type: "reply", body: effect.input.body }];
    case "postInternalNote":
      return [{ type: "note", body: effect.input.body }];
    case "sendCsatSurvey":
      return [{ type: "reply", body: effect.input.question }];
    case "routeTicket": {
      const assignee = (result as { assignee?: string | null } | undefined)?.assignee ?? null;
      return [{ type: "assign", remoteGroupId: await groupFor(effect.input.queue, remote), remoteAssigneeId: assignee === null ? null : await remote("agent", assignee) }];
    }
    case "escalateTicket": {
      const { queue, priority, customerMessage } = effect.input;
      return [
        ...(queue !== null ? [{ type: "assign", remoteGroupId: await groupFor(queue, remote), remoteAssigneeId: null } as const] : []),
        { type: "update", status: "open", ...(priority ? { priority } : {}) },
        { type: "note", body: handoffNote(effect.input, conversation) },
        ...(customerMessage ? [{ type: "reply", body: customerMessage } as const] : []),
      ];
    }
    case "updateTicket": {
      const { priority, status, tier, addTags = [], removeTags = [], fields } = effect.input.changes;
      // Helpdesks have no tier: it travels as a tag, the one the tier map's reports read back.
      const tierAdd = tier !== undefined ? [`tier_${tier}`] : [];
      const tierRemove = tier !== undefined ? TIERS.filter((t) => t !== tier).map((t) => `tier_${t}`) : [];
      const update: Extract<THelpdeskAction, { type: "update" }> = {
        type: "update",
        ...(priority ? { priority } : {}),
        ...(status && status !== "new" ? { status } : {}),
        ...(addTags.length + tierAdd.length > 0 ? { addTags: [...addTags, ...tierAdd] } : {}),
        ...(removeTags.length + tierRemove.length > 0 ? { removeTags: [...removeTags, ...tierRemove] } : {}),
        ...(fields && Object.keys(fields).length > 0 ? { fields } : {}),
      };
      return Object.keys(update).length > 1 ? [update] : [];
    }
    case "resolveTicket":
      return [...(effect.input.message ? [{ type: "reply", body: effect.input.message } as const] : []), { type: "update", status: "solved" }];
    case "notifySlack":
      return [];
    default: {
      const never: never = effect;
      throw new Error(`No helpdesk action for ${(never as EffectRequest).name}`);
    }
  }
}

/** A queue the connection does not map would leave the ticket in the wrong group without a word: refuse it instead. */
async function groupFor(queue: string, remote: RemoteIds): Promise<string> {
  const id = await remote("queue", queue);
  if (id === null) throw new EffectRejected(`Queue "${queue}" has no group mapped on this helpdesk connection (Settings → Connections)`);
  return id;
}
