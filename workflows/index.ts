// The Temporal worker's workflowsPath: only workflow definitions are exported from here.
export { ticketFlow } from "./ticket-flow";
export { backtestWorkflow } from "./backtest-workflow";
