import "server-only";
import { z } from "zod";
import { actorOf } from "@/server/api/actor";
import { authedProcedure } from "@/server/api/trpc";
import { shadowPublish } from "@/server/services/flows/shadow-publish";

export const ZShadowPublishInput = z.object({
  flowId: z.string().min(1),
  message: z.string().trim().max(500).optional(),
  /** The draft's hash as the client last saw it (flows.get / flows.saveDraft); a changed draft is refused. */
  draftHash: z.string().min(1).optional(),
});

/** Publishes the saved draft as the flow's shadow version (not yet run by the live path; see the service). */
export const shadowPublishProcedure = authedProcedure("flows.publish")
  .input(ZShadowPublishInput)
  .mutation(({ ctx, input }) => shadowPublish(ctx.prisma, { ...input, actor: actorOf(ctx.user) }));
