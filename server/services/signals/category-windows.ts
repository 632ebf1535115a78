import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TSignalsView } from "@/lib/signals/view";
import { countsPerWindow, type TWindow } from "@/workflows/metrics/rising";
import { rollupCounts } from "../metrics/rollup-sums";

export interface TCategoryWindows {
  category: string;
  tickets: number[];
  repeatContacts: number[];
}

/**
 * Tickets and repeat contacts per category and window, from the rollup's day cells (one grouped read, no ticket
 * scan). Tickets without a category are left out: a rise in them says nothing a product team can act on.
 */
export async function categoryWindows(prisma: PrismaClient, view: TSignalsView, windows: readonly TWindow[]): Promise<TCategoryWindows[]> {
  const filters = { from: windows[0]!.from, to: windows.at(-1)!.to, origin: view.origin };
  const rows = await rollupCounts(prisma, filters, ["day", "category"], ["tickets", "repeatContact"]);
  const byCategory = new Map<string, { tickets: Map<string, number>; repeats: Map<string, number> }>();
  for (const { group, counts } of rows) {
    const category = String(group.category ?? "");
    if (category === "") continue;
    let entry = byCategory.get(category);
    if (!entry) byCategory.set(category, (entry = { tickets: new Map(), repeats: new Map() }));
    const day = String(group.day);
    entry.tickets.set(day, (entry.tickets.get(day) ?? 0) + counts.tickets);
    entry.repeats.set(day, (entry.repeats.get(day) ?? 0) + counts.repeatContact);
  }
  return [...byCategory].map(([category, e]) => ({
    category,
    tickets: countsPerWindow(e.tickets, windows),
    repeatContacts: countsPerWindow(e.repeats, windows),
  }));
}
