import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { createTRPCContext } from "@/server/api/trpc";
import { createCaller } from "@/server/api/root";
import { webPorts } from "./web";

/**
 * Server-side access to the API for React Server Components: direct procedure calls, no HTTP.
 * Pages call it through `load()` (server/api/load.ts), which also keeps `next build` from querying the database.
 * It sits with the web composition root because the context it builds carries the web app's ports.
 */
const createContext = cache(async () => {
  const heads = new Headers(await headers());
  heads.set("x-trpc-source", "rsc");
  return createTRPCContext({ headers: heads, ports: webPorts() });
});

/** Direct calls, no HTTP: `await api.flows.list()`. */
export const api = createCaller(createContext);

