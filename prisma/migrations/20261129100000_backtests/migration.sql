-- Backtests (issue 6): runs, their chunks, changed tickets with both traces, and cached model answers.

-- CreateEnum
CREATE TYPE "BacktestStatus" AS ENUM ('queued', 'running', 'completed', 'failed');

-- CreateTable
CREATE TABLE "BacktestRun" (
    "id" TEXT NOT NULL,
    "flowId" TEXT,
    "candidateVersionId" TEXT,
    "candidateGraph" JSONB NOT NULL,
    "candidateLabel" TEXT NOT NULL,
    "baselineKind" TEXT NOT NULL,
    "baselineVersionId" TEXT,
    "baselineGraph" JSONB,
    "baselineLabel" TEXT NOT NULL,
    "selection" JSONB NOT NULL,
    "status" "BacktestStatus" NOT NULL DEFAULT 'queued',
    "mode" TEXT NOT NULL DEFAULT 'in-process',
    "workflowId" TEXT,
    "total" INTEGER NOT NULL DEFAULT 0,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "ticketsPerSecond" DOUBLE PRECISION,
    "modelVersion" TEXT,
    "result" JSONB,
    "error" TEXT,
    "author" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "BacktestRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BacktestChunk" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "ticketIds" TEXT[],
    "status" TEXT NOT NULL DEFAULT 'pending',
    "result" JSONB,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "BacktestChunk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BacktestChangedTicket" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "ticketId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "category" TEXT,
    "ticketCreatedAt" TIMESTAMP(3) NOT NULL,
    "baseline" JSONB NOT NULL,
    "candidate" JSONB NOT NULL,
    "divergence" JSONB NOT NULL,
    "divergenceNodeId" TEXT NOT NULL,
    "explanation" TEXT NOT NULL,
    "baselineTrace" JSONB NOT NULL,
    "candidateTrace" JSONB NOT NULL,

    CONSTRAINT "BacktestChangedTicket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AiResultCache" (
    "key" TEXT NOT NULL,
    "modelVersion" TEXT NOT NULL,
    "activity" TEXT NOT NULL,
    "ticketId" TEXT NOT NULL,
    "result" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AiResultCache_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "BacktestRun_flowId_createdAt_idx" ON "BacktestRun"("flowId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "BacktestChunk_runId_index_key" ON "BacktestChunk"("runId", "index");

-- CreateIndex
CREATE INDEX "BacktestChangedTicket_runId_divergenceNodeId_idx" ON "BacktestChangedTicket"("runId", "divergenceNodeId");

-- CreateIndex
CREATE UNIQUE INDEX "BacktestChangedTicket_runId_ticketId_key" ON "BacktestChangedTicket"("runId", "ticketId");

-- CreateIndex
CREATE INDEX "AiResultCache_modelVersion_ticketId_idx" ON "AiResultCache"("modelVersion", "ticketId");

-- AddForeignKey
ALTER TABLE "BacktestChunk" ADD CONSTRAINT "BacktestChunk_runId_fkey" FOREIGN KEY ("runId") REFERENCES "BacktestRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BacktestChangedTicket" ADD CONSTRAINT "BacktestChangedTicket_runId_fkey" FOREIGN KEY ("runId") REFERENCES "BacktestRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;


