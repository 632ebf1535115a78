import type { BacktestMetrics, HistoricalTicket } from "../types";
import { memoryAiSource } from "../memory-ai-source";
import { replayTicket } from "../replay-ticket";
import { planV2, twentyTickets } from "../test-backtest-fixture";
import { answerByText } from "../test-tickets";
import { addToMetrics } from "./add-to-metrics";
import { createMetrics } from "./create-metrics";

/** 60 tickets (the fixture's 20, three times over with fresh ids) through v2, with every answer known. */
export async function replayed(): Promise<Array<{ ticket: HistoricalTicket; add: (m: BacktestMetrics) => void }>> {
  const ai = memoryAiSource(answerByText);
  const out: Array<{ ticket: HistoricalTicket; add: (m: BacktestMetrics) => void }> = [];
  for (let copy = 0; copy < 3; copy++) {
    for (const base of twentyTickets()) {
      const ticket = { ...base, snapshot: { ...base.snapshot, id: `${base.snapshot.id}-${copy}` } };
      let r = replayTicket(planV2, ticket, ai);
      while (r.kind === "needs") {
        await ai.resolve(r.requests);
        r = replayTicket(planV2, ticket, ai);
      }
      const done = r;
      out.push({ ticket, add: (m) => addToMetrics(m, ticket, done.summary, done.state) });
    }
  }
  return out;
}

export function metricsOf(items: Array<{ add: (m: BacktestMetrics) => void }>): BacktestMetrics {
  const m = createMetrics();
  for (const i of items) i.add(m);
  return m;
}
