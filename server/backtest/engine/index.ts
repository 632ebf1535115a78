/** The backtester's engine: pure replay, metrics and comparison, plus the streaming driver over them. */
export { replayTicket, type ReplayOutcome } from "./replay-ticket";
export { aiRequestOf, isAiActivity } from "./ai-request";
export { historySummary } from "./history-summary";
export { memoryAiSource, type MemoryAiSource } from "./memory-ai-source";
export { ZHistoricalTicketSchema, ZTimelineEventSchema, ZRecordedOutcomeSchema } from "./historical-ticket-schema";
export {
  createMetrics,
  addToMetrics,
  mergeMetrics,
  metricsView,
  compareMetrics,
  histogramQuantile,
  DEFAULT_HANDLE_TIME_SEC,
  type TMetricsView,
  type TMetricDelta,
  type TConfusionView,
  type TCategoryView,
  type TDurationView,
} from "./metrics";
export { outcomeChanged, divergenceOf, describeOutcome } from "./compare";
export { runBacktest, DEFAULT_BATCH_SIZE, type RunBacktestOptions } from "./run-backtest";
export { readTicketFile } from "../sources/file-source";
