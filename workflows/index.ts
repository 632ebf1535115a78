// The Temporal worker's workflowsPath: only workflow definitions are exported from here.
export { ticketFlow } from "./interpret/live/ticket-flow";
export { backtestWorkflow } from "./interpret/replay/chunked/backtest-workflow";
