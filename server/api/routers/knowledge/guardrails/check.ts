import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { testDraftAgainstGuardrails } from "@/server/services/knowledge/guardrails/guardrails";

/** "Test a draft": read-only, so anyone who reads the knowledge base may use it. */
export const checkDraftProcedure = authedProcedure("knowledge.read")
  .input(z.object({ text: z.string().trim().min(1, "Paste a draft to check").max(20_000), category: z.string().trim().max(120).nullish() }))
  .mutation(({ ctx, input }) => testDraftAgainstGuardrails(ctx.prisma, input.text, input.category || null));
