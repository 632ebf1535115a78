import "server-only";
import type { PrismaClient } from "@prisma/client";
import { isLeftBehind } from "../../lib/process-owner";

/**
 * Imports left "running" by a process that no longer exists are failed with what happened and what to do. They
 * are not re-run on their own: a re-import of the same file is safe (tickets are keyed by the helpdesk's id and a
 * hash of each record, so what was imported counts as unchanged), but whether to run it is the person's call.
 */
export async function recoverInterruptedImports(prisma: PrismaClient): Promise<string[]> {
  const running = await prisma.importJob.findMany({ where: { status: "running" }, select: { id: true, fileName: true, owner: true, records: true } });
  const recovered: string[] = [];
  for (const job of running) {
    if (!isLeftBehind(job.owner)) continue;
    const error =
      `The import stopped when the process running it ended, after ${job.records.toLocaleString("en")} records. ` +
      "Import the file again to finish: tickets already imported are recognised and left unchanged.";
    const { count } = await prisma.importJob.updateMany({ where: { id: job.id, status: "running" }, data: { status: "failed", error, finishedAt: new Date() } });
    if (count > 0) recovered.push(job.fileName);
  }
  return recovered;
}
