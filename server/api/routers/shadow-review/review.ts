import "server-only";
import { z } from "zod";
import { actorOf } from "@/server/api/actor";
import { authedProcedure } from "@/server/api/trpc";
import { reviewShadowDraft } from "@/server/services/shadow-review/review-shadow-draft";
import { ZShadowVerdictSchema } from "@/lib/shadow-review/rates";

export const ZReviewShadowDraftInput = z.object({ id: z.string().min(1), verdict: ZShadowVerdictSchema, reason: z.string().max(1000).optional() });

/** A reviewer's verdict on one draft: would send, would edit, or wrong (with a reason). */
export const reviewShadowDraftProcedure = authedProcedure("shadow.review")
  .input(ZReviewShadowDraftInput)
  .mutation(({ ctx, input }) => reviewShadowDraft(ctx.prisma, { ...input, reviewer: actorOf(ctx.user) }));
