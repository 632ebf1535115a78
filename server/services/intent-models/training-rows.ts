import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TTrainingRow } from "../../ai/intent";

/**
 * The workspace's labelled history: tickets whose category came from the helpdesk (or the demo history), not
 * the ones the audit categorised, so the model never learns from its own or the audit's guesses. The text is
 * the customer's first message, which is what the flow classifies on a new ticket.
 */
export async function loadTrainingRows(prisma: PrismaClient, opts: { sources?: string[] } = {}): Promise<TTrainingRow[]> {
  const rows = await prisma.ticket.findMany({
    where: {
      category: { not: null },
      OR: [{ categorySource: null }, { categorySource: "import" }],
      ...(opts.sources && opts.sources.length > 0 ? { source: { in: opts.sources } } : {}),
    },
    select: { body: true, category: true },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => ({ text: r.body, label: r.category! }));
}
