import "server-only";
import type { Prisma } from "@prisma/client";

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

/** Delivers one kind of message. Delivery must be idempotent: a message can be delivered more than once. */
export interface OutboxHandler {
  deliver(payload: unknown): Promise<void>;
  /** After the last failed attempt, in the transaction that drops the message: record that it never went out. */
  giveUp(tx: Prisma.TransactionClient, payload: unknown, error: string): Promise<void>;
}
