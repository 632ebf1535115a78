import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { HelpdeskGateway } from "../../ports";
import type { Outbox } from "../outbox/outbox";
import { planCustomer, seededRand, type CustomerPlan, type SimText } from "./customer-plan";
import { agentRound, type AgentTally } from "./simulated-agents";
import { playCustomer, type CustomerResult } from "./simulated-customer";
import type { IngestClient } from "./webhook-client";

export interface SimulationPorts {
  prisma: PrismaClient;
  client: IngestClient;
  outbox: Outbox;
  helpdesk: HelpdeskGateway;
  sleep(ms: number): Promise<void>;
  now(): number;
}

export interface SimulationOptions {
  /** New customers per second. */
  ratePerSecond: number;
  minutes: number;
  seed: number;
  /** How long a handed-off ticket waits for an agent. */
  pickUpAfterMs?: number;
  /** After the last arrival, how long customers and agents may still finish what they started. */
  settleMs?: number;
}

export interface SimulationReport {
  source: string;
  run: string;
  customers: number;
  answeredByAi: number;
  askedForPerson: number;
  cameBack: number;
  ratings: number;
  agentReplies: number;
  agentRepliesFromDraft: number;
  feedbackGiven: number;
  failed: number;
  firstError: string | null;
}

export const SIMULATION_SOURCE = "simulate";
/** Stop early when this many customers in a row could not even open a ticket: the studio is not taking them. */
const GIVE_UP_AFTER = 5;

/**
 * Plays customers through the live path at a steady rate for a while, and agents answering what the flow hands
 * them, so a workspace's dashboards show figures that went through the real flow. `onProgress` hears each
 * customer as they finish.
 */
export async function runSimulation(
  ports: SimulationPorts,
  texts: readonly SimText[],
  options: SimulationOptions,
  onProgress?: (report: SimulationReport) => void,
): Promise<SimulationReport> {
  if (texts.length === 0) throw new Error("No customer texts to simulate with.");
  const rand = seededRand(options.seed);
  const start = ports.now();
  const run = `${options.seed}-${start.toString(36)}`;
  const arrivalsEnd = start + options.minutes * 60_000;
  const until = arrivalsEnd + (options.settleMs ?? 60_000);
  const report: SimulationReport = {
    source: SIMULATION_SOURCE, run, customers: 0, answeredByAi: 0, askedForPerson: 0, cameBack: 0, ratings: 0,
    agentReplies: 0, agentRepliesFromDraft: 0, feedbackGiven: 0, failed: 0, firstError: null,
  };
  const tally: AgentTally = { answered: 0, fromDraft: 0, flagged: 0 };
  const deps = { ...ports, source: SIMULATION_SOURCE, run };
  const plans: CustomerPlan[] = [];
  const playing = new Set<Promise<void>>();
  let failedInARow = 0;
  const finish = (r: CustomerResult | Error) => {
    if (r instanceof Error) {
      report.failed += 1;
      report.firstError ??= r.message;
      failedInARow += 1;
    } else {
      failedInARow = 0;
      report.customers += 1;
      if (r.answeredByAi) report.answeredByAi += 1;
      if (r.askedForPerson) report.askedForPerson += 1;
      if (r.cameBack) report.cameBack += 1;
      if (r.rating !== null) report.ratings += 1;
    }
    Object.assign(report, { agentReplies: tally.answered, agentRepliesFromDraft: tally.fromDraft, feedbackGiven: tally.flagged });
    onProgress?.({ ...report });
  };
  // The agents draw from their own sequence, so the customers a seed plays never depend on timing.
  const agents = agentLoop({ ...ports, rand: seededRand(options.seed + 1), source: SIMULATION_SOURCE, texts, pickUpAfterMs: options.pickUpAfterMs ?? 8_000 }, tally, () => ports.now() >= until || (ports.now() >= arrivalsEnd && playing.size === 0));
  const gap = 1000 / options.ratePerSecond;
  for (let n = 1; ports.now() < arrivalsEnd && failedInARow < GIVE_UP_AFTER; n++) {
    const plan = planCustomer(rand, n, run, texts, plans);
    plans.push(plan);
    const p: Promise<void> = playCustomer(deps, plan, until).then(finish, (err: unknown) => finish(err instanceof Error ? err : new Error(String(err)))).finally(() => playing.delete(p));
    playing.add(p);
    const next = start + n * gap;
    await ports.sleep(Math.max(0, next - ports.now()));
  }
  await Promise.all(playing);
  await agents;
  Object.assign(report, { agentReplies: tally.answered, agentRepliesFromDraft: tally.fromDraft, feedbackGiven: tally.flagged });
  return report;
}

async function agentLoop(deps: Parameters<typeof agentRound>[0] & Pick<SimulationPorts, "sleep">, tally: AgentTally, done: () => boolean): Promise<void> {
  const reviewed = new Set<string>();
  while (!done()) {
    await agentRound(deps, reviewed, tally);
    await deps.sleep(1000);
  }
  // A last round: the customers' final replies and ratings may have left tickets for people.
  await agentRound(deps, reviewed, tally);
}
