import "server-only";
import { publicProcedure } from "@/server/api/trpc";
import { checkDatabase } from "@/server/services/system/check-database";

/** Is the database reachable? Answers signed out; the context's prisma is resolved inside the check. */
export const health = publicProcedure.query(({ ctx }) => checkDatabase(() => ctx.prisma));
