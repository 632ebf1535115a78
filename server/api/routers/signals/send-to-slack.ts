import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { ZSignalsViewSchema } from "@/lib/signals/view";
import { sendSignalsToSlack } from "@/server/services/signals/send-signals-to-slack";

/** Posts what stands out to Slack through the notifier. */
export const sendSignalsToSlackProcedure = authedProcedure("review.edit")
  .input(ZSignalsViewSchema)
  .mutation(({ ctx, input }) => sendSignalsToSlack(ctx.prisma, ctx.ports.notifier, input));
