import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TDraftOutcome } from "../../../lib/tickets/draft-outcome";

export interface AssistOutcomeRow {
  /** The intent the draft answered; null groups the drafts that had none. */
  intent: string | null;
  drafts: number;
  /** Drafts no agent has sent or discarded yet. */
  open: number;
  outcomes: Record<TDraftOutcome, number>;
  /** Sent as drafted over the drafts agents acted on: how often the draft needed no change at all. */
  asDraftedRate: number | null;
}

/**
 * Per intent, what agents did with the AI's Tier 2 drafts: sent as drafted, edited, rewritten or discarded. Beside the
 * shadow review's verdicts it answers the same question from real sends: how far the AI's reply can be trusted.
 */
export async function assistOutcomes(prisma: PrismaClient): Promise<AssistOutcomeRow[]> {
  const groups = await prisma.assistDraft.groupBy({ by: ["intent", "outcome"], _count: { _all: true } });
  const rows = new Map<string | null, AssistOutcomeRow>();
  for (const g of groups) {
    let row = rows.get(g.intent);
    if (row === undefined) {
      row = { intent: g.intent, drafts: 0, open: 0, outcomes: { sent: 0, edited: 0, rewritten: 0, discarded: 0 }, asDraftedRate: null };
      rows.set(g.intent, row);
    }
    const n = g._count._all;
    row.drafts += n;
    if (g.outcome === null) row.open += n;
    else if (g.outcome in row.outcomes) row.outcomes[g.outcome as TDraftOutcome] += n;
  }
  for (const row of rows.values()) {
    const acted = row.drafts - row.open;
    row.asDraftedRate = acted > 0 ? row.outcomes.sent / acted : null;
  }
  return [...rows.values()].sort((a, b) => b.drafts - a.drafts || String(a.intent).localeCompare(String(b.intent)));
}
