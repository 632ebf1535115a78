-- Which process runs each long job, so a start can mark the ones a dead process left behind.
ALTER TABLE "IntentModel" ADD COLUMN "owner" TEXT;
ALTER TABLE "IntentModel" ADD COLUMN "interruptedAt" TIMESTAMP(3);
ALTER TABLE "ImportJob" ADD COLUMN "owner" TEXT;
ALTER TABLE "BacktestRun" ADD COLUMN "owner" TEXT;
