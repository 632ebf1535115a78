import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { listIntentModels } from "@/server/services/intent-models/intent-model-queries";

/** Every trained (or training) intent-model version, newest first, without weights. */
export const listModelsProcedure = authedProcedure("history.read").query(({ ctx }) => listIntentModels(ctx.prisma));
