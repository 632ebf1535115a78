import { createWriteStream } from "node:fs";
import { once } from "node:events";
import queues from "../../prisma/seed/queues.json";
import type { AiAnswerSource, AiRequest, HistoricalTicket } from "../../workflows/interpret/replay/types";
import { findExample } from "../../workflows/examples";
import { compile } from "../../workflows/compile";
import type { TFlowGraph } from "../../workflows/model/graph";
import type { FlowPlan } from "../../workflows/model/plan";
import { sampleRows } from "./sample-texts";

/**
 * Historical tickets for the backtest benchmarks: real customer texts (Banking77) with their category,
 * generated metadata and a timeline (an agent's first reply, sometimes a customer follow-up, the
 * resolution). Ticket i is a pure function of i, so the in-process run and the 1M-ticket file agree.
 */
const SAMPLE = 10_000;
const BASE_MS = Date.UTC(2026, 5, 1);
const CHANNELS = ["email", "email", "chat", "web", "email", "phone"] as const;
const PLANS = ["standard", "standard", "pro", "standard", "premium"] as const;
const QUEUE_OF = new Map(queues.flatMap((q) => q.categories.map((c) => [c, q.name] as const)));

export interface TicketFactory {
  ticket(i: number): HistoricalTicket;
  /** Model answers as the local provider would give them: the ticket's category, with a confidence that varies by ticket. */
  answer(request: AiRequest): unknown;
}

export function ticketFactory(): TicketFactory {
  const rows = sampleRows(SAMPLE);
  const categoryOfText = new Map<string, string>();
  const subjects = rows.map((r) => subjectOf(r.text));
  rows.forEach((r, i) => categoryOfText.set(`${subjects[i]}\n${r.text}`, r.category));

  const ticket = (i: number): HistoricalTicket => {
    const row = rows[i % rows.length]!;
    const createdMs = BASE_MS + i * 23_000;
    const firstMin = 5 + ((i * 37) % 600); // up to 10 h: some inside the 4 h SLA, some not
    const resolvedMin = firstMin + 30 + ((i * 53) % 1_440);
    const iso = (min: number) => new Date(createdMs + min * 60_000).toISOString();
    const timeline: HistoricalTicket["timeline"] = [];
    if (i % 5 === 0) timeline.push({ type: "customer.replied", at: iso(Math.floor(firstMin / 2)), body: "Any update on this? It is still not sorted." });
    timeline.push({ type: "agent.replied", at: iso(firstMin), author: `agent-${i % 40}` });
    timeline.push({ type: "ticket.updated", at: iso(resolvedMin), changes: { status: "solved" } });
    return {
      snapshot: {
        id: `bench-${i}`,
        source: "bench",
        externalId: String(i),
        subject: subjects[i % rows.length]!,
        body: row.text,
        channel: CHANNELS[i % CHANNELS.length]!,
        pageUrl: null,
        status: "new",
        priority: i % 17 === 0 ? "urgent" : i % 6 === 0 ? "high" : "normal",
        tags: i % 29 === 0 ? ["vip"] : [],
        language: "en",
        queue: null,
        createdAt: new Date(createdMs).toISOString(),
        customer: { id: `c-${i % 30_000}`, name: `Customer ${i % 30_000}`, plan: PLANS[i % PLANS.length]!, enterprise: i % 23 === 0, contactsLast24h: i % 19 === 0 ? 3 : 1 + (i % 7 === 0 ? 1 : 0) },
      },
      timeline,
      recorded: {
        category: row.category,
        queue: QUEUE_OF.get(row.category) ?? "general",
        tier: null,
        escalated: i % 31 === 0,
        firstResponseAt: iso(firstMin),
        resolvedAt: iso(resolvedMin),
        handleTimeSec: 180 + ((i * 11) % 900),
        csat: i % 3 === 0 ? 1 + (i % 5) : null,
      },
    };
  };

  const answer = (request: AiRequest): unknown => {
    const n = Number(request.input.ticketId.slice("bench-".length));
    switch (request.name) {
      case "classifyIntent":
        return { label: categoryOfText.get(request.input.text) ?? "contact_customer_service", confidence: 0.45 + ((n * 7) % 55) / 100, alternatives: [], model: "bench" };
      case "detectSentiment": {
        const negative = n % 7 === 0;
        return { label: negative ? "negative" : "neutral", score: negative ? -0.55 : 0.05, frustrated: n % 21 === 0, asksForHuman: n % 26 === 0 };
      }
      case "draftReply":
        return { text: "Here is what to do next.", confidence: 0.5 + ((n * 13) % 50) / 100, citations: [{ articleId: "kb-1", title: "Help" }], blockedBy: null, model: "bench" };
    }
  };
  return { ticket, answer };
}

/** An answer source that computes every answer (no storage): for runs too large to cache in memory. */
export function computedAiSource(answer: (request: AiRequest) => unknown): AiAnswerSource {
  return { modelVersion: "bench-computed", lookup: answer, resolve: async () => {} };
}

export async function* ticketStream(ticket: (i: number) => HistoricalTicket, count: number): AsyncGenerator<HistoricalTicket> {
  for (let i = 0; i < count; i++) yield ticket(i);
}

/** Writes `count` tickets as NDJSON, streaming: memory does not grow with the count. */
export async function writeTicketFile(file: string, factory: TicketFactory, count: number): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < count; i++) {
    if (!out.write(`${JSON.stringify(factory.ticket(i))}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

/** The 29-node tiered-support example (the candidate) and the version before it (the baseline): a lower AI threshold, a longer SLA. */
export function benchPlans(): { candidate: FlowPlan; baseline: FlowPlan; nodes: number } {
  const graph = findExample("tiered-support")!.graph;
  const before = structuredClone(graph) as TFlowGraph;
  for (const node of before.nodes) {
    if (node.id === "ai-answer" && node.type === "ai-reply") node.data.threshold = 0.7;
    if (node.id === "first-response-sla" && node.type === "sla-timer") node.data.within = "8h";
  }
  return { candidate: planOf(graph), baseline: planOf(before), nodes: graph.nodes.length };
}

function planOf(graph: TFlowGraph): FlowPlan {
  const compiled = compile(graph);
  if (!compiled.ok) throw new Error(`bench flow does not compile: ${compiled.errors.map((e) => e.message).join("; ")}`);
  return compiled.plan;
}

function subjectOf(text: string): string {
  const words = text.split(/\s+/).slice(0, 6).join(" ");
  return words.length > 60 ? words.slice(0, 60) : words;
}
