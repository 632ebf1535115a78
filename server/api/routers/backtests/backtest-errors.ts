import { TRPCError } from "@trpc/server";
import { FlowServiceError } from "@/server/services/flows/flow-errors";

/**
 * Starting a backtest compiles both graphs and resolves versions and the selection through the flow
 * services: their deliberate errors (a version that does not compile, an unknown flow) keep their code
 * and message, so the dialog can show them. Anything unexpected stays a 500.
 */
export async function withBacktestErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof TRPCError) throw error;
    if (error instanceof FlowServiceError) throw new TRPCError({ code: error.code, message: error.message, cause: error });
    if (isCoded(error)) throw new TRPCError({ code: error.code, message: error.message, cause: error });
    throw error;
  }
}

const CODES = new Set(["BAD_REQUEST", "NOT_FOUND", "CONFLICT"] as const);

/** A service error carrying one of the codes above (the backtest services may define their own classes). */
function isCoded(error: unknown): error is Error & { code: "BAD_REQUEST" | "NOT_FOUND" | "CONFLICT" } {
  return error instanceof Error && "code" in error && typeof error.code === "string" && CODES.has(error.code as never);
}
