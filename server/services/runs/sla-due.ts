import "server-only";
import type { Prisma } from "@prisma/client";
import type { TraceEntry } from "../../../workflows/interpret/types";

/**
 * What a batch's SLA-timer lines mean for the ticket's `slaDueAt`: the deadline of the target the run now watches
 * (it started waiting, or found it already breached), null when the target was met, undefined when the batch has no
 * SLA line or only a timer's breach (which keeps the deadline it already had). The batch's last such line decides.
 */
export function slaDueOf(trace: readonly TraceEntry[]): Date | null | undefined {
  let due: Date | null | undefined;
  for (const line of trace) {
    if (line.nodeType !== "sla-timer") continue;
    if (line.decision === "met") due = null;
    else if (line.decision === "waiting" || line.decision === "breached") {
      const deadline = typeof line.details?.deadline === "string" ? new Date(line.details.deadline) : null;
      if (deadline !== null && !Number.isNaN(deadline.getTime())) due = deadline;
    }
  }
  return due;
}

/**
 * Keeps the ticket's SLA due time with the run's trace, in the batch's transaction. Shadow runs only say what
 * would have happened, so only the live run's timers count.
 */
export async function noteSlaDue(tx: Prisma.TransactionClient, runId: string, trace: readonly TraceEntry[]): Promise<void> {
  const due = slaDueOf(trace);
  if (due === undefined) return;
  await tx.$executeRaw`
    UPDATE "Ticket" t SET "slaDueAt" = ${due === null ? null : due.toISOString()}::timestamptz AT TIME ZONE 'UTC'
    FROM "FlowRun" r
    WHERE r."id" = ${runId} AND NOT r."shadow" AND t."id" = r."ticketId"`;
}
