import "server-only";
import { randomBytes } from "node:crypto";
import type { Prisma, PrismaClient } from "@prisma/client";
import { ZSignalsViewSchema, type TSignalsView } from "@/lib/signals/view";
import { ServiceError } from "../lib/service-error";

/** How long a shared link works unless revoked first. */
export const SHARE_DAYS = 30;

export interface TSignalShare {
  token: string;
  view: TSignalsView;
  createdBy: string;
  createdAt: Date;
  expiresAt: Date;
}

/** A read-only link to the signals as they are for `view`: 32 random bytes, base64url, for SHARE_DAYS days. */
export async function createSignalShare(prisma: PrismaClient, view: TSignalsView, createdBy: string, now = new Date()): Promise<TSignalShare> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SHARE_DAYS * 86_400_000);
  await prisma.signalShare.create({ data: { token, view: view as unknown as Prisma.InputJsonValue, createdBy, createdAt: now, expiresAt } });
  return { token, view, createdBy, createdAt: now, expiresAt };
}

/** The links that still work, newest first. */
export async function activeSignalShares(prisma: PrismaClient, now = new Date()): Promise<TSignalShare[]> {
  const rows = await prisma.signalShare.findMany({ where: { revokedAt: null, expiresAt: { gt: now } }, orderBy: { createdAt: "desc" } });
  return rows.map((r) => ({ token: r.token, view: ZSignalsViewSchema.parse(r.view), createdBy: r.createdBy, createdAt: r.createdAt, expiresAt: r.expiresAt }));
}

/** Stops a link working at once; revoking one already revoked changes nothing. */
export async function revokeSignalShare(prisma: PrismaClient, token: string, now = new Date()): Promise<void> {
  const { count } = await prisma.signalShare.updateMany({ where: { token, revokedAt: null }, data: { revokedAt: now } });
  if (count === 0 && !(await prisma.signalShare.findUnique({ where: { token } }))) throw new ServiceError("not-found", "There is no such shared link.");
}

/** The view a link shows, or a not-found refusal for a link that is unknown, expired or revoked (alike, so a guess learns nothing). */
export async function resolveSignalShare(prisma: PrismaClient, token: string, now = new Date()): Promise<TSignalShare> {
  const row = await prisma.signalShare.findUnique({ where: { token } });
  if (!row || row.revokedAt !== null || row.expiresAt <= now) {
    throw new ServiceError("not-found", "This link to the signals has expired or was revoked. Ask whoever shared it for a new one.");
  }
  return { token: row.token, view: ZSignalsViewSchema.parse(row.view), createdBy: row.createdBy, createdAt: row.createdAt, expiresAt: row.expiresAt };
}
