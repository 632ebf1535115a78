import "server-only";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Prisma, PrismaClient } from "@prisma/client";
import { publishFlowVersion } from "../flows/publish-flow-version";
import { ZImportTicketSchema, type TImportTicketInput } from "../../../lib/history-import/import-record";
import { importTickets } from "../history-import/import-tickets";
import type { TStartBacktest } from "./start-backtest";

/**
 * Shared by the backtest integration tests: a small history under its own source (the database is shared), imported
 * through the real importer, with known facts per ticket so tests can count what a flow must do.
 */
export const SCOPED_BASE = new Date("2026-09-01T08:00:00.000Z");
const MINUTE = 60_000;

export interface ScopedTicketFacts {
  externalId: string;
  channel: "chat" | "email";
  enterprise: boolean;
  category: string;
  queue: string;
}

/** Ticket i: chat when i % 3 == 0; tickets 2k and 2k+1 share customer k, an enterprise account when k % 3 == 0; handled in "enterprise" or "general"; a follow-up on every fourth. */
export function scopedFacts(count: number): ScopedTicketFacts[] {
  return Array.from({ length: count }, (_, i) => {
    const enterprise = Math.floor(i / 2) % 3 === 0;
    return { externalId: `t${i}`, channel: i % 3 === 0 ? "chat" : "email", enterprise, category: i % 2 === 0 ? "card_arrival" : "billing", queue: enterprise ? "enterprise" : "general" };
  });
}

export function scopedTicket(facts: ScopedTicketFacts, i: number): TImportTicketInput {
  const createdAt = new Date(SCOPED_BASE.getTime() + i * 60 * MINUTE);
  const at = (minutes: number) => new Date(createdAt.getTime() + minutes * MINUTE);
  const body = `Ticket ${i}: where is my card?`;
  const messages: TImportTicketInput["messages"] = [
    { externalId: "m1", author: "customer", body, createdAt },
    { externalId: "m2", author: "agent", authorName: "Bo", body: "We are on it", createdAt: at(10) },
  ];
  if (i % 4 === 0) messages.push({ externalId: "m3", author: "customer", body: "Any news?", createdAt: at(20) });
  return {
    externalId: facts.externalId,
    subject: `Card question ${i}`,
    body,
    channel: facts.channel,
    status: "solved",
    createdAt,
    firstResponseAt: at(10),
    resolvedAt: at(45),
    handleTimeSec: 240,
    category: facts.category,
    queue: facts.queue,
    // Two tickets a customer, an hour apart: the second has two contacts in 24 h.
    customer: { externalId: `c${Math.floor(i / 2)}`, name: `Customer ${i}`, enterprise: facts.enterprise },
    messages,
  };
}

/** Imports the tickets under `source` through the importer the product uses. */
export async function importScoped(prisma: PrismaClient, source: string, tickets: TImportTicketInput[]): Promise<void> {
  function* items() {
    let record = 0;
    for (const t of tickets) yield { ok: true as const, position: { record: ++record }, ticket: ZImportTicketSchema.parse(t) };
  }
  const result = await importTickets(prisma, items(), { source });
  if (result.rejected > 0) throw new Error(`Scoped history rejected: ${JSON.stringify(result.rejections[0])}`);
}

export async function ensureQueues(prisma: PrismaClient, names: string[]): Promise<void> {
  for (const name of names) await prisma.queue.upsert({ where: { name }, create: { name }, update: {} });
}

/** Two versions of a routing flow (fixtures/*.json); B adds a rule before A's: chat tickets go to "technical". */
export function routingGraphs(): { a: unknown; b: unknown; aPath: string; bPath: string } {
  const aPath = fileURLToPath(new URL("./fixtures/route-by-account.json", import.meta.url));
  const bPath = fileURLToPath(new URL("./fixtures/route-chat-to-technical.json", import.meta.url));
  return { a: JSON.parse(readFileSync(aPath, "utf8")), b: JSON.parse(readFileSync(bPath, "utf8")), aPath, bPath };
}

/** A flow with versions A (v1) and B (v2), and B's graph as its draft. */
export async function flowWithTwoVersions(prisma: PrismaClient, name: string): Promise<{ flowId: string; a: string; b: string }> {
  const { a, b } = routingGraphs();
  const flow = await prisma.flow.create({ data: { name, draftGraph: b as Prisma.InputJsonValue } });
  const va = await publishFlowVersion(prisma, { flowId: flow.id, graph: a, author: "test" });
  const vb = await publishFlowVersion(prisma, { flowId: flow.id, graph: b, author: "test" });
  return { flowId: flow.id, a: va.id, b: vb.id };
}

/** Version B replayed against version A (see flowWithTwoVersions) over one source's tickets, by the given runner. */
export function bAgainstA(flow: { flowId: string; a: string; b: string }, source: string, runner: TStartBacktest["runner"]): TStartBacktest {
  return {
    flowId: flow.flowId,
    candidate: { kind: "version", versionId: flow.b },
    baseline: { kind: "version", versionId: flow.a },
    selection: { sources: [source], seed: 1 },
    runner,
  };
}
