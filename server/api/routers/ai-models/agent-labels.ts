import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { agentLabelledRows } from "@/server/services/intent-models/training-rows";

/** Intents agents corrected on live tickets: training rows with source "agent". */
export const agentLabelsProcedure = authedProcedure("flows.read").query(({ ctx }) => agentLabelledRows(ctx.prisma));
