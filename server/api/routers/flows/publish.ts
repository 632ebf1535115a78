import "server-only";
import { z } from "zod";
import { actorOf } from "@/server/api/actor";
import { authedProcedure } from "@/server/api/trpc";
import { publishDraft } from "@/server/services/flows/publish-flow-version";

export const ZPublishInput = z.object({
  flowId: z.string().min(1),
  message: z.string().trim().max(500).optional(),
  /** The draft's hash as the client last saw it (flows.get / flows.saveDraft); a changed draft is refused. */
  draftHash: z.string().min(1).optional(),
});

/**
 * Publishes the saved draft as a new active version. Compile errors answer BAD_REQUEST with the full
 * list in `data.compileErrors`; a draft identical to the active version answers CONFLICT.
 */
export const publishProcedure = authedProcedure("flows.publish")
  .input(ZPublishInput)
  .mutation(({ ctx, input }) => publishDraft(ctx.prisma, { ...input, actor: actorOf(ctx.user) }));
