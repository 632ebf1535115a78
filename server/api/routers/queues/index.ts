import "server-only";
import { createTRPCRouter } from "@/server/api/trpc";
import { listQueuesProcedure } from "./list";

export const queuesRouter = createTRPCRouter({
  list: listQueuesProcedure,
});
