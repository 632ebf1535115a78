import type { RunState } from "../../../workflows/interpret/types";
import type { FlowPlan } from "../../../workflows/model/plan";
import type { AiAnswerSource, AiRequest, BacktestResult, ChangedTicket, HistoricalTicket, OutcomeSummary } from "../types";
import { divergenceOf } from "./compare/divergence";
import { outcomeChanged } from "./compare/outcome-changed";
import { historySummary } from "./history-summary";
import { addToMetrics } from "./metrics/add-to-metrics";
import { createMetrics } from "./metrics/create-metrics";
import { replayTicket, type ReplayOutcome } from "./replay-ticket";

export interface RunBacktestOptions {
  candidate: FlowPlan;
  baseline: FlowPlan | "history";
  tickets: AsyncIterable<HistoricalTicket>;
  ai: AiAnswerSource;
  batchSize?: number;
  /** Called after each batch, in order, with the tickets processed so far and the batch's changed tickets. */
  onBatch?: (batch: { processed: number; changed: ChangedTicket[] }) => Promise<void> | void;
}

export const DEFAULT_BATCH_SIZE = 500;
/**
 * A ticket asks for at most one model answer per AI step it reaches, so a few rounds settle any flow; a
 * source that keeps missing after this many rounds is not storing its answers, and waiting longer will not help.
 */
const MAX_RESOLVE_ROUNDS = 50;

type Done = Extract<ReplayOutcome, { kind: "done" }>;
interface Side {
  summary: OutcomeSummary;
  state: RunState | null;
}

/**
 * Replays a stream of historical tickets through the candidate and the baseline (another plan, or the
 * history as it happened) and counts both sides. Memory stays flat: only the current batch is held, and
 * changed tickets (with both full traces) go to `onBatch` and are not kept.
 *
 * Model answers: a batch is replayed; every ticket that met an unanswered AI call says which; the unique
 * requests of the whole batch are resolved in one call (the source batches the inference); only those
 * tickets are replayed again, from scratch, which is deterministic. Repeat until the batch is done.
 */
export async function runBacktest(options: RunBacktestOptions): Promise<BacktestResult> {
  const { candidate, baseline, ai } = options;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const vsHistory = baseline === "history";
  const result: BacktestResult = {
    candidate: createMetrics(),
    baseline: createMetrics(),
    baselineKind: vsHistory ? "history" : "version",
    changedCount: 0,
    modelVersion: ai.modelVersion,
  };
  let processed = 0;
  let batch: HistoricalTicket[] = [];

  const flush = async (): Promise<void> => {
    // Both sides in one pass, so each round resolves the model answers both plans are missing at once.
    const jobs = batch.map((ticket) => ({ plan: candidate, ticket }));
    if (baseline !== "history") for (const ticket of batch) jobs.push({ plan: baseline, ticket });
    const replays = await replayAll(jobs, ai);
    const changed: ChangedTicket[] = [];
    for (let i = 0; i < batch.length; i++) {
      const ticket = batch[i]!;
      const c = replays[i]!;
      const b: Side = baseline === "history" ? { summary: historySummary(ticket), state: null } : replays[batch.length + i]!;
      addToMetrics(result.candidate, ticket, c.summary, c.state);
      addToMetrics(result.baseline, ticket, b.summary, b.state);
      if (outcomeChanged(b.summary, c.summary, { baselineIsHistory: vsHistory })) changed.push(changedTicket(ticket, b, c));
    }
    processed += batch.length;
    result.changedCount += changed.length;
    batch = [];
    await options.onBatch?.({ processed, changed });
  };

  for await (const ticket of options.tickets) {
    batch.push(ticket);
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length > 0) await flush();
  return result;
}

/** Replays every (plan, ticket) job, resolving the missing model answers of all of them a round at a time. */
async function replayAll(jobs: Array<{ plan: FlowPlan; ticket: HistoricalTicket }>, ai: AiAnswerSource): Promise<Done[]> {
  const done: Array<Done | undefined> = new Array(jobs.length);
  let waiting = jobs.map((_, i) => i);
  for (let round = 0; ; round++) {
    const requests = new Map<string, AiRequest>();
    const still: number[] = [];
    for (const i of waiting) {
      const r = replayTicket(jobs[i]!.plan, jobs[i]!.ticket, ai);
      if (r.kind === "done") done[i] = r;
      else {
        still.push(i);
        for (const q of r.requests) requests.set(q.key, q);
      }
    }
    if (still.length === 0) return done as Done[];
    if (round >= MAX_RESOLVE_ROUNDS) {
      const example = requests.values().next().value!;
      throw new Error(
        `The AI answer source (${ai.modelVersion}) still has no answer for ${requests.size} request(s) after ${MAX_RESOLVE_ROUNDS} rounds, e.g. ${example.name} for ticket ${example.input.ticketId}: its resolve() does not store what lookup() reads`,
      );
    }
    await ai.resolve([...requests.values()]);
    waiting = still;
  }
}

function changedTicket(ticket: HistoricalTicket, b: Side, c: { summary: OutcomeSummary; state: RunState }): ChangedTicket {
  const baselineTrace = b.state?.trace ?? [];
  const candidateTrace = c.state.trace;
  return {
    ticketId: ticket.snapshot.id,
    subject: ticket.snapshot.subject,
    category: ticket.recorded.category,
    createdAt: ticket.snapshot.createdAt,
    baseline: b.summary,
    candidate: c.summary,
    divergence: divergenceOf(baselineTrace, candidateTrace, b.summary, c.summary),
    baselineTrace,
    candidateTrace,
  };
}
