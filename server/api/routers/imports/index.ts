import { createTRPCRouter } from "@/server/api/trpc";
import { importZendeskTrigger } from "./zendesk-trigger";

/** Importers from other helpdesks, one procedure per file (root.ts mounts this as `imports`). */
export const importsRouter = createTRPCRouter({
  zendeskTrigger: importZendeskTrigger,
});
