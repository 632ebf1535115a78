import { createTRPCRouter } from "@/server/api/trpc";
import { csvPreviewProcedure } from "./csv-preview";
import { importJobProcedure } from "./job";
import { importJobsProcedure } from "./jobs";
import { csvMappingsProcedure } from "./mappings";
import { startImportProcedure } from "./start";
import { zendeskCategoriesProcedure } from "./zendesk-categories";
import { importZendeskTrigger } from "./zendesk-trigger";

/** Importers from other helpdesks, one procedure per file (root.ts mounts this as `imports`). */
export const importsRouter = createTRPCRouter({
  zendeskTrigger: importZendeskTrigger,
  job: importJobProcedure,
  jobs: importJobsProcedure,
  csvPreview: csvPreviewProcedure,
  csvMappings: csvMappingsProcedure,
  zendeskCategories: zendeskCategoriesProcedure,
  start: startImportProcedure,
});
