import "server-only";
import type { Prisma, PrismaClient } from "@prisma/client";
import type { RecordTraceInput, StepBatchInput } from "../../../workflows/interpret/live/activity-contract";
import { splitAssistDrafts, storeAssistDrafts } from "../assist-drafts/store-assist-drafts";
import { splitShadowDrafts, storeShadowDrafts } from "../shadow-review/store-shadow-drafts";
import { noteSlaDue } from "./sla-due";

/** What a run writes of itself: its status and outcome, whether it has decided, and its new trace lines. */
export type RunTraceWrite = Pick<StepBatchInput, "workflowId" | "trace" | "status" | "outcome" | "decided">;

/**
 * Persists new step-trace lines and the run's status, for runs on the step-by-step driver (which never marks a
 * decision). Lines are keyed by (run, seq), so a retried call writes nothing twice.
 */
export async function recordTrace(prisma: PrismaClient, input: RecordTraceInput): Promise<void> {
  const { workflowId, entries, status, outcome } = input;
  await prisma.$transaction((tx) => storeRunTrace(tx, { workflowId, trace: entries, status, outcome, decided: false }));
}

/** The run's status, outcome and decision time in one statement, which also gives the run's id for its trace lines. */
export async function storeRunTrace(tx: Prisma.TransactionClient, input: RunTraceWrite): Promise<void> {
  const status = input.status === "completed" ? "completed" : input.status === "waiting" ? "waiting" : "running";
  const outcome = input.outcome === null ? null : JSON.stringify(input.outcome);
  const rows = await tx.$queryRaw<Array<{ id: string; ticketId: string; versionId: string; shadow: boolean }>>`
    UPDATE "FlowRun" SET
      "status" = ${status}::"FlowRunStatus",
      "outcome" = COALESCE(${outcome}::jsonb, "outcome"),
      "completedAt" = CASE WHEN ${outcome}::jsonb IS NULL THEN "completedAt" ELSE COALESCE("completedAt", now()) END,
      "decidedAt" = CASE WHEN ${input.decided} THEN COALESCE("decidedAt", now()) ELSE "decidedAt" END
    WHERE "workflowId" = ${input.workflowId}
    RETURNING "id", "ticketId", "versionId", "shadow"`;
  const run = rows[0];
  if (run === undefined) throw new Error(`No flow run for workflow ${input.workflowId}`);
  if (input.trace.length === 0) return;
  const assist = splitAssistDrafts(input.trace);
  const { lines: trace, drafts } = splitShadowDrafts(assist.lines);
  const lines = JSON.stringify(trace.map((e) => ({ ...e, details: e.details ?? null })));
  // Lines are keyed by (run, seq): a batch that runs again writes none twice.
  await tx.$executeRaw`
    INSERT INTO "RunEvent" ("id", "runId", "seq", "nodeId", "nodeType", "decision", "reason", "details", "at")
    SELECT gen_random_uuid()::text, ${run.id}, e."seq", e."nodeId", e."nodeType", e."decision", e."reason", e."details", e."at"
    FROM jsonb_to_recordset(${lines}::jsonb) AS e("seq" int, "nodeId" text, "nodeType" text, "decision" text, "reason" text, "details" jsonb, "at" timestamp(3))
    ON CONFLICT ("runId", "seq") DO NOTHING`;
  await storeShadowDrafts(tx, { ...run, workflowId: input.workflowId }, drafts);
  await storeAssistDrafts(tx, { ...run, workflowId: input.workflowId }, assist.drafts);
  await noteSlaDue(tx, run.id, input.trace);
}
