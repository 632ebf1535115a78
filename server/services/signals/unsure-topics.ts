import "server-only";
import type { PrismaClient } from "@prisma/client";
import { countsPerWindow, type TWindow } from "@/workflows/metrics/rising";
import { dayOf } from "@/workflows/metrics/weeks";
import { summarizeError } from "../../lib/error-summary";
import { possibleNewIntents, type PossibleNewIntentsDeps, type TPossibleNewIntents } from "../unsure-clusters/possible-new-intents";
import { EXAMPLES_PER_SIGNAL } from "./signal-examples";
import type { TUnsureTopics } from "./signal-types";

export type UnsureTopicsSource = (deps: PossibleNewIntentsDeps) => Promise<TPossibleNewIntents>;

/**
 * Groups of recent tickets the classifier was unsure about that say the same thing (the AI models page's
 * "possible new intents", reused as is), each with its weekly trend. A failure here is reported in its own section
 * rather than failing the other signals.
 */
export async function unsureTopics(prisma: PrismaClient, windows: readonly TWindow[], source: UnsureTopicsSource = possibleNewIntents): Promise<TUnsureTopics> {
  try {
    const found = await source({ prisma });
    const ids = found.clusters.flatMap((c) => c.ticketIds);
    const created = ids.length === 0 ? [] : await prisma.ticket.findMany({ where: { id: { in: ids } }, select: { id: true, createdAt: true } });
    const dayOfTicket = new Map(created.map((t) => [t.id, dayOf(t.createdAt.getTime())]));
    return {
      ok: true,
      windowDays: found.windowDays,
      unsure: found.unsure,
      minSize: found.minSize,
      topics: found.clusters.map((c) => {
        const days = new Map<string, number>();
        for (const id of c.ticketIds) {
          const day = dayOfTicket.get(id);
          if (day !== undefined) days.set(day, (days.get(day) ?? 0) + 1);
        }
        return {
          terms: c.terms,
          size: c.size,
          nearestIntent: c.nearest?.intent ?? null,
          trend: countsPerWindow(days, windows),
          examples: c.examples.slice(0, EXAMPLES_PER_SIGNAL).map((e) => ({ ticketId: e.ticketId, subject: e.subject, createdAt: e.createdAt })),
        };
      }),
    };
  } catch (error) {
    console.error(error);
    return { ok: false, message: summarizeError(error).message };
  }
}
