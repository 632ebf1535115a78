import "server-only";
import type { PrismaClient } from "@prisma/client";
import { connectorFor, isConnectionKind } from "../../helpdesk/connectors";
import type { Db } from "../effects/with-effect";
import type { TMappingKind } from "./connection-input";

/**
 * The helpdesk id a studio queue (by name) or agent (by email) stands for on a connection; null when it is not
 * mapped, which the effect code reports rather than guessing a group.
 */
export async function resolveMapping(db: Db, connectionId: string, kind: TMappingKind, local: string): Promise<string | null> {
  const key = kind === "agent" ? local.trim().toLowerCase() : local;
  const row = await (db as PrismaClient).connectionMapping.findUnique({
    where: { connectionId_kind_local: { connectionId, kind, local: key } },
    select: { remoteId: true },
  });
  return row?.remoteId ?? null;
}

/**
 * What a flow's effect sends for a studio queue or agent: the mapping's id, else, on a connection whose other side
 * knows the studio's own names (the sender's own system), the name itself; null when neither.
 */
export async function remoteIdOrName(db: Db, connectionId: string, kind: TMappingKind, local: string): Promise<string | null> {
  const mapped = await resolveMapping(db, connectionId, kind, local);
  if (mapped !== null) return mapped;
  const row = await (db as PrismaClient).connection.findUnique({ where: { id: connectionId }, select: { kind: true } });
  return row !== null && isConnectionKind(row.kind) && connectorFor(row.kind).takesStudioNames === true ? local : null;
}

/** The helpdesk group a route or escalate node's queue goes to. */
export function remoteGroupForQueue(db: Db, connectionId: string, queue: string): Promise<string | null> {
  return resolveMapping(db, connectionId, "queue", queue);
}

/** The helpdesk user a studio agent is. */
export function remoteUserForAgent(db: Db, connectionId: string, email: string): Promise<string | null> {
  return resolveMapping(db, connectionId, "agent", email);
}
