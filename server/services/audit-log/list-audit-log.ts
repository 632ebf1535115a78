import "server-only";
import type { PrismaClient } from "@prisma/client";
import { readNewestFirstPage } from "../lib/keyset-page";

/** Actions whose subject is a flow id (the audit log stores ids; the page shows names). */
const FLOW_SUBJECT_ACTIONS = new Set(["flow.create", "flow.details", "flow.publish", "flow.rollback", "flow.shadow-publish", "settings.live-flow"]);
// user.create / user.role-change keep the user's id in `subject` and the email in `details`.

export type AuditSubject = { kind: "flow"; id: string; name: string | null } | { kind: "other"; value: string };

/**
 * The audit log, newest first, a page at a time (`nextCursor` is null on the last page). Flow subjects
 * are resolved to the flow's current name (null when the flow no longer exists).
 */
export async function listAuditLog(prisma: PrismaClient, page: { cursor?: string | null; limit: number }) {
  const { items, nextCursor } = await readNewestFirstPage(page, (args) =>
    prisma.auditLog.findMany({ ...args, select: { id: true, actor: true, action: true, subject: true, details: true, createdAt: true } }),
  );

  const flowIds = [...new Set(items.filter((r) => FLOW_SUBJECT_ACTIONS.has(r.action)).map((r) => r.subject))];
  const flows = flowIds.length ? await prisma.flow.findMany({ where: { id: { in: flowIds } }, select: { id: true, name: true } }) : [];
  const names = new Map(flows.map((f) => [f.id, f.name]));

  return {
    items: items.map((row) => ({
      id: row.id,
      actor: row.actor,
      action: row.action,
      subject: (FLOW_SUBJECT_ACTIONS.has(row.action)
        ? { kind: "flow", id: row.subject, name: names.get(row.subject) ?? null }
        : { kind: "other", value: row.subject }) satisfies AuditSubject as AuditSubject,
      details: (row.details ?? null) as Record<string, unknown> | null,
      createdAt: row.createdAt,
    })),
    nextCursor,
  };
}
