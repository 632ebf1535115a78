import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { webPorts } from "@/composition/web";
import { TRPC_MAX_BATCH_CALLS } from "@/lib/api/trpc-batch";
import { appRouter } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/trpc";
import { limitTrpcRequest } from "@/server/http/trpc-limits";

async function handler(incoming: Request) {
  // Sizes are checked before tRPC parses anything: an oversized body or batch is refused without being read whole.
  const limited = await limitTrpcRequest(incoming);
  if (!limited.ok) return limited.response;
  const req = limited.request;
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    maxBatchSize: TRPC_MAX_BATCH_CALLS,
    createContext: () => createTRPCContext({ headers: req.headers, ports: webPorts() }),
    onError:
      process.env.NODE_ENV === "development"
        ? ({ path, error }) => console.error(`tRPC failed on ${path ?? "<no-path>"}: ${error.message}`)
        : undefined,
  });
}

export { handler as GET, handler as POST };
