import "server-only";
import { actorOf } from "@/server/api/actor";
import { authedProcedure, createTRPCRouter } from "@/server/api/trpc";
import { getWorkspaceCalendar, saveWorkspaceCalendar } from "@/server/services/settings/workspace-calendar";
import { ZWorkspaceCalendarSchema } from "@/workflows/model/calendar";

/** Business hours, time zone and holidays: what business-hours SLAs and rules count with. */
export const workspaceCalendarRouter = createTRPCRouter({
  get: authedProcedure("settings.read").query(({ ctx }) => getWorkspaceCalendar(ctx.prisma)),
  save: authedProcedure("settings.edit")
    .input(ZWorkspaceCalendarSchema)
    .mutation(({ ctx, input }) => saveWorkspaceCalendar(ctx.prisma, input, actorOf(ctx.user))),
});
