import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { connectionSetupGuide } from "@/server/services/connections/connection-setup-guide";
import { publicOrigin } from "@/server/services/connections/webhook-url";

export const connectionSetupGuideProcedure = authedProcedure("connections.manage")
  .input(z.object({ id: z.string().min(1) }))
  .query(({ ctx, input }) => connectionSetupGuide(ctx.prisma, input.id, publicOrigin(ctx.headers)));
