import { createTRPCRouter } from "@/server/api/trpc";
import { listAuditProcedure } from "./list";

export const auditRouter = createTRPCRouter({
  list: listAuditProcedure,
});
