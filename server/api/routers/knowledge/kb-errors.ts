import { TRPCError } from "@trpc/server";
import { KbConflictError, KbNotFoundError } from "@/server/services/knowledge/kb-article-errors";

/** The knowledge services' errors as tRPC codes: NOT_FOUND for a deleted article, CONFLICT for a stale save. */
export async function withKbErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof KbNotFoundError) throw new TRPCError({ code: "NOT_FOUND", message: error.message, cause: error });
    if (error instanceof KbConflictError) throw new TRPCError({ code: "CONFLICT", message: error.message, cause: error });
    throw error;
  }
}
