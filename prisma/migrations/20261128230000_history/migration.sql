-- Ticket history (issue 4): what the audit reads on each ticket, import jobs with their counts and rejected rows,
-- saved CSV mappings, the versioned tier map and the cached audit report.

-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "categorySource" TEXT,
ADD COLUMN     "reopens" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "agentChanges" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "queueChanges" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "escalated" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "customFields" JSONB,
ADD COLUMN     "importHash" TEXT;

-- CreateEnum
CREATE TYPE "ImportJobStatus" AS ENUM ('uploaded', 'running', 'completed', 'failed');

-- CreateTable
CREATE TABLE "ImportJob" (
    "id" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "filePath" TEXT,
    "fileBytes" INTEGER NOT NULL DEFAULT 0,
    "bytesRead" INTEGER NOT NULL DEFAULT 0,
    "status" "ImportJobStatus" NOT NULL DEFAULT 'uploaded',
    "mapping" JSONB,
    "records" INTEGER NOT NULL DEFAULT 0,
    "imported" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "rejections" JSONB NOT NULL DEFAULT '[]',
    "error" TEXT,
    "actor" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportJob_createdAt_idx" ON "ImportJob"("createdAt");

-- CreateTable
CREATE TABLE "CsvMapping" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "mapping" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CsvMapping_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CsvMapping_name_key" ON "CsvMapping"("name");

-- CreateTable
CREATE TABLE "TierMapVersion" (
    "id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "map" JSONB NOT NULL,
    "author" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TierMapVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TierMapVersion_number_key" ON "TierMapVersion"("number");

-- CreateTable
CREATE TABLE "AuditReport" (
    "id" TEXT NOT NULL,
    "report" JSONB NOT NULL,
    "ticketCount" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditReport_createdAt_idx" ON "AuditReport"("createdAt");
