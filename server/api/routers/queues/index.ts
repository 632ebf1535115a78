import "server-only";
import { createTRPCRouter } from "@/server/api/trpc";
import { listQueuesProcedure } from "./list";
import { createQueueProcedure, deleteQueueProcedure, updateQueueProcedure } from "./save";

export const queuesRouter = createTRPCRouter({
  list: listQueuesProcedure,
  create: createQueueProcedure,
  update: updateQueueProcedure,
  delete: deleteQueueProcedure,
});
