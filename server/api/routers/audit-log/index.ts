import "server-only";
import { createTRPCRouter } from "@/server/api/trpc";
import { listAuditLogProcedure } from "./list";

/** Who did what, when (root.ts mounts this as `auditLog`). */
export const auditLogRouter = createTRPCRouter({
  list: listAuditLogProcedure,
});
