import "server-only";
import type { Prisma } from "@prisma/client";
import type { FlowSignal, FlowStarter } from "../tickets/flow-starter";
import { OutboxNotYet, reaching, type OutboxHandler } from "./outbox";
import { enqueue } from "./outbox-store";
import { START_RUN } from "./start-run-message";

export const SIGNAL_RUN = "signal-run";

/** How soon a signal that waits for its run's start (or an earlier signal) looks again. */
const WAIT_FOR_EARLIER_MS = 1000;

export interface SignalRunPayload {
  workflowId: string;
  signal: FlowSignal;
  payload: Record<string, unknown>;
}

/**
 * Writes, in the caller's transaction, one signal message per run of the ticket still going (the live run and
 * any shadow run, which hears the same conversation so the two can be compared step for step). `eventKey` names
 * what is signalled (a stored message, a helpdesk event), so the same event never waits twice in the outbox.
 * Returns how many runs will hear it.
 */
export async function enqueueRunSignals(
  tx: Prisma.TransactionClient,
  ticketId: string,
  signal: FlowSignal,
  payload: Record<string, unknown>,
  eventKey: string,
): Promise<number> {
  const runs = await tx.flowRun.findMany({ where: { ticketId, status: { in: ["running", "waiting"] } }, select: { workflowId: true } });
  await enqueue(
    tx,
    runs.map(({ workflowId }) => ({ kind: SIGNAL_RUN, key: `signal:${workflowId}:${eventKey}`, payload: { workflowId, signal, payload } satisfies SignalRunPayload })),
    { skipDuplicates: true },
  );
  return runs.length;
}

/**
 * Signals the run. A signal waits while its run's start, or an earlier signal to the same run, is still in the
 * outbox: sent before the start it would find no run and be lost, and sent past an earlier one the run would hear
 * the conversation out of order. A run that has finished has nobody left to tell; that is not a failure.
 */
export function signalRunHandler(starter: FlowStarter): OutboxHandler {
  return {
    async deliver(raw, { prisma, key }) {
      const { workflowId, signal, payload } = raw as SignalRunPayload;
      const [row] = await prisma.$queryRaw<Array<{ waiting: boolean }>>`
        SELECT EXISTS (
          SELECT 1 FROM "OutboxMessage" o, "OutboxMessage" me
          WHERE me."key" = ${key}
            AND ((o."kind" = ${START_RUN} AND o."key" = ${`start:${workflowId}`})
              OR (o."kind" = ${SIGNAL_RUN} AND o."payload"->>'workflowId' = ${workflowId}
                  AND (o."createdAt", o."key") < (me."createdAt", me."key")))
        ) AS "waiting"`;
      if (row?.waiting) throw new OutboxNotYet("Waiting for the run to start or hear an earlier event", WAIT_FOR_EARLIER_MS);
      await reaching(() => starter.signal(workflowId, signal, payload));
    },
    // A signal that never went out leaves nothing to mark: the stored message or ticket change stays as it is.
    async giveUp() {},
  };
}
