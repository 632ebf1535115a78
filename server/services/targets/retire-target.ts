import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TRetireTarget } from "../../../lib/targets/target-schema";
import { ServiceError } from "../lib/service-error";
import { keyLabel, keyName, newestVersion } from "./target-rows";

/** Retires the target in force: every version of it stops counting, so an older one never comes back into force. */
export async function retireTarget(prisma: PrismaClient, input: TRetireTarget, actor: string): Promise<{ retired: number }> {
  const current = await newestVersion(prisma, input.key);
  if (current === null || current.retiredAt !== null || current.version !== input.expectedVersion) {
    throw new ServiceError("conflict", `The ${keyLabel(input.key)} was changed or retired since you opened it; reload to see its latest version.`);
  }
  const now = new Date();
  await prisma.$transaction([
    prisma.target.updateMany({ where: { ...input.key, retiredAt: null }, data: { retiredAt: now } }),
    prisma.auditLog.create({ data: { actor, action: "target.retire", subject: keyName(input.key), details: { version: current.version, value: current.value } } }),
  ]);
  return { retired: current.version };
}
