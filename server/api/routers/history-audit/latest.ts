import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { latestAuditForPage } from "@/server/services/history-audit/audit-store";

/** The latest stored audit (computed once on first use when there are tickets), or null with no tickets. */
export const latestHistoryAudit = authedProcedure("history.read").query(({ ctx }) => latestAuditForPage(ctx.prisma));
