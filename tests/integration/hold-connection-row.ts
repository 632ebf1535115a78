import type { Prisma, PrismaClient } from "@prisma/client";

/**
 * Holds a connection's row (SELECT … FOR UPDATE in an open transaction), so a worker that has just made a helpdesk call
 * waits to note it on the connection: the call is out and its batch not yet committed, the moment to kill the worker.
 */
export async function holdConnectionRow(prisma: PrismaClient, connectionId: string): Promise<{ release(): Promise<void> }> {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let locked!: () => void;
  const isLocked = new Promise<void>((r) => (locked = r));
  const done = prisma.$transaction(
    async (tx: Prisma.TransactionClient) => {
      await tx.$queryRaw`SELECT "id" FROM "Connection" WHERE "id" = ${connectionId} FOR UPDATE`;
      locked();
      await released;
    },
    { timeout: 120_000 },
  );
  await isLocked;
  return {
    async release() {
      release();
      await done;
    },
  };
}
