-- Agents get a capacity (most open tickets at once) and, optionally, their own working week.
ALTER TABLE "Agent" ADD COLUMN "capacity" INTEGER NOT NULL DEFAULT 10;
ALTER TABLE "Agent" ADD COLUMN "workingHours" JSONB;
-- A backtest keeps the workspace calendar it started with, so every chunk counts business time alike.
ALTER TABLE "BacktestRun" ADD COLUMN "calendar" JSONB;
