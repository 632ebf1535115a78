import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { targetBoard } from "@/server/services/targets/target-board";

/** Every target in force with its actual, weekly series, projection and status; retired targets' versions; the categories. */
export const targetBoardProcedure = authedProcedure("metrics.read").query(({ ctx }) => targetBoard(ctx.prisma));
