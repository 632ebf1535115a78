import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { possibleNewIntents } from "@/server/services/unsure-clusters/possible-new-intents";

/** Groups of recent unsure live tickets that may be intents the model does not know yet, with examples. */
export const possibleNewIntentsProcedure = authedProcedure("history.read").query(({ ctx }) => possibleNewIntents({ prisma: ctx.prisma }));
