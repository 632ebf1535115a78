import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { recentWrongAnswers } from "@/server/services/ai-feedback/feedback-queries";

/** AI answers agents flagged incorrect, for suggesting a guardrail from one. */
export const wrongAnswersProcedure = authedProcedure("knowledge.read").query(({ ctx }) => recentWrongAnswers(ctx.prisma));
