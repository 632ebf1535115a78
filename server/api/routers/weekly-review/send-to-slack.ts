import "server-only";
import { z } from "zod";
import { ZWeekLabelSchema } from "@/lib/weekly-review/snapshot";
import { actorOf } from "@/server/api/actor";
import { authedProcedure } from "@/server/api/trpc";
import { publicOrigin } from "@/server/services/connections/webhook-url";
import { sendReviewToSlack } from "@/server/services/weekly-review/send-review-to-slack";

/** Sends the week's review as a digest through the notifier; says whether it reached Slack or only the log. */
export const sendReviewToSlackProcedure = authedProcedure("review.edit")
  .input(z.object({ week: ZWeekLabelSchema }))
  .mutation(({ ctx, input }) =>
    sendReviewToSlack(ctx.prisma, ctx.ports.notifier, { week: input.week, origin: publicOrigin(ctx.headers), actor: actorOf(ctx.user), now: new Date() }),
  );
