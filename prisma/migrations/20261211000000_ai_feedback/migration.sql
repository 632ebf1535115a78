-- Agent feedback on AI replies and drafts: the verdict, what the answer should have been, the intent the
-- ticket really had, the articles the reply cited when it was flagged, and who flagged it
ALTER TABLE "Feedback" ADD COLUMN "correctAnswer" TEXT;
ALTER TABLE "Feedback" ADD COLUMN "correctedIntent" TEXT;
ALTER TABLE "Feedback" ADD COLUMN "citedArticleIds" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "Feedback" ADD COLUMN "agentUserId" TEXT;

CREATE INDEX "Feedback_ticketId_createdAt_idx" ON "Feedback"("ticketId", "createdAt");
CREATE INDEX "Feedback_createdAt_idx" ON "Feedback"("createdAt");
