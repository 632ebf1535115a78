import "server-only";
import { ZDiscardDraftSchema } from "@/lib/tickets/agent-actions";
import { authedProcedure } from "@/server/api/trpc";
import { discardAssistDraft } from "@/server/services/assist-drafts/close-assist-draft";

/** An agent sets the AI draft in the composer aside; its outcome is recorded as discarded. */
export const discardDraftProcedure = authedProcedure("tickets.act")
  .input(ZDiscardDraftSchema)
  .mutation(({ ctx, input }) => discardAssistDraft(ctx.prisma, input.draftId, { email: ctx.user!.email }));
