import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { updateGuardrail } from "@/server/services/knowledge/guardrails/guardrails";
import { withKbErrors } from "../kb-errors";

/** Turns a rule off without losing it (and back on). */
export const setGuardrailEnabledProcedure = authedProcedure("knowledge.edit")
  .input(z.object({ id: z.string().min(1), enabled: z.boolean() }))
  .mutation(({ ctx, input }) => withKbErrors(() => updateGuardrail(ctx.prisma, input.id, { enabled: input.enabled })));
