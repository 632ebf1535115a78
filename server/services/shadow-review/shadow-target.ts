import "server-only";
import type { PrismaClient } from "@prisma/client";
import { DEFAULT_SHADOW_TARGET } from "../../../lib/shadow-review/rates";

const KEY = "shadowReviewTarget";

/** The would-have-been-correct rate the team wants before a category goes autonomous. */
export async function getShadowTarget(prisma: PrismaClient): Promise<number> {
  const row = await prisma.setting.findUnique({ where: { key: KEY } });
  return typeof row?.value === "number" ? row.value : DEFAULT_SHADOW_TARGET;
}

/** Sets the target, audited: it decides when the review table says a category is ready. */
export async function setShadowTarget(prisma: PrismaClient, input: { target: number; actor: string }): Promise<{ target: number }> {
  const previous = await getShadowTarget(prisma);
  await prisma.$transaction([
    prisma.setting.upsert({ where: { key: KEY }, create: { key: KEY, value: input.target }, update: { value: input.target } }),
    prisma.auditLog.create({ data: { actor: input.actor, action: "settings.shadow-target", subject: KEY, details: { previous, target: input.target } } }),
  ]);
  return { target: input.target };
}
