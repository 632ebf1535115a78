import type { RunState } from "../types";
import type { TWorkspaceCalendar } from "../../model/calendar";
import type { FlowPlan } from "../../model/plan";
import type { AiAnswerSource, AiRequest, BacktestResult, ChangedTicket, HistoricalTicket, OutcomeSummary } from "./types";
import { divergenceOf } from "./compare/divergence";
import { nodeNamer } from "./compare/explain-step";
import { outcomeChanged, outcomeDifferences } from "./compare/outcome-differences";
import { historySummary } from "./history-summary";
import { addToMetrics } from "./metrics/add-to-metrics";
import { createMetrics } from "./metrics/create-metrics";
import { replayTicket, type ReplayOptions, type ReplayOutcome } from "./replay-ticket";

export interface RunBacktestOptions {
  candidate: FlowPlan;
  baseline: FlowPlan | "history";
  tickets: AsyncIterable<HistoricalTicket>;
  ai: AiAnswerSource;
  /** The workspace calendar every replayed run starts with, loaded once when the backtest started. */
  calendar?: TWorkspaceCalendar;
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
  const replayOptions = options.calendar === undefined ? {} : { calendar: options.calendar };
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const vsHistory = baseline === "history";
  const labels = new NodeLabels(candidate, vsHistory ? null : baseline);
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
    const changed: ChangedTicket[] = [];
    const count = (ticket: HistoricalTicket, candidateSide: Done, baselineSide: Side): void => {
      addToMetrics(result.candidate, ticket, candidateSide.summary, candidateSide.state);
      addToMetrics(result.baseline, ticket, baselineSide.summary, baselineSide.state);
      if (outcomeChanged(baselineSide.summary, candidateSide.summary, { baselineIsHistory: vsHistory })) {
        changed.push(changedTicket(ticket, baselineSide, candidateSide, vsHistory, labels));
      }
    };
    const countHeld = (held: HeldTicket): void => {
      const candidateSide = held.jobs[0]!.outcome as Done;
      count(held.ticket, candidateSide, baseline === "history" ? { summary: historySummary(held.ticket), state: null } : (held.jobs[1]!.outcome as Done));
    };
    // Tickets are counted in order (the rule samples keep the first tickets), as soon as every ticket
    // before them is counted: a replayed run then rarely outlives its ticket, which keeps the garbage
    // collector's work small. Once one ticket waits for a model answer, the tickets after it are held
    // until it is counted.
    const held: HeldTicket[] = [];
    if (ai.prefetch !== undefined) await ai.prefetch(batch.map((ticket) => ticket.snapshot.id));
    for (const ticket of batch) {
      const candidateRun = replayTicket(candidate, ticket, ai, replayOptions);
      const baselineRun = baseline === "history" ? null : replayTicket(baseline, ticket, ai, replayOptions);
      if (held.length === 0 && candidateRun.kind === "done" && (baselineRun === null || baselineRun.kind === "done")) {
        count(ticket, candidateRun, baselineRun ?? { summary: historySummary(ticket), state: null });
      } else {
        const jobs = [{ plan: candidate, outcome: candidateRun }];
        if (baselineRun !== null) jobs.push({ plan: baseline as FlowPlan, outcome: baselineRun });
        held.push({ ticket, jobs });
      }
    }
    if (held.length > 0) await settleHeld(held, ai, countHeld, replayOptions);
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

interface HeldTicket {
  ticket: HistoricalTicket;
  /** The candidate's replay, then the baseline plan's (none against the history); replaced as answers arrive. */
  jobs: Array<{ plan: FlowPlan; outcome: ReplayOutcome }>;
}

/**
 * Settles the held tickets, resolving the missing model answers of all of them a round at a time (the source
 * batches the inference), and counts each one as soon as it and every ticket before it are done, rather than
 * keeping every finished run, traces and all, until the batch's last one finishes: with a cold answer cache
 * that is most of a batch's memory.
 */
async function settleHeld(held: HeldTicket[], ai: AiAnswerSource, count: (h: HeldTicket) => void, replayOptions: ReplayOptions): Promise<void> {
  let front = 0;
  const countReady = (): void => {
    while (front < held.length && held[front]!.jobs.every((job) => job.outcome.kind === "done")) {
      count(held[front]!);
      held[front]!.jobs = [];
      front++;
    }
  };
  countReady();
  for (let round = 0; front < held.length; round++) {
    const requests = new Map<string, AiRequest>();
    for (let i = front; i < held.length; i++) {
      for (const job of held[i]!.jobs) if (job.outcome.kind === "needs") for (const request of job.outcome.requests) requests.set(request.key, request);
    }
    if (round >= MAX_RESOLVE_ROUNDS) {
      const example = requests.values().next().value!;
      throw new Error(
        `The AI answer source (${ai.modelVersion}) still has no answer for ${requests.size} request(s) after ${MAX_RESOLVE_ROUNDS} rounds, e.g. ${example.name} for ticket ${example.input.ticketId}: its resolve() does not store what lookup() reads`,
      );
    }
    await ai.resolve([...requests.values()]);
    for (let i = front; i < held.length; i++) {
      const ticket = held[i]!;
      // Replayed from scratch, which is deterministic: the answers found so far are all in the source.
      for (const job of ticket.jobs) if (job.outcome.kind === "needs") job.outcome = replayTicket(job.plan, ticket.ticket, ai, replayOptions);
      if (i === front) countReady();
    }
  }
}

/** The nodes of both plans by their labels, for the sentences a person reads (the candidate's label first). */
class NodeLabels {
  readonly name: (nodeId: string) => string;
  constructor(
    private readonly candidate: FlowPlan,
    private readonly baseline: FlowPlan | null,
  ) {
    this.name = nodeNamer([candidate, baseline]);
  }
  labelOf = (nodeId: string): string | undefined => this.candidate.nodes[nodeId]?.label ?? this.baseline?.nodes[nodeId]?.label;
}

function changedTicket(ticket: HistoricalTicket, baselineSide: Side, candidateSide: Done, vsHistory: boolean, labels: NodeLabels): ChangedTicket {
  const baselineTrace = baselineSide.state?.trace ?? [];
  const candidateTrace = candidateSide.state.trace;
  const differences = outcomeDifferences(baselineSide.summary, candidateSide.summary, { baselineIsHistory: vsHistory });
  return {
    ticketId: ticket.snapshot.id,
    subject: ticket.snapshot.subject,
    category: ticket.recorded.category,
    createdAt: ticket.snapshot.createdAt,
    baseline: baselineSide.summary,
    candidate: candidateSide.summary,
    divergence: divergenceOf(baselineTrace, candidateTrace, baselineSide.summary, candidateSide.summary, { name: labels.name, labelOf: labels.labelOf, differences }),
    baselineTrace,
    candidateTrace,
  };
}
