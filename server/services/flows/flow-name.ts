import "server-only";
import type { Prisma } from "@prisma/client";
import { ZFlowDescriptionSchema, ZFlowNameSchema } from "../../../lib/flows/flow-details";
import { FlowNameTakenError, InvalidFlowDetailsError } from "./flow-errors";

/** The name as it is stored (trimmed), or the sentence saying why it cannot be one. */
export function checkedName(name: string): string {
  const parsed = ZFlowNameSchema.safeParse(name);
  if (!parsed.success) throw new InvalidFlowDetailsError("name", parsed.error.issues[0]?.message ?? "Give the flow a name.");
  return parsed.data;
}

/** The description as stored: trimmed, and none when empty. */
export function checkedDescription(description: string | null | undefined): string | null {
  if (description === null || description === undefined) return null;
  const parsed = ZFlowDescriptionSchema.safeParse(description);
  if (!parsed.success) throw new InvalidFlowDetailsError("description", parsed.error.issues[0]?.message ?? "The description is too long.");
  return parsed.data === "" ? null : parsed.data;
}

/** Refuses a name another flow has (ignoring case); called in the transaction that writes the name. */
export async function assertNameFree(tx: Prisma.TransactionClient, name: string, exceptFlowId?: string): Promise<void> {
  const other = await tx.flow.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptFlowId === undefined ? {} : { id: { not: exceptFlowId } }) },
    select: { id: true },
  });
  if (other !== null) throw new FlowNameTakenError(name);
}
