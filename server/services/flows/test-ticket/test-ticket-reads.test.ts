import { describe, expect, it } from "vitest";
import type { AiProvider } from "../../../ai/provider";
import type { LookupPort } from "../../lookups/lookup-types";
import { planOf, ticket } from "../../../../workflows/interpret/test-driver";
import { ticketViewOf } from "../../../../workflows/interpret/ticket-view";
import { driveTestTicket } from "./drive-test-ticket";
import { testTicketReads } from "./test-ticket-reads";

/**
 *   trigger ─▶ orders (lookup) ─found─▶ found (end)
 *                  ├─not-found─▶ missing (end)
 *                  └─failed────▶ down (end)
 */
const graph = {
  nodes: [
    { id: "trigger", type: "trigger", position: { x: 0, y: 0 }, data: { label: "New ticket", on: "ticket.created" } },
    { id: "orders", type: "lookup", position: { x: 200, y: 0 }, data: { label: "Look up the order", source: "orders" } },
    { id: "found", type: "end", position: { x: 400, y: 0 }, data: { label: "Found" } },
    { id: "missing", type: "end", position: { x: 400, y: 100 }, data: { label: "Missing" } },
    { id: "down", type: "end", position: { x: 400, y: 200 }, data: { label: "Down" } },
  ],
  edges: [
    { id: "e1", source: "trigger", sourceHandle: "next", target: "orders" },
    { id: "e2", source: "orders", sourceHandle: "found", target: "found" },
    { id: "e3", source: "orders", sourceHandle: "not-found", target: "missing" },
    { id: "e4", source: "orders", sourceHandle: "failed", target: "down" },
  ],
};

const noAi = {} as AiProvider;
const START = Date.parse("2026-03-02T10:00:00.000Z");

function drive(lookups: LookupPort | undefined) {
  return driveTestTicket(testTicketReads({ ai: noAi, lookups }), {
    plan: planOf(graph),
    snapshot: ticket({ subject: "Where is it?", body: "Where is order 123456?", pageUrl: "https://shop.example.com/orders", createdAt: new Date(START).toISOString() }, { name: "Jamie", plan: "pro" }),
    calendar: { timeZone: "UTC", hours: [], holidays: [] },
    turns: [],
    startMs: START,
    ran: { kind: "draft" },
  });
}

describe("a test ticket's lookups", () => {
  it("ask the data source about the ticket as typed, with no stored ticket to read from or keep on", async () => {
    const asked: unknown[] = [];
    const lookups: LookupPort = {
      sourcesFor: async () => [],
      lookup: async (input) => {
        asked.push(input);
        return { source: input.source, status: "found", request: "/orders/123456", fields: { status: "shipped" } };
      },
    };
    const result = await drive(lookups);
    expect(asked).toEqual([
      {
        source: "orders",
        ticketId: null,
        context: {
          ticket: { externalId: "ext-1", subject: "Where is it?", body: "Where is order 123456?", latestMessage: "Where is order 123456?", pageUrl: "https://shop.example.com/orders", customFields: {} },
          customer: { externalId: "c1", email: null, name: "Jamie", plan: "pro" },
        },
      },
    ]);
    expect(result.outcome).toMatchObject({ kind: "no-action" });
    expect(result.trace.at(-1)).toMatchObject({ nodeId: "found" });
  });

  it("fail down the failed path when the data source throws or none can be reached", async () => {
    const broken: LookupPort = { sourcesFor: async () => [], lookup: async () => Promise.reject(new Error("connection refused")) };
    const down = await drive(broken);
    expect(down.trace.at(-1)).toMatchObject({ nodeId: "down" });
    expect(down.trace.find((l) => l.nodeId === "orders")?.reason).toMatch(/connection refused/);
    expect((await drive(undefined)).trace.at(-1)).toMatchObject({ nodeId: "down" });
  });

  it("reach the draft too, through a port that never names a stored ticket", async () => {
    const asked: Array<string | null> = [];
    const lookups: LookupPort = {
      sourcesFor: async () => [{ name: "orders", description: "Orders", intents: [], fields: [{ name: "status", type: "string" }], variables: [], answerTemplate: null }],
      lookup: async (input) => {
        asked.push(input.ticketId);
        return { source: input.source, status: "found", request: "/orders/123456", fields: { status: "shipped" } };
      },
    };
    const ai = {
      retrieve: async () => [],
      draftReply: async ({ data }: { data?: { lookup(source: string): Promise<{ fields: Record<string, unknown> }> } | null }) => {
        const order = await data!.lookup("orders");
        return { text: `Your order has ${String(order.fields.status)}.`, confidence: 0.9, citations: [] };
      },
    } as unknown as AiProvider;
    const read = testTicketReads({ ai, lookups });
    const draft = await read("draftReply", { ticketId: "test-ticket", text: "Where is order 123456?", intent: "order_status", maxPassages: 3 }, ticketViewOf(ticket()));
    expect(draft).toMatchObject({ text: "Your order has shipped.", lookups: [expect.objectContaining({ source: "orders", status: "found" })] });
    expect(asked).toEqual([null]);
  });
});
