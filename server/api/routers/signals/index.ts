import "server-only";
import { createTRPCRouter } from "@/server/api/trpc";
import { revokeSignalShareProcedure } from "./revoke-share";
import { sendSignalsToSlackProcedure } from "./send-to-slack";
import { shareSignalsProcedure } from "./share";
import { sharedSignalsProcedure } from "./shared";
import { signalSharesProcedure } from "./shares";
import { signalsReportProcedure } from "./report";
import { signalTicketsProcedure } from "./tickets";

/** Business signals for the product team (root.ts mounts this as `signals`). */
export const signalsRouter = createTRPCRouter({
  report: signalsReportProcedure,
  tickets: signalTicketsProcedure,
  share: shareSignalsProcedure,
  shares: signalSharesProcedure,
  revokeShare: revokeSignalShareProcedure,
  shared: sharedSignalsProcedure,
  sendToSlack: sendSignalsToSlackProcedure,
});
