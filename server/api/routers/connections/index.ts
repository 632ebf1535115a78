import "server-only";
import { createTRPCRouter } from "@/server/api/trpc";
import { createConnectionProcedure } from "./create";
import { deleteConnectionProcedure } from "./delete";
import { getConnectionProcedure } from "./get";
import { connectionKindsProcedure } from "./kinds";
import { listConnectionsProcedure } from "./list";
import { connectionQueueMapsProcedure } from "./queue-maps";
import { saveMappingsProcedure } from "./save-mappings";
import { connectionSetupGuideProcedure } from "./setup-guide";
import { suggestMappingsProcedure } from "./suggest-mappings";
import { testConnectionProcedure } from "./test";
import { updateConnectionProcedure } from "./update";

/** Admin only (but queueMaps, names for the flow editor's warnings): the helpdesks the studio runs on top of, their status, mappings and set-up guides. */
export const connectionsRouter = createTRPCRouter({
  list: listConnectionsProcedure,
  get: getConnectionProcedure,
  create: createConnectionProcedure,
  update: updateConnectionProcedure,
  delete: deleteConnectionProcedure,
  test: testConnectionProcedure,
  suggestMappings: suggestMappingsProcedure,
  saveMappings: saveMappingsProcedure,
  kinds: connectionKindsProcedure,
  setupGuide: connectionSetupGuideProcedure,
  queueMaps: connectionQueueMapsProcedure,
});
