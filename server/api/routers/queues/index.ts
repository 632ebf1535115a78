import { createTRPCRouter } from "@/server/api/trpc";
import { listQueues } from "./list";

export const queuesRouter = createTRPCRouter({
  list: listQueues,
});
