import "server-only";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { createCallerFactory, createTRPCRouter } from "@/server/api/trpc";
import { agentsRouter } from "@/server/api/routers/agents";
import { aiModelsRouter } from "@/server/api/routers/ai-models";
import { auditLogRouter } from "@/server/api/routers/audit-log";
import { backtestsRouter } from "@/server/api/routers/backtests";
import { connectionsRouter } from "@/server/api/routers/connections";
import { dataSourcesRouter } from "@/server/api/routers/data-sources";
import { flowImportRouter } from "@/server/api/routers/flow-import";
import { flowsRouter } from "@/server/api/routers/flows";
import { historyAuditRouter } from "@/server/api/routers/history-audit";
import { historyImportRouter } from "@/server/api/routers/history-import";
import { knowledgeRouter } from "@/server/api/routers/knowledge";
import { metricsRouter } from "@/server/api/routers/metrics";
import { queuesRouter } from "@/server/api/routers/queues";
import { shadowReviewRouter } from "@/server/api/routers/shadow-review";
import { signalsRouter } from "@/server/api/routers/signals";
import { systemRouter } from "@/server/api/routers/system";
import { targetsRouter } from "@/server/api/routers/targets";
import { ticketsRouter } from "@/server/api/routers/tickets";
import { tierMapRouter } from "@/server/api/routers/tier-map";
import { usersRouter } from "@/server/api/routers/users";
import { weeklyReviewRouter } from "@/server/api/routers/weekly-review";
import { workspaceCalendarRouter } from "@/server/api/routers/workspace-calendar";

export const appRouter = createTRPCRouter({
  flows: flowsRouter,
  tickets: ticketsRouter,
  historyAudit: historyAuditRouter,
  queues: queuesRouter,
  system: systemRouter,
  historyImport: historyImportRouter,
  flowImport: flowImportRouter,
  users: usersRouter,
  auditLog: auditLogRouter,
  aiModels: aiModelsRouter,
  tierMap: tierMapRouter,
  knowledge: knowledgeRouter,
  backtests: backtestsRouter,
  agents: agentsRouter,
  workspaceCalendar: workspaceCalendarRouter,
  connections: connectionsRouter,
  dataSources: dataSourcesRouter,
  shadowReview: shadowReviewRouter,
  targets: targetsRouter,
  signals: signalsRouter,
  metrics: metricsRouter,
  weeklyReview: weeklyReviewRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export const createCaller = createCallerFactory(appRouter);
