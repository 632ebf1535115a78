import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { createTRPCContext } from "@/server/api/trpc";
import { createCaller } from "@/server/api/root";

/**
 * Server-side access to the API for React Server Components: direct procedure calls, no HTTP.
 * Pages call it through `load()` (./load.ts), which also keeps `next build` from querying the database.
 */
const createContext = cache(async () => {
  const heads = new Headers(await headers());
  heads.set("x-trpc-source", "rsc");
  return createTRPCContext({ headers: heads });
});

/** Direct calls, no HTTP: `await api.flows.list()`. */
export const api = createCaller(createContext);

