import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { ZGuardrailInputSchema } from "@/server/services/knowledge/guardrails/guardrail-schema";
import { updateGuardrail } from "@/server/services/knowledge/guardrails/guardrails";

export const updateGuardrailProcedure = authedProcedure("knowledge.edit")
  .input(z.object({ id: z.string().min(1), guardrail: ZGuardrailInputSchema }))
  .mutation(({ ctx, input }) => updateGuardrail(ctx.prisma, input.id, input.guardrail));
