import "server-only";
import { TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { isStatementTimeout, STATEMENT_TIMEOUT_MESSAGE } from "@/server/db/database-errors";
import { ServiceError, type ServiceErrorKind } from "@/server/services/lib/service-error";

const CODE_OF_KIND = {
  "not-found": "NOT_FOUND",
  conflict: "CONFLICT",
  invalid: "BAD_REQUEST",
  forbidden: "FORBIDDEN",
} as const satisfies Record<ServiceErrorKind, TRPC_ERROR_CODE_KEY>;

/** A service's refusal as the tRPC error the client gets: its kind's code, its message, and itself as the cause. */
function toTRPCError(error: ServiceError): TRPCError {
  return new TRPCError({ code: CODE_OF_KIND[error.kind], message: error.message, cause: error });
}

/**
 * For the procedure middleware (trpc.ts): a procedure that failed with a ServiceError answers with its code instead of
 * a 500. The error stays the cause, so the errorFormatter still reads its details (a FlowCompileError's list).
 * A statement the database stopped for running too long answers TIMEOUT with a sentence. Every other result, and
 * every other error, passes through untouched.
 */
export function answerServiceErrors<TResult extends { ok: boolean }>(result: TResult): TResult {
  if (!result.ok && "error" in result) {
    const error = result.error;
    if (error instanceof TRPCError && error.code === "INTERNAL_SERVER_ERROR" && error.cause instanceof ServiceError) throw toTRPCError(error.cause);
    // A query the web process's statement_timeout cancelled (server/db.ts): a sentence, not PostgreSQL's words.
    if (error instanceof TRPCError && error.code === "INTERNAL_SERVER_ERROR" && isStatementTimeout(error.cause ?? error)) {
      throw new TRPCError({ code: "TIMEOUT", message: STATEMENT_TIMEOUT_MESSAGE, cause: error.cause });
    }
  }
  return result;
}
