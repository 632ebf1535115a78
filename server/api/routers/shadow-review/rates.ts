import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { shadowRates } from "@/server/services/shadow-review/shadow-rates";

/** Per category and per intent: drafts, reviewed, the would-have-been-correct rate and the threshold that reaches the target. */
export const shadowRatesProcedure = authedProcedure("shadow.review").query(({ ctx }) => shadowRates(ctx.prisma));
