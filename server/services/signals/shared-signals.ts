import "server-only";
import type { PrismaClient } from "@prisma/client";
import { resolveSignalShare } from "./signal-shares";
import { publicReport, signalsReport } from "./signals-report";
import type { TSignalsReport } from "./signal-types";

/** What a shared link shows: the report for its view, without ticket ids, and when the link stops working. */
export async function sharedSignals(prisma: PrismaClient, token: string, now = new Date()): Promise<{ report: TSignalsReport; expiresAt: Date }> {
  const share = await resolveSignalShare(prisma, token, now);
  return { report: publicReport(await signalsReport(prisma, share.view)), expiresAt: share.expiresAt };
}
