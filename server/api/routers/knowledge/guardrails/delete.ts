import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { deleteGuardrail } from "@/server/services/knowledge/guardrails/guardrails";
import { withKbErrors } from "../kb-errors";

export const deleteGuardrailProcedure = authedProcedure("knowledge.edit")
  .input(z.object({ id: z.string().min(1) }))
  .mutation(({ ctx, input }) => withKbErrors(() => deleteGuardrail(ctx.prisma, input.id)));
