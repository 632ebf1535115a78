import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TSignalsView } from "@/lib/signals/view";
import { wilsonInterval } from "@/workflows/metrics/intervals";
import type { TWindow } from "@/workflows/metrics/rising";
import type { TCategoryWindows } from "./category-windows";
import { categoryExamples } from "./signal-examples";
import type { TSignalsReport } from "./signal-types";

const SHOWN = 10;

/**
 * Customers who had to come back about the same issue, by category, in the current window: the categories with the
 * most repeat contacts, each with its rate (and the rate's interval, so 1 of 2 does not read as 50%).
 */
export async function repeatContacts(
  prisma: PrismaClient,
  view: TSignalsView,
  windows: readonly TWindow[],
  perCategory: readonly TCategoryWindows[],
): Promise<TSignalsReport["repeats"]> {
  const current = perCategory.map((c) => ({ c, tickets: c.tickets.at(-1) ?? 0, repeats: c.repeatContacts.at(-1) ?? 0 }));
  const shown = current
    .filter((x) => x.repeats > 0)
    .sort((a, b) => b.repeats - a.repeats || b.repeats / b.tickets - a.repeats / a.tickets)
    .slice(0, SHOWN);
  const examples = await categoryExamples(prisma, view, windows.at(-1)!, shown.map((x) => x.c.category), "repeat-contact");
  return {
    tickets: current.reduce((a, x) => a + x.tickets, 0),
    repeatContacts: current.reduce((a, x) => a + x.repeats, 0),
    categories: shown.map(({ c, tickets, repeats }) => {
      const interval = wilsonInterval(repeats, tickets) ?? { low: 0, high: 1 };
      return {
        category: c.category,
        tickets,
        repeatContacts: repeats,
        rate: tickets === 0 ? 0 : repeats / tickets,
        ...interval,
        trend: c.repeatContacts,
        examples: examples.get(c.category) ?? [],
      };
    }),
  };
}
