import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { latestAuditForPage } from "@/server/services/history-audit/audit-store";

/** The latest stored audit and the ticket count now (a read only: running the audit is `refresh`), or null with no tickets. */
export const latestHistoryAudit = authedProcedure("history.read").query(({ ctx }) => latestAuditForPage(ctx.prisma));
