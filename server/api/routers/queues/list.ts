import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { listQueues } from "@/server/services/queues/list-queues";

/** Queues by name, with how many agents work them and how many of their tickets are still open. */
export const listQueuesProcedure = authedProcedure("flows.read").query(({ ctx }) => listQueues(ctx.prisma));
