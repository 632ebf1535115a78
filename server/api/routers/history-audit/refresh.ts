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

/** Recomputes the audit and stores it as the latest (what the page's "Re-run audit" does). */
export const refreshHistoryAudit = authedProcedure("history.read")
  .input(ZRefreshAuditInput)
  .mutation(({ ctx, input }) => refreshAuditForPage(ctx.prisma, input));
