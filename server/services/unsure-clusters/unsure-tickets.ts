import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";

/** What the classifier answered when the ticket came in: its best intent even when it abstained, and how sure. */
export interface TIntentGuess {
  label: string;
  confidence: number;
}

export interface TUnsureTicket {
  id: string;
  subject: string;
  body: string;
  createdAt: Date;
  /** From the run's classify-intent trace line; null when the classifier failed or no line says. */
  guess: TIntentGuess | null;
}

/** The abstention's label: the local model's "unknown" when it abstains (see classifyWith). */
const ABSTAINED = "unknown";

/**
 * Live tickets (not imported history) since `since` whose classification was unsure, newest first, at most `limit`:
 * the model abstained (the ticket's intent is "unknown"), or a classify-intent step took its "unsure" way (below the
 * node's minimum), or the step's line says the text was out of scope or unlike every intent the model was trained
 * on (a model that flags so abstains too, so the ticket's intent is "unknown" either way). Shadow runs leave the
 * ticket's intent alone, so the trace is read too. A classify-intent line without details is a classifier failure:
 * not a sign of a new topic.
 */
export async function loadUnsureTickets(prisma: PrismaClient, since: Date, limit: number): Promise<TUnsureTicket[]> {
  const rows = await prisma.$queryRaw<Array<{ id: string; subject: string; body: string; createdAt: Date; details: unknown }>>(Prisma.sql`
    SELECT t."id", t."subject", t."body", t."createdAt", line."details"
    FROM "Ticket" t
    LEFT JOIN LATERAL (
      SELECT e."details"
      FROM "FlowRun" r JOIN "RunEvent" e ON e."runId" = r."id"
      WHERE r."ticketId" = t."id" AND e."nodeType" = 'classify-intent' AND e."details" IS NOT NULL
      ORDER BY e."at" DESC, e."seq" DESC
      LIMIT 1
    ) line ON TRUE
    WHERE t."importHash" IS NULL
      AND t."createdAt" >= (${since.toISOString()}::timestamptz AT TIME ZONE 'UTC')
      AND (
        t."intent" = ${ABSTAINED}
        OR EXISTS (
          SELECT 1 FROM "FlowRun" r JOIN "RunEvent" e ON e."runId" = r."id"
          WHERE r."ticketId" = t."id" AND e."nodeType" = 'classify-intent' AND e."details" IS NOT NULL
            AND (e."decision" LIKE 'unsure:%' OR e."details"->>'label' = ${ABSTAINED} OR e."details"->>'outOfScope' = 'true' OR e."details"->>'unfamiliar' = 'true')
        )
      )
    ORDER BY t."createdAt" DESC, t."id" DESC
    LIMIT ${limit}`);
  return rows.map((r) => ({ id: r.id, subject: r.subject, body: r.body, createdAt: r.createdAt, guess: guessOf(r.details) }));
}

/** The best real intent of a classify-intent line: its label, or when it abstained the first alternative. */
export function guessOf(details: unknown): TIntentGuess | null {
  if (details === null || typeof details !== "object") return null;
  const d = details as { label?: unknown; confidence?: unknown; alternatives?: unknown };
  if (typeof d.label === "string" && d.label !== ABSTAINED && typeof d.confidence === "number") return { label: d.label, confidence: d.confidence };
  const first = Array.isArray(d.alternatives) ? (d.alternatives[0] as { label?: unknown; confidence?: unknown } | undefined) : undefined;
  if (first && typeof first.label === "string" && typeof first.confidence === "number") return { label: first.label, confidence: first.confidence };
  return null;
}
