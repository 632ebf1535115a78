import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { listFlows } from "@/server/services/flows/list-flows";

/** Every flow with its active and shadow versions, newest edits first; `live` marks the one new tickets run on. */
export const listFlowsProcedure = authedProcedure("flows.read").query(({ ctx }) => listFlows(ctx.prisma));
