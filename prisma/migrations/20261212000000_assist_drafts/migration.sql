-- Drafts of ai-reply nodes in assist mode, offered to the agent in the composer, and what became of each.
CREATE TABLE "AssistDraft" (
    "id" TEXT NOT NULL,
    "ticketId" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "workflowId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "nodeId" TEXT NOT NULL,
    "intent" TEXT,
    "text" TEXT NOT NULL,
    "citations" JSONB NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "threshold" DOUBLE PRECISION NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "outcome" TEXT,
    "sentText" TEXT,
    "wordEdits" INTEGER,
    "editRatio" DOUBLE PRECISION,
    "messageId" TEXT,
    "agent" TEXT,
    "closedAt" TIMESTAMP(3),
    CONSTRAINT "AssistDraft_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "AssistDraft_runId_seq_key" ON "AssistDraft"("runId", "seq");
CREATE INDEX "AssistDraft_ticketId_createdAt_idx" ON "AssistDraft"("ticketId", "createdAt");
CREATE INDEX "AssistDraft_intent_idx" ON "AssistDraft"("intent");
