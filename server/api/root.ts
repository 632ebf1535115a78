import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { createCallerFactory, createTRPCRouter } from "@/server/api/trpc";
import { aiModelsRouter } from "@/server/api/routers/ai-models";
import { auditRouter } from "@/server/api/routers/audit";
import { backtestsRouter } from "@/server/api/routers/backtests";
import { flowsRouter } from "@/server/api/routers/flows";
import { historyAuditRouter } from "@/server/api/routers/history-audit";
import { importsRouter } from "@/server/api/routers/imports";
import { knowledgeRouter } from "@/server/api/routers/knowledge";
import { queuesRouter } from "@/server/api/routers/queues";
import { systemRouter } from "@/server/api/routers/system";
import { ticketsRouter } from "@/server/api/routers/tickets";
import { tierMapRouter } from "@/server/api/routers/tier-map";
import { usersRouter } from "@/server/api/routers/users";

export const appRouter = createTRPCRouter({
  flows: flowsRouter,
  tickets: ticketsRouter,
  historyAudit: historyAuditRouter,
  queues: queuesRouter,
  system: systemRouter,
  imports: importsRouter,
  users: usersRouter,
  audit: auditRouter,
  aiModels: aiModelsRouter,
  tierMap: tierMapRouter,
  knowledge: knowledgeRouter,
  backtests: backtestsRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export const createCaller = createCallerFactory(appRouter);
