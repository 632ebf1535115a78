import "server-only";
import { createTRPCRouter } from "@/server/api/trpc";
import { cancelBacktestProcedure } from "./cancel";
import { changedTicketsProcedure } from "./changed";
import { countSelectionProcedure } from "./count-selection";
import { getBacktestProcedure } from "./get";
import { listBacktestsProcedure } from "./list";
import { ruleTicketsProcedure } from "./rule-tickets";
import { backtestRulesProcedure } from "./rules";
import { backtestSelectionOptionsProcedure } from "./selection-options";
import { startBacktestProcedure } from "./start";
import { changedTicketProcedure } from "./ticket";

/** Backtests (root.ts mounts this as `backtests`); one procedure per file, the logic in server/services/backtests. */
export const backtestsRouter = createTRPCRouter({
  start: startBacktestProcedure,
  cancel: cancelBacktestProcedure,
  get: getBacktestProcedure,
  list: listBacktestsProcedure,
  changed: changedTicketsProcedure,
  ticket: changedTicketProcedure,
  rules: backtestRulesProcedure,
  ruleTickets: ruleTicketsProcedure,
  selectionOptions: backtestSelectionOptionsProcedure,
  countSelection: countSelectionProcedure,
});
