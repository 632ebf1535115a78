import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TShadowVerdict } from "../../../lib/shadow-review/rates";
import { ServiceError } from "../lib/service-error";

/**
 * Records a reviewer's verdict on a shadow draft. "wrong" needs a reason: it is what tells the team what to fix
 * (an article, a guardrail, the threshold). A second verdict replaces the first: reviewers correct themselves.
 */
export async function reviewShadowDraft(
  prisma: PrismaClient,
  input: { id: string; verdict: TShadowVerdict; reason?: string; reviewer: string },
): Promise<{ id: string; verdict: TShadowVerdict }> {
  const reason = input.reason?.trim() || null;
  if (input.verdict === "wrong" && reason === null) throw new ServiceError("invalid", "Say what is wrong with the draft.", { field: "reason" });
  const updated = await prisma.shadowDraft.updateMany({
    where: { id: input.id },
    data: { verdict: input.verdict, reason, reviewer: input.reviewer, reviewedAt: new Date() },
  });
  if (updated.count === 0) throw new ServiceError("not-found", `There is no shadow draft with id "${input.id}".`);
  return { id: input.id, verdict: input.verdict };
}
