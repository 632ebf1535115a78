import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { saveDraft } from "@/server/services/flows/save-draft";
import { ZDraftFlowGraphSchema } from "@/workflows/model";

export const ZSaveDraftInput = z.object({ flowId: z.string().min(1), graph: ZDraftFlowGraphSchema });

/** Autosave: stores the working copy (half-built is fine, oversized is not) and answers with its compile errors. */
export const saveDraftProcedure = authedProcedure("flows.edit")
  .input(ZSaveDraftInput)
  .mutation(({ ctx, input }) => saveDraft(ctx.prisma, input));
