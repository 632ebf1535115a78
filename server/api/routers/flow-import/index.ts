import "server-only";
import { createTRPCRouter } from "@/server/api/trpc";
import { importZendeskTrigger } from "./zendesk-trigger";

/** Rules from other helpdesks converted to flows (root.ts mounts this as `flowImport`). */
export const flowImportRouter = createTRPCRouter({
  zendeskTrigger: importZendeskTrigger,
});
