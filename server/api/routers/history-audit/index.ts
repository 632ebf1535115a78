import "server-only";
import { createTRPCRouter } from "@/server/api/trpc";
import { historyAuditCategoryTickets } from "./category-tickets";
import { latestHistoryAudit } from "./latest";
import { refreshHistoryAudit } from "./refresh";

/** The history audit (root.ts mounts this as `historyAudit`); one procedure per file. */
export const historyAuditRouter = createTRPCRouter({
  latest: latestHistoryAudit,
  refresh: refreshHistoryAudit,
  categoryTickets: historyAuditCategoryTickets,
});
