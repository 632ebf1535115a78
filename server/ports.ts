import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { AiProvider } from "./ai/provider";
import type { HelpdeskClient } from "./helpdesk/contract";
import type { BacktestRunners } from "./services/backtests/backtest-runner";
import type { Notifier } from "./services/notify/notifier";
import type { Outbox } from "./services/outbox/outbox";
import type { LookupPort } from "./services/lookups/lookup-types";
import type { FlowStarter } from "./services/tickets/flow-starter";

/**
 * The outside world as services see it. Each process builds its ports once, in its composition root
 * (composition/web.ts, temporal/worker.ts, cli/composition.ts), and hands them down; services take the ports
 * they use and never know which adapter (Temporal, Slack, a test recorder) stands behind one.
 */
export interface StudioPorts {
  /** Resolved on first use where the root allows it, so work that never queries never needs DATABASE_URL. */
  readonly prisma: PrismaClient;
  readonly ai: AiProvider;
  /** Queues Slack messages in the outbox, with the caller's change; the outbox's dispatcher posts them after commit. */
  readonly notifier: Notifier;
  readonly flowStarter: FlowStarter;
  /** Delivers what services wrote to the outbox table (workflow starts), after their transaction commits. */
  readonly outbox: Outbox;
  readonly backtestRunners: BacktestRunners;
  /** The data sources (order systems, billing APIs) live runs and test tickets look things up in; backtests use the recorded adapter instead. */
  readonly lookups: LookupPort;
}

/** The helpdesks the studio runs on top of, as the effects of a connected ticket's run reach them. */
export interface HelpdeskGateway {
  /** The connection's client: rate-limited, and recording its calls and errors on the connection. */
  client(connectionId: string): Promise<HelpdeskClient>;
  /** The helpdesk's id for a studio queue (by name) or agent (by email) on the connection; null when not mapped. */
  remoteId(connectionId: string, kind: "queue" | "agent", local: string): Promise<string | null>;
}

/**
 * What the web app's procedures and route handlers hand their services. `ai` answers the flow editor's test tickets,
 * built on first use, so a web process that runs none never builds it.
 */
export type WebPorts = Pick<StudioPorts, "prisma" | "ai" | "flowStarter" | "outbox" | "backtestRunners" | "lookups" | "notifier"> & {
  /** An agent's reply or change on a connected ticket is carried to its helpdesk through the same gateway the worker uses. */
  readonly helpdesk: HelpdeskGateway;
};

/** What the worker's activities hand their services. */
export type WorkerPorts = Pick<StudioPorts, "prisma" | "ai" | "notifier"> & {
  /** Built from the database when absent (tests that never meet a connected ticket leave it out). */
  readonly helpdesk?: HelpdeskGateway;
  /** Built from the database (the live adapter) when absent. */
  readonly lookups?: LookupPort;
};
