import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { listTemplates } from "@/server/services/flows/list-templates";

/**
 * The examples a new flow can start from (flows.create { template: slug }), as they will be made in this
 * workspace: adapted to its classifier's labels, with what that changed. A blank flow is always possible too.
 */
export const templatesProcedure = authedProcedure("flows.read").query(({ ctx }) => listTemplates(ctx.prisma));
