import "server-only";
import type { PrismaClient } from "@prisma/client";
import { z } from "zod";
import { SIGNAL_WINDOW_DAYS, ZSignalsViewSchema } from "@/lib/signals/view";
import { addDays } from "@/workflows/metrics/weeks";
import { drillDownTickets, type TDrillDownPage } from "../metrics/drill-down";

export const ZSignalTicketsSchema = z.object({
  view: ZSignalsViewSchema,
  category: z.string().min(1).max(200),
  /** Only the customers who came back (the repeat-contact signal), or every ticket of the category. */
  only: z.enum(["all", "repeat-contact"]).default("all"),
  cursor: z.string().optional(),
});
export type TSignalTickets = z.infer<typeof ZSignalTicketsSchema>;

/** The tickets behind a category's signal in the current window, newest first, a page at a time. */
export async function signalTickets(prisma: PrismaClient, input: TSignalTickets): Promise<TDrillDownPage> {
  const filters = { from: addDays(input.view.to, -(SIGNAL_WINDOW_DAYS - 1)), to: input.view.to, origin: input.view.origin, category: input.category };
  return drillDownTickets(prisma, {
    filters,
    group: {},
    only: input.only === "repeat-contact" ? "repeat-contact" : undefined,
    cursor: input.cursor,
    limit: 20,
  });
}
