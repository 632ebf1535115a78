import "server-only";
import { createTRPCRouter } from "@/server/api/trpc";
import { createFlowProcedure } from "./create";
import { diffProcedure } from "./diff";
import { getFlowProcedure } from "./get";
import { listFlowsProcedure } from "./list";
import { publishProcedure } from "./publish";
import { releaseCheckProcedure } from "./release-check";
import { rollbackProcedure } from "./rollback";
import { saveDraftProcedure } from "./save-draft";
import { setLiveProcedure } from "./set-live";
import { shadowPublishProcedure } from "./shadow-publish";
import { templatesProcedure } from "./templates";
import { testTicketProcedure } from "./test-ticket";
import { updateDetailsProcedure } from "./update-details";

export const flowsRouter = createTRPCRouter({
  list: listFlowsProcedure,
  get: getFlowProcedure,
  templates: templatesProcedure,
  create: createFlowProcedure,
  saveDraft: saveDraftProcedure,
  publish: publishProcedure,
  shadowPublish: shadowPublishProcedure,
  rollback: rollbackProcedure,
  diff: diffProcedure,
  setLive: setLiveProcedure,
  releaseCheck: releaseCheckProcedure,
  updateDetails: updateDetailsProcedure,
  testTicket: testTicketProcedure,
});
