import "server-only";
import { createTRPCRouter } from "@/server/api/trpc";
import { csvPreviewProcedure } from "./csv-preview";
import { importJobProcedure } from "./job";
import { importJobsProcedure } from "./jobs";
import { csvMappingsProcedure } from "./mappings";
import { startImportProcedure } from "./start";
import { zendeskCategoriesProcedure } from "./zendesk-categories";

/** Ticket-history imports from other helpdesks and CSV, one procedure per file (root.ts mounts this as `historyImport`). */
export const historyImportRouter = createTRPCRouter({
  job: importJobProcedure,
  jobs: importJobsProcedure,
  csvPreview: csvPreviewProcedure,
  csvMappings: csvMappingsProcedure,
  zendeskCategories: zendeskCategoriesProcedure,
  start: startImportProcedure,
});
