-- The AI layer and the knowledge base (issue 5): article status, tags, review and import keys, negative
-- guardrails, versioned local intent models.

-- AlterTable
ALTER TABLE "KbArticle" ADD COLUMN     "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'published',
ADD COLUMN     "reviewedAt" TIMESTAMP(3),
ADD COLUMN     "source" TEXT,
ADD COLUMN     "externalId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "KbArticle_source_externalId_key" ON "KbArticle"("source", "externalId");

-- CreateTable
CREATE TABLE "Guardrail" (
    "id" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'phrases',
    "patterns" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "categories" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Guardrail_pkey" PRIMARY KEY ("id")
);

-- CreateEnum
CREATE TYPE "IntentModelStatus" AS ENUM ('training', 'ready', 'failed');

-- CreateTable
CREATE TABLE "IntentModel" (
    "id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "IntentModelStatus" NOT NULL DEFAULT 'training',
    "fingerprint" TEXT,
    "progress" JSONB,
    "metrics" JSONB,
    "labels" INTEGER NOT NULL DEFAULT 0,
    "trainedOn" INTEGER NOT NULL DEFAULT 0,
    "blob" BYTEA,
    "error" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT false,
    "author" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "IntentModel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "IntentModel_version_key" ON "IntentModel"("version");
