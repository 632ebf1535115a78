import "server-only";
import { createTRPCRouter } from "@/server/api/trpc";
import { checkDraftProcedure } from "./check";
import { createGuardrailProcedure } from "./create";
import { deleteGuardrailProcedure } from "./delete";
import { listGuardrailsProcedure } from "./list";
import { setGuardrailEnabledProcedure } from "./set-enabled";
import { updateGuardrailProcedure } from "./update";
import { wrongAnswersProcedure } from "./wrong-answers";

/** knowledge.guardrails.*: the negative guardrails every AI draft is checked against, and the draft tester. */
export const guardrailsRouter = createTRPCRouter({
  list: listGuardrailsProcedure,
  create: createGuardrailProcedure,
  update: updateGuardrailProcedure,
  setEnabled: setGuardrailEnabledProcedure,
  delete: deleteGuardrailProcedure,
  check: checkDraftProcedure,
  wrongAnswers: wrongAnswersProcedure,
});
