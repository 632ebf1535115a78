import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { refreshAuditForPage } from "@/server/services/history-audit/audit-store";

export const ZRefreshAuditInput = z
  .object({
    /** Only tickets of these sources; the page audits them all. */
    sources: z.array(z.string().min(1)).max(50).optional(),
    stallHours: z.number().positive().max(24 * 90).optional(),
  })
  .default({});

/**
 * Recomputes the audit and stores it as the latest (what the page's "Re-run audit" does). It writes: uncategorised
 * tickets get the category the audit finds, so reading the audit is not enough.
 */
export const refreshHistoryAudit = authedProcedure("history.audit")
  .input(ZRefreshAuditInput)
  .mutation(({ ctx, input }) => refreshAuditForPage(ctx.prisma, input));
