import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";

export const ZAuditListInput = z.object({
  /** The id of the last row of the previous page (`nextCursor`). */
  cursor: z.string().min(1).nullish(),
  limit: z.number().int().min(1).max(100).default(50),
});

/** Actions whose subject is a flow id (the audit log stores ids; the page shows names). */
const FLOW_SUBJECT_ACTIONS = new Set(["flow.create", "flow.publish", "flow.rollback", "flow.shadow-publish", "settings.live-flow"]);
// user.create / user.role-change keep the user's id in `subject` and the email in `details`.

export type AuditSubject = { kind: "flow"; id: string; name: string | null } | { kind: "other"; value: string };

/**
 * The audit log, newest first, a page at a time (`nextCursor` is null on the last page). Flow subjects
 * are resolved to the flow's current name (null when the flow no longer exists).
 */
export const listAuditProcedure = authedProcedure("audit.read").input(ZAuditListInput).query(async ({ ctx, input }) => {
  const rows = await ctx.prisma.auditLog.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    select: { id: true, actor: true, action: true, subject: true, details: true, createdAt: true },
  });
  const page = rows.slice(0, input.limit);
  const nextCursor = rows.length > input.limit ? (page.at(-1)?.id ?? null) : null;

  const flowIds = [...new Set(page.filter((r) => FLOW_SUBJECT_ACTIONS.has(r.action)).map((r) => r.subject))];
  const flows = flowIds.length
    ? await ctx.prisma.flow.findMany({ where: { id: { in: flowIds } }, select: { id: true, name: true } })
    : [];
  const names = new Map(flows.map((f) => [f.id, f.name]));

  return {
    items: page.map((row) => ({
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
});
