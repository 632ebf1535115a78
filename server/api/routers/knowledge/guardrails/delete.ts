import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { deleteGuardrail } from "@/server/services/knowledge/guardrails/guardrails";

export const deleteGuardrailProcedure = authedProcedure("knowledge.edit")
  .input(z.object({ id: z.string().min(1) }))
  .mutation(({ ctx, input }) => deleteGuardrail(ctx.prisma, input.id));
