import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TSignalsView } from "@/lib/signals/view";
import { RISING_DEFAULTS, risingSeries, type TWindow } from "@/workflows/metrics/rising";
import type { TCategoryWindows } from "./category-windows";
import { categoryExamples } from "./signal-examples";
import type { TSignalsReport } from "./signal-types";

/**
 * Every category with tickets in the windows, each tested against its own baseline; the rising ones first (most
 * unlikely first), then the rest by how far above their usual volume they are. Examples for the rising ones only.
 */
export async function risingCategories(
  prisma: PrismaClient,
  view: TSignalsView,
  windows: readonly TWindow[],
  perCategory: readonly TCategoryWindows[],
): Promise<TSignalsReport["rising"]> {
  const results = risingSeries(perCategory.map((c) => ({ key: c.category, windows: c.tickets })));
  const trends = new Map(perCategory.map((c) => [c.category, c.tickets]));
  const flagged = results.filter((r) => r.rising).map((r) => r.key);
  const examples = await categoryExamples(prisma, view, windows.at(-1)!, flagged);
  const categories = results
    .map((r) => ({ ...r, category: r.key, trend: trends.get(r.key) ?? [], examples: examples.get(r.key) ?? [] }))
    .sort((a, b) => Number(b.rising) - Number(a.rising) || a.q - b.q || a.p - b.p || b.observed - a.observed);
  return { checked: results.length, minObserved: RISING_DEFAULTS.minObserved, alpha: RISING_DEFAULTS.alpha, categories };
}
