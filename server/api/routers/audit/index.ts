import { z } from "zod";
import { authedProcedure, createTRPCRouter } from "@/server/api/trpc";

/** Admin only: publishes, rollbacks, role and settings changes, newest first. */
export const auditRouter = createTRPCRouter({
  list: authedProcedure("audit.read")
    .input(z.object({ limit: z.number().int().min(1).max(500).default(200) }).default({ limit: 200 }))
    .query(({ ctx, input }) =>
      ctx.prisma.auditLog.findMany({
        orderBy: { createdAt: "desc" },
        take: input.limit,
        select: { id: true, actor: true, action: true, subject: true, details: true, createdAt: true },
      }),
    ),
});
