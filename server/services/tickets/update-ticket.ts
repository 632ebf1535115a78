import "server-only";
import type { ActivityInputs, ActivityResult } from "../../../workflows/interpret/activities";
import { withEffect, type Db } from "../effects/with-effect";

/**
 * Field changes a flow makes (priority, status, tier, tags). Custom fields are kept in the effect log. Tags keep
 * their order: those added go last, once. One statement, because every live tag and tier step passes here.
 */
export async function updateTicket(db: Db, input: ActivityInputs["updateTicket"]): Promise<ActivityResult<"updateTicket">> {
  const { idempotencyKey, ticketId, changes } = input;
  return withEffect(db, { idempotencyKey, ticketId, kind: "update", payload: { changes } }, async (tx) => {
    const updated = await tx.$executeRaw`
      UPDATE "Ticket" SET
        "priority" = COALESCE(${changes.priority ?? null}::"TicketPriority", "priority"),
        "status" = COALESCE(${changes.status ?? null}::"TicketStatus", "status"),
        "tier" = CASE WHEN ${changes.tier !== undefined} THEN ${changes.tier ?? null}::int ELSE "tier" END,
        "tags" = ARRAY(
          SELECT tag FROM unnest("tags" || ${changes.addTags ?? []}::text[]) WITH ORDINALITY AS t(tag, position)
          WHERE NOT (tag = ANY(${changes.removeTags ?? []}::text[]))
          GROUP BY tag ORDER BY min(position)),
        "updatedAt" = now()
      WHERE "id" = ${ticketId}`;
    if (updated === 0) throw new Error(`No ticket ${ticketId}`);
    return {};
  });
}
