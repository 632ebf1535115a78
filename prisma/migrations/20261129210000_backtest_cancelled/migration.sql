-- AlterEnum
ALTER TYPE "BacktestStatus" ADD VALUE 'cancelled';
