import "server-only";
import { createTRPCRouter } from "@/server/api/trpc";
import { activateModelProcedure } from "./activate";
import { agentLabelsProcedure } from "./agent-labels";
import { getModelProcedure } from "./get";
import { intentLabelsProcedure } from "./intent-labels";
import { labelTicketsProcedure } from "./label-tickets";
import { listModelsProcedure } from "./list";
import { retrainPolicyProcedure } from "./retrain-policy";
import { saveRetrainPolicyProcedure } from "./save-retrain-policy";
import { possibleNewIntentsProcedure } from "./possible-new-intents";
import { trainModelProcedure } from "./train";

/** The local intent models: versions, training with progress, the active one (root.ts mounts this as `aiModels`). */
export const aiModelsRouter = createTRPCRouter({
  list: listModelsProcedure,
  get: getModelProcedure,
  train: trainModelProcedure,
  activate: activateModelProcedure,
  intentLabels: intentLabelsProcedure,
  agentLabels: agentLabelsProcedure,
  retrainPolicy: retrainPolicyProcedure,
  saveRetrainPolicy: saveRetrainPolicyProcedure,
  possibleNewIntents: possibleNewIntentsProcedure,
  labelTickets: labelTicketsProcedure,
});
