import "server-only";
import { createTRPCRouter } from "@/server/api/trpc";
import { assistOutcomesProcedure } from "./assist-outcomes";
import { shadowQueueProcedure } from "./queue";
import { shadowRatesProcedure } from "./rates";
import { reviewShadowDraftProcedure } from "./review";
import { setShadowTargetProcedure } from "./set-target";
import { switchToAutonomousProcedure } from "./switch-to-autonomous";

/** The shadow review queue (root.ts mounts this as `shadowReview`); the logic is in server/services/shadow-review. */
export const shadowReviewRouter = createTRPCRouter({
  queue: shadowQueueProcedure,
  review: reviewShadowDraftProcedure,
  rates: shadowRatesProcedure,
  setTarget: setShadowTargetProcedure,
  switchToAutonomous: switchToAutonomousProcedure,
  assistOutcomes: assistOutcomesProcedure,
});
