-- The plans a backtest compiled when it started, so its chunks replay them instead of compiling again.
ALTER TABLE "BacktestRun" ADD COLUMN "candidatePlan" JSONB;
ALTER TABLE "BacktestRun" ADD COLUMN "baselinePlan" JSONB;
