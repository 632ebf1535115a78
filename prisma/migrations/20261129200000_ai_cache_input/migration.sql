-- AlterTable
ALTER TABLE "AiResultCache" ADD COLUMN     "input" JSONB;
