export { createMetrics } from "./create-metrics";
export { addToMetrics, DEFAULT_HANDLE_TIME_SEC, NODE_HIT_SAMPLE, UNCATEGORISED } from "./add-to-metrics";
export { mergeMetrics } from "./merge-metrics";
export { HISTOGRAM_BASE, addDuration, createHistogram, histogramQuantile, mergeHistogram } from "./histogram";
