import "server-only";
import { createTRPCRouter } from "@/server/api/trpc";
import { openWeeklyReviewProcedure } from "./open";
import { rebuildWeeklyReviewProcedure } from "./rebuild";
import { sendReviewToSlackProcedure } from "./send-to-slack";
import { setReviewCheckProcedure } from "./set-check";
import { setReviewNoteProcedure } from "./set-note";

/** The weekly review (root.ts mounts this as `weeklyReview`); the logic is in server/services/weekly-review. */
export const weeklyReviewRouter = createTRPCRouter({
  open: openWeeklyReviewProcedure,
  rebuild: rebuildWeeklyReviewProcedure,
  setCheck: setReviewCheckProcedure,
  setNote: setReviewNoteProcedure,
  sendToSlack: sendReviewToSlackProcedure,
});
