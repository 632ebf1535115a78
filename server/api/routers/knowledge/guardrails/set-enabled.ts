import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { updateGuardrail } from "@/server/services/knowledge/guardrails/guardrails";

/** Turns a rule off without losing it (and back on). */
export const setGuardrailEnabledProcedure = authedProcedure("knowledge.edit")
  .input(z.object({ id: z.string().min(1), enabled: z.boolean() }))
  .mutation(({ ctx, input }) => updateGuardrail(ctx.prisma, input.id, { enabled: input.enabled }));
