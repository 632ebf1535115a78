import { authedProcedure } from "@/server/api/trpc";
import { EXAMPLES } from "@/workflows/examples";

/** The examples a new flow can start from (flows.create { template: slug }); a blank flow is always possible too. */
export const templatesProcedure = authedProcedure("flows.read").query(() =>
  EXAMPLES.map((e) => ({ slug: e.slug, name: e.name, description: e.description, nodeCount: e.graph.nodes.length, edgeCount: e.graph.edges.length })),
);
