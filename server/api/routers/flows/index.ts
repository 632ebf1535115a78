import { createTRPCRouter } from "@/server/api/trpc";
import { getFlow } from "./get";
import { listFlows } from "./list";

export const flowsRouter = createTRPCRouter({
  list: listFlows,
  get: getFlow,
});
