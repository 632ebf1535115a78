import { describe, expect, it } from "vitest";
import { flow, n } from "../../compile/test-graphs";
import { planOf } from "../test-driver";
import { memoryAiSource } from "./memory-ai-source";
import { lookupSourcesOf } from "./recorded-lookup";
import { replayTicket } from "./replay-ticket";
import { runBacktest } from "./run-backtest";
import { historical } from "./test-tickets";
import type { HistoricalTicket } from "./types";

/*
 *  trigger ─▶ lookup(orders) ─found─────▶ route(orders)
 *                  ├─not found─▶ route(general)
 *                  └─failed────▶ escalate
 */
const plan = planOf(
  flow({ t: n.trigger(), look: n.raw("lookup", { source: "orders" }), hit: n.route("orders"), miss: n.route("general"), down: n.escalate("Order system down") }, [
    "t -> look",
    "look:found -> hit",
    "look:not-found -> miss",
    "look:failed -> down",
  ]),
);

const recorded = (ticket: HistoricalTicket, status: "found" | "failed"): HistoricalTicket => ({
  ...ticket,
  lookups: { orders: { source: "orders", status, request: "/orders/A-1", fields: status === "found" ? { state: "shipped" } : {}, error: null, cached: true } },
});

/** A source that fails the test if the replay asks it anything: a lookup is never a model request. */
const noModel = memoryAiSource(() => {
  throw new Error("the replay asked the model");
});

describe("a backtest's lookups", () => {
  it("read the result the ticket's live run kept, and ask nothing of anyone", () => {
    const replayed = replayTicket(plan, recorded(historical({ id: "a" }), "found"), noModel);
    expect(replayed.kind).toBe("done");
    if (replayed.kind !== "done") return;
    expect(replayed.state.trace[1]).toMatchObject({ nodeId: "look", decision: "found", details: { request: "/orders/A-1", fields: { state: "shipped" } } });
    expect(replayed.summary.queue).toBe("orders");
    expect(noModel.stats.resolveCalls).toBe(0);
  });

  it("take the path the live run took when its lookup failed", () => {
    const replayed = replayTicket(plan, recorded(historical({ id: "b" }), "failed"), noModel);
    expect(replayed.kind === "done" && replayed.summary.kind).toBe("escalated");
  });

  it("go down not found, saying so, when the ticket has no recorded result", () => {
    const replayed = replayTicket(plan, historical({ id: "c" }), noModel);
    expect(replayed.kind).toBe("done");
    if (replayed.kind !== "done") return;
    expect(replayed.state.trace[1]).toMatchObject({ decision: "not recorded", details: { status: "not_recorded" } });
    expect(replayed.state.trace[1]?.reason).toBe('No recorded result of orders for this ticket, so a backtest takes "not found"');
    expect(replayed.summary.queue).toBe("general");
  });

  it("count the tickets without a recorded result on the node, for the run's caveats", async () => {
    async function* tickets() {
      yield recorded(historical({ id: "d" }), "found");
      yield historical({ id: "e" });
      yield historical({ id: "f" });
    }
    const result = await runBacktest({ candidate: plan, baseline: "history", tickets: tickets(), ai: noModel });
    expect(result.candidate.nodeHits["look"]).toMatchObject({ found: { count: 1 }, "not recorded": { count: 2, sample: ["e", "f"] } });
  });

  it("are loaded only for the sources the replayed flows look up", () => {
    const other = planOf(flow({ t: n.trigger(), look: n.raw("lookup", { source: "billing" }), x: n.end() }, ["t -> look", "look:found -> x", "look:not-found -> x"]));
    expect(lookupSourcesOf([plan, other, plan, "history"])).toEqual(["orders", "billing"]);
    expect(lookupSourcesOf([planOf(flow({ t: n.trigger(), x: n.end() }, ["t -> x"]))])).toEqual([]);
  });
});
