"use client";

import { useState, type ReactNode } from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, loggerLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import superjson from "superjson";
import type { AppRouter } from "@/server/api/root";
import { TRPC_CLIENT_BATCH_ITEMS, TRPC_CLIENT_MAX_URL_LENGTH } from "@/lib/api/trpc-batch";
import { isExpectedError } from "@/components/ui/error-text";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

function makeQueryClient(): QueryClient {
  return new QueryClient({
    // Pages hand client components their first page of data; don't refetch it the moment it hydrates.
    defaultOptions: { queries: { staleTime: 30_000, retry: 1 } },
  });
}

let browserQueryClient: QueryClient | undefined;

/** A fresh client per server render (no data shared between requests), one for the browser's lifetime. */
function getQueryClient(): QueryClient {
  if (typeof window === "undefined") return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}

export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const queryClient = getQueryClient();
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        loggerLink({
          // A refused input or a missing record is explained on the page; only faults go to the console.
          enabled: (op) => {
            const failed = op.direction === "down" && op.result instanceof Error;
            if (failed && isExpectedError(op.result)) return false;
            return process.env.NODE_ENV === "development" || failed;
          },
        }),
        // Same origin in the browser; the server never calls through HTTP (it uses composition/rsc-caller.ts).
        // Batches stay under the server's limit on calls per request: longer ones go as several requests.
        httpBatchLink({
          url: "/api/trpc",
          transformer: superjson,
          headers: { "x-trpc-source": "react" },
          maxItems: TRPC_CLIENT_BATCH_ITEMS,
          maxURLLength: TRPC_CLIENT_MAX_URL_LENGTH,
        }),
      ],
    }),
  );

  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
