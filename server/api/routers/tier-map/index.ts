import "server-only";
import { createTRPCRouter } from "@/server/api/trpc";
import { getTierMapProcedure } from "./get";
import { saveTierMapProcedure } from "./save";
import { tierMapVersionsProcedure } from "./versions";

export const tierMapRouter = createTRPCRouter({
  get: getTierMapProcedure,
  versions: tierMapVersionsProcedure,
  save: saveTierMapProcedure,
});
