import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { workspaceIntentLabels } from "@/server/services/intent-models/intent-labels";

/** The intent labels tickets can get: the flow editor suggests them and warns about rules naming others. */
export const intentLabelsProcedure = authedProcedure("flows.read").query(({ ctx }) => workspaceIntentLabels(ctx.prisma));
