import "server-only";
import { createTRPCRouter } from "@/server/api/trpc";
import { targetBoardProcedure } from "./board";
import { retireTargetProcedure } from "./retire";
import { setTargetProcedure } from "./set";

/** Quarterly targets (root.ts mounts this as `targets`); the logic is in server/services/targets. */
export const targetsRouter = createTRPCRouter({
  board: targetBoardProcedure,
  set: setTargetProcedure,
  retire: retireTargetProcedure,
});
