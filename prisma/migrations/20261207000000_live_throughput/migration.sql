-- Routing counts each candidate agent's open tickets on every assignment.
CREATE INDEX "Ticket_assignee_status_idx" ON "Ticket"("assignee", "status");

-- When a run first stopped to wait or finished, with its decisions written.
ALTER TABLE "FlowRun" ADD COLUMN "decidedAt" TIMESTAMP(3);

-- Answers of a run's read-only activities, so a re-executed local activity answers alike.
CREATE TABLE "ActivityMemo" (
    "workflowId" TEXT NOT NULL,
    "callId" TEXT NOT NULL,
    "result" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ActivityMemo_pkey" PRIMARY KEY ("workflowId","callId")
);
ALTER TABLE "ActivityMemo" ADD CONSTRAINT "ActivityMemo_workflowId_fkey" FOREIGN KEY ("workflowId") REFERENCES "FlowRun"("workflowId") ON DELETE CASCADE ON UPDATE CASCADE;

-- The transactional outbox: work handed to another system after the deciding transaction commits.
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "availableAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "OutboxMessage_key_key" ON "OutboxMessage"("key");
CREATE INDEX "OutboxMessage_availableAt_idx" ON "OutboxMessage"("availableAt");
