import "server-only";
import type { PrismaClient } from "@prisma/client";
import { FlowNotFoundError } from "./flow-errors";
import { assertNameFree, checkedDescription, checkedName } from "./flow-name";

export const FLOW_DETAILS_ACTION = "flow.details";

/**
 * Renames a flow and/or changes its description. The name follows the same rules as at creation (required,
 * short, not another flow's); versions keep their graphs, only the flow's label changes. A change is audited
 * with what it was before and after; saving the same details again writes and audits nothing.
 */
export async function updateFlowDetails(
  prisma: PrismaClient,
  input: { flowId: string; name: string; description?: string | null; actor: string },
): Promise<{ id: string; name: string; description: string | null }> {
  const name = checkedName(input.name);
  // An omitted description keeps the one the flow has; only null or "" clears it.
  const description = input.description === undefined ? undefined : checkedDescription(input.description);
  return prisma.$transaction(async (tx) => {
    const before = await tx.flow.findUnique({ where: { id: input.flowId }, select: { id: true, name: true, description: true } });
    if (before === null) throw new FlowNotFoundError(input.flowId);
    const renamed = before.name !== name;
    const described = description !== undefined && (before.description ?? null) !== description;
    if (!renamed && !described) return before;
    if (renamed) await assertNameFree(tx, name, before.id);
    const after = await tx.flow.update({ where: { id: before.id }, data: { name, ...(described ? { description } : {}) }, select: { id: true, name: true, description: true } });
    const details = {
      ...(renamed ? { name: { from: before.name, to: name } } : {}),
      ...(described ? { description: { from: before.description, to: description } } : {}),
    };
    await tx.auditLog.create({ data: { actor: input.actor, action: FLOW_DETAILS_ACTION, subject: before.id, details } });
    return after;
  });
}
