import "server-only";
import type { PrismaClient } from "@prisma/client";
import { modelView } from "./model-view";
import { activateModelVersion } from "./train-and-store";

/** Makes a trained version the one new classifications use, and records who did so in the audit log. */
export async function activateIntentModel(prisma: PrismaClient, version: number, actor: string) {
  const { blob: _weights, ...row } = await activateModelVersion(prisma, version);
  await prisma.auditLog.create({ data: { actor, action: "ai.model-activate", subject: `intent model v${version}`, details: { version } } });
  return modelView(row);
}
