import "server-only";
import type { Prisma, PrismaClient } from "@prisma/client";
import { DEFAULT_RETRAIN_POLICY, nextRetrainAt, ZRetrainPolicySchema, type TRetrainPolicy } from "../../../lib/intent-models/retrain-policy";

const POLICY_KEY = "intentRetrainPolicy";

/** The workspace's retraining policy; the default (no schedule, a person activates) when none was saved or it no longer parses. */
export async function getRetrainPolicy(prisma: PrismaClient): Promise<TRetrainPolicy> {
  const row = await prisma.setting.findUnique({ where: { key: POLICY_KEY } });
  const parsed = ZRetrainPolicySchema.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_RETRAIN_POLICY;
}

/** The policy with when the schedule next starts a training (null: not scheduled), for the AI models page. */
export async function retrainPolicyView(prisma: PrismaClient) {
  const policy = await getRetrainPolicy(prisma);
  const latest = await prisma.intentModel.findFirst({ orderBy: { version: "desc" }, select: { createdAt: true } });
  const next = nextRetrainAt(policy.schedule, latest?.createdAt ?? null);
  return { policy, nextTrainingAt: next === null ? null : new Date(Math.max(next.getTime(), Date.now())) };
}

/** Replaces the policy; the audit row holds before and after. */
export async function saveRetrainPolicy(prisma: PrismaClient, input: TRetrainPolicy, actor: string): Promise<TRetrainPolicy> {
  const before = await getRetrainPolicy(prisma);
  const value = input as unknown as Prisma.InputJsonValue;
  await prisma.$transaction([
    prisma.setting.upsert({ where: { key: POLICY_KEY }, create: { key: POLICY_KEY, value }, update: { value } }),
    prisma.auditLog.create({ data: { actor, action: "settings.retrain-policy", subject: POLICY_KEY, details: { before, after: value } as Prisma.InputJsonValue } }),
  ]);
  return input;
}
