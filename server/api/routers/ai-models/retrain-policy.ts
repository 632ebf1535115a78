import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { can } from "@/lib/auth/roles";
import { retrainPolicyView } from "@/server/services/intent-models/retrain-policy";

/** The retraining schedule and automatic-activation margin, when the schedule next trains, and whether this user may change them. */
export const retrainPolicyProcedure = authedProcedure("history.read").query(async ({ ctx }) => ({
  ...(await retrainPolicyView(ctx.prisma)),
  canEdit: can(ctx.user?.role, "settings.edit"),
}));
