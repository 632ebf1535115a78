import "server-only";
/**
 * Token and latency accounting: one event per HTTP attempt (a retried call costs tokens and time on
 * every attempt that got an answer), summed per operation so cost and speed can be reported.
 */
export const OPENAI_OPERATIONS = ["classifyIntent", "detectSentiment", "draftReply", "summarise"] as const;
export type TOpenAiOperation = (typeof OPENAI_OPERATIONS)[number];

export interface TUsageEvent {
  operation: TOpenAiOperation;
  model: string;
  promptTokens: number;
  completionTokens: number;
  latencyMs: number;
  /** 1 for the first try, 2 for the first retry, ... */
  attempt: number;
  ok: boolean;
  /** Why the attempt failed, when it did. */
  error?: string;
}

export interface TUsageTotals {
  attempts: number;
  failedAttempts: number;
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
  latencyMs: number;
}

export interface TUsageSummary extends TUsageTotals {
  byOperation: Record<TOpenAiOperation, TUsageTotals>;
}

const emptyTotals = (): TUsageTotals => ({ attempts: 0, failedAttempts: 0, promptTokens: 0, completionTokens: 0, totalTokens: 0, latencyMs: 0 });

export class UsageLedger {
  private readonly total = emptyTotals();
  private readonly byOperation = Object.fromEntries(OPENAI_OPERATIONS.map((op) => [op, emptyTotals()])) as Record<TOpenAiOperation, TUsageTotals>;

  constructor(private readonly onUsage?: (event: TUsageEvent) => void) {}

  record(event: TUsageEvent): void {
    for (const totals of [this.total, this.byOperation[event.operation]]) {
      totals.attempts += 1;
      totals.failedAttempts += event.ok ? 0 : 1;
      totals.promptTokens += event.promptTokens;
      totals.completionTokens += event.completionTokens;
      totals.totalTokens += event.promptTokens + event.completionTokens;
      totals.latencyMs += event.latencyMs;
    }
    // Accounting must never break a call: a throwing listener is the listener's problem.
    try {
      this.onUsage?.(event);
    } catch {
      /* ignored on purpose */
    }
  }

  summary(): TUsageSummary {
    const byOperation = Object.fromEntries(OPENAI_OPERATIONS.map((op) => [op, { ...this.byOperation[op] }])) as Record<TOpenAiOperation, TUsageTotals>;
    return { ...this.total, byOperation };
  }
}
