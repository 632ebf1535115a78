import "server-only";
import { actorOf } from "@/server/api/actor";
import { authedProcedure } from "@/server/api/trpc";
import { ZRetrainPolicySchema } from "@/lib/intent-models/retrain-policy";
import { saveRetrainPolicy } from "@/server/services/intent-models/retrain-policy";

/** Changes the retraining schedule and automatic-activation margin (admins; audited). */
export const saveRetrainPolicyProcedure = authedProcedure("settings.edit")
  .input(ZRetrainPolicySchema)
  .mutation(({ ctx, input }) => saveRetrainPolicy(ctx.prisma, input, actorOf(ctx.user)));
