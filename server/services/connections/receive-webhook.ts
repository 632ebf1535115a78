import "server-only";
import { createHash } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { InboundPayloadError, ZInboundEventSchema, type TInboundEvent, type TInboundRequest } from "../../helpdesk/contract";
import { isDatabaseDown } from "../../http/database-unavailable";
import type { Outbox } from "../outbox/outbox";
import { applyInboundEvents, type InboundSummary } from "./apply-inbound-events";
import { recordInbound } from "./connection-status";
import { openConnection, type TOpenConnection } from "./open-connection";
import { alreadyReceived, maybePruneReceipts, recordReceipt } from "./webhook-receipts";

export interface ReceiveWebhookPorts {
  prisma: PrismaClient;
  outbox: Outbox;
  /** How a connection is opened; tests hand one whose connector is a stand-in. */
  open?: (prisma: PrismaClient, id: string) => Promise<TOpenConnection | null>;
}

export type WebhookAnswer = { status: 200; body: { ok: true } & InboundSummary } | { status: 401 | 404 | 422 | 500; body: { error: string } };

/**
 * A helpdesk's webhook delivery: checked against the connection's secret, refused when it was accepted before,
 * read into events and applied. Every refusal says why, and is kept on the connection as its last error so the
 * Connections page shows what went wrong; nothing of a refused delivery is stored.
 *
 * The receipt that refuses a replay is written once the events are applied, not before: a delivery that fails
 * half-way (the database went away) is then accepted again when the helpdesk retries, and the events applied the
 * first time are recognised as repeats.
 */
export async function receiveWebhook(ports: ReceiveWebhookPorts, connectionId: string, request: TInboundRequest): Promise<WebhookAnswer> {
  const { prisma } = ports;
  let connection: TOpenConnection | null;
  try {
    connection = await (ports.open ?? openConnection)(prisma, connectionId);
  } catch (err) {
    if (isDatabaseDown(err)) throw err;
    return refuse(prisma, connectionId, 500, `The connection's settings or secrets could not be read (${messageOf(err)}); save them again in Settings → Connections`);
  }
  if (connection === null) return { status: 404, body: { error: `No helpdesk connection ${connectionId}: check the webhook address set in the helpdesk` } };
  if (!connection.enabled) {
    return refuse(prisma, connectionId, 404, `The connection "${connection.name}" is turned off, so its webhooks are refused: turn it on in Settings → Connections`);
  }

  const verified = connection.connector.verify(request, connection.secrets);
  if (!verified.ok) return refuse(prisma, connectionId, 401, `A webhook was refused: ${verified.reason}`);
  const digest = createHash("sha256").update(verified.deliveryId).digest("hex");
  if (await alreadyReceived(prisma, connectionId, digest)) {
    return refuse(prisma, connectionId, 401, "A webhook was refused: already received (the same delivery came twice, so it was not applied again)");
  }

  let read: unknown;
  try {
    read = connection.connector.parse(request, connection.settings);
  } catch (err) {
    if (!(err instanceof InboundPayloadError)) throw err;
    return refuse(prisma, connectionId, 422, `A webhook could not be read: ${err.message}`);
  }
  const parsed = ZInboundEventSchema.array().safeParse(read);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${issue.path.join(".")}: ${issue.message}` : "unknown";
    return refuse(prisma, connectionId, 500, `The ${connection.connector.title} connector read a webhook into an event the studio does not take (${where})`);
  }
  const events: TInboundEvent[] = parsed.data;

  let summary: InboundSummary;
  try {
    const connected = connection.connector.sendsEffects?.(connection.settings) ?? true;
    summary = await applyInboundEvents(ports, connectionId, events, digest.slice(0, 32), { connected });
  } catch (err) {
    if (!isDatabaseDown(err)) await noteError(prisma, connectionId, `A webhook could not be applied: ${messageOf(err)}`);
    throw err;
  }
  await recordReceipt(prisma, connectionId, digest);
  await recordInbound(prisma, connectionId, { receivedAt: request.receivedAt });
  maybePruneReceipts(prisma);
  return { status: 200, body: { ok: true, ...summary } };
}

async function refuse(prisma: PrismaClient, connectionId: string, status: 401 | 404 | 422 | 500, error: string): Promise<WebhookAnswer> {
  await noteError(prisma, connectionId, error);
  return { status, body: { error } };
}

/** The connection's status line; a delivery that cannot even record it still gets its answer. */
async function noteError(prisma: PrismaClient, connectionId: string, error: string): Promise<void> {
  try {
    await recordInbound(prisma, connectionId, { error });
  } catch (err) {
    if (isDatabaseDown(err)) throw err;
  }
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
