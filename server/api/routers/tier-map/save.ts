import "server-only";
import { z } from "zod";
import { actorOf } from "@/server/api/actor";
import { authedProcedure } from "@/server/api/trpc";
import { saveTierMap } from "@/server/services/tier-map/save-tier-map";
import { ZTierMapSchema } from "@/workflows/model/tier-map";

export const ZSaveTierMapInput = z.object({
  map: ZTierMapSchema,
  /** The version the user edited (0 when there was none); a newer saved version answers CONFLICT. */
  expectedVersion: z.number().int().min(0).optional(),
});

/** Saves the map as a new version (nothing when unchanged) and records it in the audit log. */
export const saveTierMapProcedure = authedProcedure("tiers.edit")
  .input(ZSaveTierMapInput)
  .mutation(({ ctx, input }) => saveTierMap(ctx.prisma, actorOf(ctx.user), input.map, input.expectedVersion));
