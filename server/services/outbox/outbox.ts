import "server-only";
import type { Prisma, PrismaClient } from "@prisma/client";
import { FlowStarterUnreachable } from "../tickets/flow-starter";

/**
 * What a service that wrote outbox messages in its transaction tells the process once it has committed: deliver
 * them now rather than at the next sweep. Never awaited by the caller; delivery is the dispatcher's business.
 */
export interface Outbox {
  kick(): void;
}

/** A claimed message, as the dispatcher hands it to its kind's handler. */
export interface OutboxMessageRow {
  id: string;
  kind: string;
  key: string;
  payload: unknown;
  attempts: number;
}

/** What a handler may look at besides the payload: the table, to see what else is still waiting. */
export interface OutboxDelivery {
  readonly prisma: PrismaClient;
  readonly key: string;
}

/** Delivers one kind of message. Delivery must be idempotent: a message can be delivered more than once. */
export interface OutboxHandler {
  deliver(payload: unknown, delivery: OutboxDelivery): Promise<void>;
  /** After the last failed attempt, in the transaction that drops the message: record that it never went out. */
  giveUp(tx: Prisma.TransactionClient, payload: unknown, error: string): Promise<void>;
}

/**
 * Thrown by a handler whose message must wait for another one (a signal for a run whose start has not gone out
 * yet): the message is tried again after `retryInMs` without counting an attempt, so waiting never gives it up.
 */
export class OutboxNotYet extends Error {
  override readonly name = "OutboxNotYet";
  constructor(
    reason: string,
    readonly retryInMs: number,
  ) {
    super(reason);
  }
}

/**
 * Thrown by a handler whose destination cannot be reached (rather than one that refused): the message is tried again
 * with the usual backoff and never given up, so an outage of any length delays deliveries and loses none.
 */
export class OutboxUnreachable extends Error {
  override readonly name = "OutboxUnreachable";
}

/** Runs a delivery, turning the starter's "cannot be reached" into the outbox's. */
export async function reaching<T>(deliver: () => Promise<T>): Promise<T> {
  try {
    return await deliver();
  } catch (error) {
    if (error instanceof FlowStarterUnreachable) throw new OutboxUnreachable(error.message);
    throw error;
  }
}
