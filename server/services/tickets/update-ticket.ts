import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { ActivityInputs, ActivityResult } from "../../../workflows/interpret/activities";
import { withEffect } from "../effects/with-effect";

/** Field changes a flow makes (priority, status, tier, tags). Custom fields are kept in the effect log. */
export async function updateTicket(prisma: PrismaClient, input: ActivityInputs["updateTicket"]): Promise<ActivityResult<"updateTicket">> {
  const { idempotencyKey, ticketId, changes } = input;
  return withEffect(prisma, { idempotencyKey, ticketId, kind: "update", payload: { changes } }, async (tx) => {
    const ticket = await tx.ticket.findUniqueOrThrow({ where: { id: ticketId }, select: { tags: true } });
    const tags = new Set(ticket.tags);
    for (const t of changes.addTags ?? []) tags.add(t);
    for (const t of changes.removeTags ?? []) tags.delete(t);
    await tx.ticket.update({
      where: { id: ticketId },
      data: {
        ...(changes.priority ? { priority: changes.priority } : {}),
        ...(changes.status ? { status: changes.status } : {}),
        ...(changes.tier !== undefined ? { tier: changes.tier } : {}),
        tags: [...tags],
      },
    });
    return {};
  });
}
