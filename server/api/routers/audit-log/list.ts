import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { listAuditLog } from "@/server/services/audit-log/list-audit-log";
import { keysetPageInput } from "@/server/services/lib/keyset-page";

export const ZAuditLogListInput = keysetPageInput(50);

/** The audit log, newest first, a page at a time, flow subjects named (see the service). */
export const listAuditLogProcedure = authedProcedure("audit.read")
  .input(ZAuditLogListInput)
  .query(({ ctx, input }) => listAuditLog(ctx.prisma, input));
