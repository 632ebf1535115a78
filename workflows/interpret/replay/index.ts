/** The replay driver: historical tickets through the interpreter in virtual time, counted and compared. */
export { replayTicket, type ReplayOptions, type ReplayOutcome } from "./replay-ticket";
export { runBacktest, DEFAULT_BATCH_SIZE, type RunBacktestOptions } from "./run-backtest";
export { aiRequestOf, isAiActivity } from "./ai-request";
export { historySummary } from "./history-summary";
export { lookupSourcesOf, recordedLookup } from "./recorded-lookup";
export { memoryAiSource, type MemoryAiSource } from "./memory-ai-source";
export { ZHistoricalTicketSchema, ZTimelineEventSchema, ZRecordedOutcomeSchema } from "./historical-ticket-schema";
export { createMetrics, addToMetrics, mergeMetrics, histogramQuantile, DEFAULT_HANDLE_TIME_SEC } from "./metrics";
export { outcomeChanged, outcomeDifferences, divergenceOf, describeOutcome, differencesPhrase, differencePhrase, kindWords, aiReplyWords } from "./compare";
export type * from "./types";
