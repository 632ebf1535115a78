import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { connectionQueueMaps } from "@/server/services/connections/connection-queue-maps";

/** Which queues each helpdesk connection maps, for the warnings of the flow editor (read by everyone who reads flows). */
export const connectionQueueMapsProcedure = authedProcedure("flows.read").query(({ ctx }) => connectionQueueMaps(ctx.prisma));
