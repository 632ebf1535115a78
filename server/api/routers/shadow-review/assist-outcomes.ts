import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { assistOutcomes } from "@/server/services/assist-drafts/assist-outcomes";

/** Per intent: the AI's Tier 2 drafts and what agents did with them (sent as drafted, edited, rewritten, discarded). */
export const assistOutcomesProcedure = authedProcedure("shadow.review").query(({ ctx }) => assistOutcomes(ctx.prisma));
