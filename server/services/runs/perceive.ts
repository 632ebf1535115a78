import "server-only";
import type { Prisma, PrismaClient } from "@prisma/client";
import type { PerceiveInput, PerceiveResult } from "../../../workflows/interpret/live/activity-contract";
import type { ActivityResult } from "../../../workflows/interpret/activities";
import { answerAiActivity } from "../../ai/answer-ai-activity";
import type { AiProvider } from "../../ai/provider";
import type { LookupPort } from "../lookups/lookup-types";
import { draftDeps } from "./draft-deps";
import { lookupForRun } from "./lookup-for-run";

/**
 * Answers a run's AI reads at once (every read the plan makes of the ticket's text, or a draft). The answers are
 * kept under the asking call before they are returned: if the activity runs again (its worker died before Temporal
 * recorded it), it returns what the run first got, so the run decides as it did, even with a model that answers
 * differently each time. Kept answers are used only for the same reads: a call that asks something else (a run
 * that took another path after a failed batch) gets fresh ones. Intent and sentiment are kept on the ticket too,
 * unless a shadow run asks. A data-source lookup is answered here too: it only reads, and its answer is kept alike.
 */
export async function perceive(deps: { prisma: PrismaClient; ai: AiProvider; lookups?: LookupPort }, input: PerceiveInput): Promise<PerceiveResult> {
  const results = await Promise.all(
    input.reads.map((read) =>
      read.name === "lookupData" ? lookupForRun(deps, read.input) : answerAiActivity(deps.ai, read.name, read.input as never, draftDeps(deps.prisma, deps.lookups)),
    ),
  );
  // A string, not the reads themselves: jsonb reorders object keys, a string comes back as it went in.
  const asked = JSON.stringify(input.reads);
  return deps.prisma.$transaction(async (tx) => {
    const kept = await tx.$queryRaw<Array<{ result: { asked: string; results: unknown[] }; inserted: boolean }>>`
      INSERT INTO "ActivityMemo" ("workflowId", "callId", "result")
      VALUES (${input.workflowId}, ${input.memoKey}, ${JSON.stringify({ asked, results })}::jsonb)
      ON CONFLICT ("workflowId", "callId") DO UPDATE SET "workflowId" = EXCLUDED."workflowId"
      RETURNING "result", (xmax = 0) AS "inserted"`;
    const row = kept[0];
    if (row === undefined) throw new Error(`Could not keep the answers of ${input.memoKey} for ${input.workflowId}`);
    if (row.inserted && !input.dryRun) await keepOnTicket(tx, input, results);
    return { results: row.result.asked === asked ? row.result.results : results };
  });
}

async function keepOnTicket(tx: Prisma.TransactionClient, input: PerceiveInput, results: unknown[]): Promise<void> {
  const intent = results[input.reads.findIndex((r) => r.name === "classifyIntent")] as ActivityResult<"classifyIntent"> | undefined;
  const sentiment = results[input.reads.findIndex((r) => r.name === "detectSentiment")] as ActivityResult<"detectSentiment"> | undefined;
  if (intent === undefined && sentiment === undefined) return;
  await tx.$executeRaw`
    UPDATE "Ticket" SET
      "intent" = COALESCE(${intent?.label ?? null}, "intent"),
      "intentConfidence" = COALESCE(${intent?.confidence ?? null}::float8, "intentConfidence"),
      "sentiment" = COALESCE(${sentiment?.label ?? null}, "sentiment"),
      "sentimentScore" = COALESCE(${sentiment?.score ?? null}::float8, "sentimentScore"),
      "updatedAt" = now()
    WHERE "id" = ${input.ticketId}`;
}
