import "server-only";
import { createTRPCRouter } from "@/server/api/trpc";
import { createKbArticleProcedure } from "./create";
import { deleteKbArticleProcedure } from "./delete";
import { kbGapReportProcedure } from "./gap-report";
import { getKbArticleProcedure } from "./get";
import { guardrailsRouter } from "./guardrails/index";
import { importKbArticlesProcedure } from "./import";
import { listKbArticlesProcedure } from "./list";
import { markKbArticleReviewedProcedure } from "./mark-reviewed";
import { runKbGapReportProcedure } from "./run-gap-report";
import { updateKbArticleProcedure } from "./update";
import { kbVocabularyProcedure } from "./vocabulary";

export const knowledgeRouter = createTRPCRouter({
  list: listKbArticlesProcedure,
  get: getKbArticleProcedure,
  vocabulary: kbVocabularyProcedure,
  create: createKbArticleProcedure,
  update: updateKbArticleProcedure,
  delete: deleteKbArticleProcedure,
  markReviewed: markKbArticleReviewedProcedure,
  import: importKbArticlesProcedure,
  gapReport: kbGapReportProcedure,
  runGapReport: runKbGapReportProcedure,
  guardrails: guardrailsRouter,
});
