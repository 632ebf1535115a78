import { all, eq, flow, labelled, n } from "../../compile/test-graphs";
import { planOf } from "../test-driver";
import type { HistoricalTicket } from "./types";
import { at, historical } from "./test-tickets";

/*
 * Two versions of a routing flow, for backtest tests.
 *
 *  v1:  trigger ─▶ classify(min 0) ─▶ switch by intent ──cards──▶ route(cards)
 *                                          ├──transfers──▶ route(transfers)
 *                                          └──fallback──▶ route(general)
 *
 *  v2:  trigger ─▶ classify(min 0.70) ──unsure──▶ route(general)
 *                        └─▶ switch by intent ──cards──▶ route(cards)
 *                                  ├──transfers──▶ route(transfers)
 *                                  ├──password──▶ ai-reply(0.7, autonomous) ──sent──▶ resolve
 *                                  │                        └──handoff──▶ route(account-security)
 *                                  └──fallback──▶ route(general)
 *
 * With `answerByText`, transfers are classified at 0.62: v2 sends them to general as unsure. Password
 * resets are answered and resolved by v2; v1 routes them to general.
 */
const byIntent = (...labels: string[]) => n.switch(...labels.map((l): [string, string, unknown] => [l, l, all(eq("intent.label", l === "password" ? "password_reset" : l))]));

export const planV1 = planOf(
  flow(
    { t: n.trigger(), c: n.classify(), s: byIntent("cards", "transfers"), cards: n.route("cards"), transfers: n.route("transfers"), general: n.route("general") },
    ["t -> c", "c -> s", "s:cards -> cards", "s:transfers -> transfers", "s:fallback -> general"],
  ),
);

export const planV2 = planOf(
  flow(
    {
      t: n.trigger(),
      c: n.raw("classify-intent", { minConfidence: 0.7 }),
      s: byIntent("cards", "transfers", "password"),
      cards: n.route("cards"),
      transfers: n.route("transfers"),
      general: n.route("general"),
      ai: n.aiReply(0.7),
      done: n.resolve(),
      security: n.route("account-security"),
    },
    ["t -> c", "c:unsure -> general", "c -> s", "s:cards -> cards", "s:transfers -> transfers", "s:password -> ai", "s:fallback -> general", "ai:sent -> done", "ai:handoff -> security"],
  ),
);

/**
 * A card escalation, for backtests of versions that differ only in what the escalation does:
 *
 *   trigger ─▶ classify ─▶ switch by intent ──cards──▶ “Escalate card problems” (priority, message to the customer)
 *                                    └──fallback──▶ route(general)
 *
 * Of the 20 tickets, the 6 about cards reach the escalation.
 */
export function cardEscalation(escalation: { priority: "low" | "normal" | "high" | "urgent"; customerMessage: string }) {
  return planOf(
    flow(
      {
        t: n.trigger(),
        c: n.classify(),
        s: byIntent("cards"),
        vip: labelled("Escalate card problems", n.raw("escalate", { reason: "Card problem", queue: "cards", ...escalation })),
        general: n.route("general"),
      },
      ["t -> c", "c -> s", "s:cards -> vip", "s:fallback -> general"],
    ),
  );
}

/**
 * 20 tickets: 6 about cards (2 of them recorded in general), 5 transfers, 4 password resets (2 with a
 * recorded handle time of 600 s), 5 general questions. Every ticket was answered after 30 minutes and
 * resolved after 4 hours.
 */
export function twentyTickets(): HistoricalTicket[] {
  const kinds: Array<{ count: number; body: string; category: string; queue: (i: number) => string; handle: (i: number) => number | null }> = [
    { count: 6, body: "my card has not arrived", category: "card_arrival", queue: (i) => (i < 2 ? "general" : "cards"), handle: () => 400 },
    { count: 5, body: "my transfer is pending", category: "transfer_pending", queue: () => "transfers", handle: () => 500 },
    { count: 4, body: "I forgot my password", category: "password_reset", queue: () => "account-security", handle: (i) => (i < 2 ? 600 : null) },
    { count: 5, body: "a question about fees", category: "fees", queue: () => "general", handle: () => 300 },
  ];
  const tickets: HistoricalTicket[] = [];
  for (const k of kinds) {
    for (let i = 0; i < k.count; i++) {
      const id = `t${tickets.length + 1}`;
      tickets.push(
        historical({ id, externalId: id, subject: "Help", body: k.body }, [{ afterMin: 30, type: "agent.replied" }, { afterMin: 240, type: "ticket.updated", status: "solved" }], {
          category: k.category,
          queue: k.queue(i),
          firstResponseAt: at(30),
          resolvedAt: at(240),
          handleTimeSec: k.handle(i),
        }),
      );
    }
  }
  return tickets;
}

export async function* streamOf<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}
