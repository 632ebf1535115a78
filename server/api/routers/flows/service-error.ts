import { TRPCError } from "@trpc/server";
import { FlowServiceError } from "@/server/services/flows/flow-errors";

/**
 * Runs a flow service and turns its deliberate errors into TRPCErrors with the service's code and
 * message. The original error stays the `cause`, which the errorFormatter reads (compile errors reach
 * the client as `data.compileErrors`). Anything unexpected is rethrown untouched (a 500).
 */
export async function callService<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof FlowServiceError) throw new TRPCError({ code: error.code, message: error.message, cause: error });
    throw error;
  }
}
