import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { listConnections } from "@/server/services/connections/list-connections";

/** Every helpdesk connection with its status; secrets only as set or not. */
export const listConnectionsProcedure = authedProcedure("connections.manage").query(({ ctx }) => listConnections(ctx.prisma));
