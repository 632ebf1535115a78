import "server-only";
import { ZDraftCheckSchema } from "@/lib/knowledge/draft-check";
import { authedProcedure } from "@/server/api/trpc";
import { testDraftAgainstGuardrails } from "@/server/services/knowledge/guardrails/guardrails";

/** "Test a draft": read-only, so anyone who reads the knowledge base may use it. */
export const checkDraftProcedure = authedProcedure("knowledge.read")
  .input(ZDraftCheckSchema)
  .mutation(({ ctx, input }) => testDraftAgainstGuardrails(ctx.prisma, input.text, input.category || null));
