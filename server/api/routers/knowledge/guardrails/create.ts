import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { ZGuardrailInputSchema } from "@/server/services/knowledge/guardrails/guardrail-schema";
import { createGuardrail } from "@/server/services/knowledge/guardrails/guardrails";

export const createGuardrailProcedure = authedProcedure("knowledge.edit")
  .input(ZGuardrailInputSchema)
  .mutation(({ ctx, input }) => createGuardrail(ctx.prisma, input));
