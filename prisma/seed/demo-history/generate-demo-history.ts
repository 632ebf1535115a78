import type { TImportTicket } from "../../../lib/history-import/import-record";
import { buildTicket } from "./build-ticket";
import { MINUTE } from "./calendar";
import { loadTexts } from "./load-texts";
import { planHistory } from "./plan";
import { canonicalText, TEMPLATE_SPECS, templateFor, type PlantedTemplate } from "./templates";

/** The ticket source of the demo history: its tickets and customers are keyed by (DEMO_SOURCE, externalId). */
export const DEMO_SOURCE = "demo";
export const DEMO_SEED = 2020;
export const DEMO_TICKET_COUNT = 20_000;

export interface DemoHistoryOptions {
  /** The shared data folder (banking77/, bitext/, clinc150/). */
  dataDir: string;
  /** The history covers the 90 days before this moment (rounded down to the minute). */
  now: Date;
  seed?: number;
  count?: number;
}

export interface DemoHistory {
  /** Re-iterable; each ticket is built when reached, so 20,000 of them never sit in memory with their messages. */
  tickets: Iterable<TImportTicket>;
  planted: PlantedTemplate[];
}

/**
 * The demo history: real customer texts (Banking77, Bitext, CLINC150 banking and credit cards) with generated
 * customers, dates, queues, agents, times, CSAT and agent replies. Deterministic: the same seed and `now` give
 * the same tickets, byte for byte.
 */
export function generateDemoHistory(opts: DemoHistoryOptions): DemoHistory {
  const seed = opts.seed ?? DEMO_SEED;
  const count = opts.count ?? DEMO_TICKET_COUNT;
  const nowMs = Math.floor(opts.now.getTime() / MINUTE) * MINUTE;
  const { plans } = planHistory(loadTexts(opts.dataDir), { seed, nowMs, count });

  const uses = new Map<string, number>();
  for (const p of plans) {
    const id = p.usesTemplate ? templateFor(p.profile.category)?.id : undefined;
    if (id) uses.set(id, (uses.get(id) ?? 0) + 1);
  }
  const planted = TEMPLATE_SPECS.map((t) => ({ id: t.id, categories: [...t.categories], template: canonicalText(t), tickets: uses.get(t.id) ?? 0 }));

  return {
    planted,
    tickets: {
      *[Symbol.iterator]() {
        for (let i = 0; i < plans.length; i++) yield buildTicket(plans[i]!, i + 1, seed, nowMs);
      },
    },
  };
}
