import "server-only";
import { getWorkspaceCalendar } from "../settings/workspace-calendar";
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import type { StudioPorts } from "../../ports";
import { createAiAnswerSource } from "./ai-cache";
import { lookupSourcesOf, runBacktest } from "../../../workflows/interpret/replay";
import { compareMetrics, type TMetricDelta } from "../../../lib/backtests/compare-metrics";
import { metricsView, type TMetricsView } from "../../../lib/backtests/metrics-view";
import { readTicketFile } from "./sources/file-source";
import { outcomeChange, reasonTally, type ChangeReason } from "../../../lib/backtests/change-reasons";
import type { TTicketSelection } from "./ticket-selection";
import { dbTicketSource } from "./sources/db-source";
import { selectTicketIds } from "./sources/select-tickets";
import type { BaselineKind, ChangedTicket, HistoricalTicket } from "../../../workflows/interpret/replay/types";
import type { FlowPlan } from "../../../workflows/model/plan";
import { compileSide } from "./backtest-plans";
import { HISTORY_LABEL } from "./start-backtest";

/** What `studio backtest` was asked: each flow is a graph.json file or a flow version id. */
export interface CliBacktestInput {
  flow: string;
  vs?: string;
  /** A file of HistoricalTickets (NDJSON or a JSON array) instead of the workspace's history. */
  tickets?: string;
  selection?: TTicketSelection;
}

export interface CliBacktestReport {
  tickets: number;
  modelVersion: string;
  candidate: { label: string; metrics: TMetricsView };
  baseline: { label: string; kind: BaselineKind; metrics: TMetricsView };
  deltas: TMetricDelta[];
  changedCount: number;
  /** Every changed ticket grouped by the node where the runs part and what changed, most first. */
  reasons: ChangeReason[];
  /** The first changed tickets with why they changed (the rest are counted). */
  changed: Array<{ ticketId: string; subject: string; divergenceNodeId: string; explanation: string }>;
}

const SHOWN_CHANGED = 100;

/**
 * A backtest from the command line: nothing is stored but model answers (cached for the next run). Over a ticket
 * file no history is read; over the workspace, the selection is replayed page by page. `onProgress` gets the
 * tickets replayed and the total when it is known.
 */
export async function runCliBacktest(
  ports: Pick<StudioPorts, "prisma" | "ai">,
  input: CliBacktestInput,
  onProgress?: (processed: number, total: number | null) => void,
): Promise<CliBacktestReport> {
  const { prisma } = ports;
  const candidate = await flowOf(prisma, input.flow);
  const baseline = input.vs === undefined ? null : await flowOf(prisma, input.vs);
  let total: number | null;
  let tickets: AsyncIterable<HistoricalTicket>;
  if (input.tickets !== undefined) {
    if (!existsSync(input.tickets)) throw new CliBacktestError(`${input.tickets}: no such file`);
    total = await countNdjsonLines(input.tickets);
    tickets = readTicketFile(input.tickets);
  } else {
    const ids = await selectTicketIds(prisma, input.selection ?? { seed: 1 });
    total = ids.length;
    tickets = dbTicketSource(prisma, ids, undefined, { lookupSources: lookupSourcesOf([candidate.plan, baseline?.plan ?? "history"]) });
  }
  const ai = await createAiAnswerSource(prisma, ports.ai);
  const changed: CliBacktestReport["changed"] = [];
  const reasons = reasonTally();
  let processed = 0;
  const result = await runBacktest({
    candidate: candidate.plan,
    baseline: baseline?.plan ?? "history",
    tickets: counting(tickets, () => onProgress?.(++processed, total)),
    ai,
    calendar: await getWorkspaceCalendar(prisma),
    onBatch: (batch: { changed: ChangedTicket[] }) => {
      for (const c of batch.changed) {
        reasons.add({ id: c.divergence.nodeId, label: c.divergence.nodeLabel }, outcomeChange(c.baseline, c.candidate, baseline === null ? "history" : "version"), c.divergence.explanation);
        if (changed.length < SHOWN_CHANGED) changed.push({ ticketId: c.ticketId, subject: c.subject, divergenceNodeId: c.divergence.nodeId, explanation: c.divergence.explanation });
      }
    },
  });
  const candidateView = metricsView(result.candidate);
  const baselineView = metricsView(result.baseline);
  return {
    tickets: result.candidate.tickets,
    modelVersion: ai.modelVersion,
    candidate: { label: candidate.label, metrics: candidateView },
    baseline: { label: baseline?.label ?? HISTORY_LABEL, kind: baseline === null ? "history" : "version", metrics: baselineView },
    deltas: compareMetrics(candidateView, baselineView, baseline === null ? "history" : "version"),
    changedCount: result.changedCount,
    reasons: reasons.reasons(),
    changed,
  };
}

/** A usage problem (unknown flow, missing file): the command prints it and exits 2. */
export class CliBacktestError extends Error {}

/** A graph.json file (compiled against the workspace's queues) or a stored version id. */
async function flowOf(prisma: PrismaClient, ref: string): Promise<{ label: string; plan: FlowPlan }> {
  if (existsSync(ref) && statSync(ref).isFile()) {
    let graph: unknown;
    try {
      graph = JSON.parse(readFileSync(ref, "utf8"));
    } catch (err) {
      throw new CliBacktestError(`${ref} is not valid JSON (${err instanceof Error ? err.message : String(err)})`);
    }
    const label = path.basename(ref);
    return { label, plan: await compileSide(prisma, label, graph) };
  }
  const version = await prisma.flowVersion.findUnique({ where: { id: ref }, select: { number: true, graph: true, flow: { select: { name: true } } } });
  if (version === null) throw new CliBacktestError(`${ref} is neither a graph file nor the id of a flow version`);
  const label = `${version.flow.name} v${version.number}`;
  return { label, plan: await compileSide(prisma, label, version.graph) };
}

/**
 * The number of tickets in an NDJSON file, for the progress bar, counted as a stream (the file may hold a million
 * tickets); null for a JSON array, whose length is unknown until it is read.
 */
async function countNdjsonLines(file: string): Promise<number | null> {
  let lines = 0;
  let lineHasText = false;
  let first = true;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (const byte of chunk) {
      if (byte === NEWLINE) {
        if (lineHasText) lines++;
        lineHasText = false;
      } else if (byte !== SPACE && byte !== TAB && byte !== CR) {
        if (first && byte === OPEN_BRACKET) return null;
        first = false;
        lineHasText = true;
      }
    }
  }
  return lineHasText ? lines + 1 : lines;
}

const [NEWLINE, SPACE, TAB, CR, OPEN_BRACKET] = [0x0a, 0x20, 0x09, 0x0d, 0x5b];

async function* counting<T>(items: AsyncIterable<T>, onItem: () => void): AsyncIterable<T> {
  for await (const item of items) {
    yield item;
    onItem();
  }
}
