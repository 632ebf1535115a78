import "server-only";
import type { PrismaClient } from "@prisma/client";
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

/** The helpdesk group a route or escalate node's queue goes to. */
export function remoteGroupForQueue(db: Db, connectionId: string, queue: string): Promise<string | null> {
  return resolveMapping(db, connectionId, "queue", queue);
}

/** The helpdesk user a studio agent is. */
export function remoteUserForAgent(db: Db, connectionId: string, email: string): Promise<string | null> {
  return resolveMapping(db, connectionId, "agent", email);
}
