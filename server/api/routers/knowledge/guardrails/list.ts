import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { listGuardrails } from "@/server/services/knowledge/guardrails/guardrails";

export const listGuardrailsProcedure = authedProcedure("knowledge.read").query(({ ctx }) => listGuardrails(ctx.prisma));
