import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { getTierMapOverview } from "@/server/services/tier-map/tier-map-overview";

/** The current tier map with every category in the history and the latest audit's suggested tiers. */
export const getTierMapProcedure = authedProcedure("history.read").query(({ ctx }) => getTierMapOverview(ctx.prisma));
