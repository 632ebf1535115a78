import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";

/**
 * Notes a call to the helpdesk on its connection: when, and on failure what the helpdesk said. One plain UPDATE
 * that leaves `updatedAt` alone, because the cached clients are rebuilt when `updatedAt` changes and a status
 * write must not throw them away. A failure to write the status never fails the call it describes.
 */
export async function recordCall(prisma: PrismaClient, connectionId: string, error: string | null, at = new Date()): Promise<void> {
  // Prisma keeps DateTime columns as UTC wall time in "timestamp without time zone"; say so whatever the session's zone.
  const utc = Prisma.sql`(${at.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  try {
    if (error === null) {
      await prisma.$executeRaw`UPDATE "Connection" SET "lastCallAt" = ${utc} WHERE "id" = ${connectionId}`;
    } else {
      await prisma.$executeRaw`UPDATE "Connection" SET "lastCallAt" = ${utc}, "lastError" = ${error.slice(0, 1000)}, "lastErrorAt" = ${utc} WHERE "id" = ${connectionId}`;
    }
  } catch (failure) {
    console.warn(`Could not record the helpdesk call's status on connection ${connectionId}:`, failure);
  }
}

/** A failure before any call could be made (the client could not be set up): the error only, no "last call". */
export async function recordSetupError(prisma: PrismaClient, connectionId: string, error: string, at = new Date()): Promise<void> {
  const utc = Prisma.sql`(${at.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  try {
    await prisma.$executeRaw`UPDATE "Connection" SET "lastError" = ${error.slice(0, 1000)}, "lastErrorAt" = ${utc} WHERE "id" = ${connectionId}`;
  } catch (failure) {
    console.warn(`Could not record the helpdesk call's status on connection ${connectionId}:`, failure);
  }
}

/** Notes a webhook delivery on its connection (as recordCall, leaving `updatedAt` alone); errors reach the caller. */
export async function recordInbound(prisma: PrismaClient, connectionId: string, outcome: { receivedAt: Date } | { error: string }, at = new Date()): Promise<void> {
  if ("receivedAt" in outcome) {
    const utc = Prisma.sql`(${outcome.receivedAt.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
    await prisma.$executeRaw`UPDATE "Connection" SET "lastEventAt" = ${utc} WHERE "id" = ${connectionId}`;
  } else {
    const utc = Prisma.sql`(${at.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
    await prisma.$executeRaw`UPDATE "Connection" SET "lastError" = ${outcome.error.slice(0, 1000)}, "lastErrorAt" = ${utc} WHERE "id" = ${connectionId}`;
  }
}
