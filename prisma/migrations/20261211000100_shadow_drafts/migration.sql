-- Drafts of ai-reply nodes in shadow mode, with their text, and the shadow review's verdicts on them.
CREATE TABLE "ShadowDraft" (
    "id" TEXT NOT NULL,
    "ticketId" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "workflowId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "nodeId" TEXT NOT NULL,
    "intent" TEXT,
    "category" TEXT,
    "text" TEXT NOT NULL,
    "citations" JSONB NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "threshold" DOUBLE PRECISION NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "verdict" TEXT,
    "reason" TEXT,
    "reviewer" TEXT,
    "reviewedAt" TIMESTAMP(3),
    CONSTRAINT "ShadowDraft_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ShadowDraft_runId_seq_key" ON "ShadowDraft"("runId", "seq");
CREATE INDEX "ShadowDraft_reviewedAt_createdAt_idx" ON "ShadowDraft"("reviewedAt", "createdAt");
CREATE INDEX "ShadowDraft_category_idx" ON "ShadowDraft"("category");
CREATE INDEX "ShadowDraft_intent_idx" ON "ShadowDraft"("intent");
