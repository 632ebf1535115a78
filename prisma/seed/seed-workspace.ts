import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Channel, Prisma, PrismaClient, TicketPriority, TicketStatus } from "@prisma/client";
import { parse } from "csv-parse/sync";
import queues from "./queues.json";

/**
 * The demo workspace: queues (queues.json), a few agents, ~40 customers and ~200 tickets whose texts are real
 * Banking77 customer messages (CC BY 4.0, PolyAI) with generated metadata (dates, channel, status, CSAT...).
 * Idempotent: queues and agents are upserted, customers and tickets keyed by (source "demo", externalId) and
 * inserted only when missing, so it can run on every start. Everything random comes from fixed seeds; only the
 * dates are relative to `now`, so the history always covers the last 30 days.
 */
export async function seedWorkspace(
  prisma: PrismaClient,
  opts: { now?: Date } = {},
): Promise<{ queues: number; agents: number; customers: number; tickets: number }> {
  const queueIds = new Map<string, string>();
  for (const q of queues) {
    const data = { description: q.description, skills: q.skills };
    const row = await prisma.queue.upsert({ where: { name: q.name }, create: { name: q.name, ...data }, update: data });
    queueIds.set(q.name, row.id);
  }

  for (const a of AGENTS) {
    const data = { name: a.name, queueId: queueIds.get(a.queue) ?? null, skills: skillsOf(a.queue) };
    await prisma.agent.upsert({ where: { email: a.email }, create: { email: a.email, ...data }, update: data });
  }

  const customers = demoCustomers();
  await prisma.customer.createMany({ data: customers, skipDuplicates: true });

  const texts = loadBanking77();
  if (texts) {
    const customerIds = new Map(
      (await prisma.customer.findMany({ where: { source: DEMO }, select: { id: true, externalId: true } })).map(
        (c) => [c.externalId, c.id],
      ),
    );
    const tickets = demoTickets(texts, customers, customerIds, queueIds, opts.now ?? new Date());
    await prisma.ticket.createMany({ data: tickets, skipDuplicates: true });
  }

  const [q, a, c, t] = await Promise.all([
    prisma.queue.count(),
    prisma.agent.count(),
    prisma.customer.count({ where: { source: DEMO } }),
    prisma.ticket.count({ where: { source: DEMO } }),
  ]);
  return { queues: q, agents: a, customers: c, tickets: t };
}

const DEMO = "demo";
const CUSTOMER_COUNT = 40;
const TICKET_COUNT = 200;
const DAY = 86_400_000;

const AGENTS = [
  { name: "Maya Okafor", email: "maya.okafor@studio.example", queue: "billing" },
  { name: "Luis Romero", email: "luis.romero@studio.example", queue: "cards" },
  { name: "Hannah Berg", email: "hannah.berg@studio.example", queue: "transfers" },
  { name: "Kenji Watanabe", email: "kenji.watanabe@studio.example", queue: "account-security" },
  { name: "Amira Haddad", email: "amira.haddad@studio.example", queue: "disputes" },
  { name: "Tom Fischer", email: "tom.fischer@studio.example", queue: "general" },
  { name: "Priya Nair", email: "priya.nair@studio.example", queue: "escalations" },
  { name: "Sam Carter", email: "sam.carter@studio.example", queue: "technical" },
  { name: "Elena Petrova", email: "elena.petrova@studio.example", queue: "enterprise" },
];

const FIRST = ["Ava", "Ben", "Chloe", "Daniel", "Emma", "Felix", "Grace", "Hugo", "Isla", "Jonas", "Kira", "Leo", "Mia", "Noah", "Olivia", "Pablo", "Quinn", "Rosa", "Sofia", "Theo"];
const LAST = ["Adams", "Brown", "Costa", "Dubois", "Evans", "Garcia", "Hughes", "Ivanov", "Jensen", "Kowalski", "Lopez", "Meyer", "Nguyen", "Olsen", "Patel", "Rossi", "Schmidt", "Tanaka", "Walsh", "Young"];

function demoCustomers(): Prisma.CustomerCreateManyInput[] {
  const rand = prng(77);
  return Array.from({ length: CUSTOMER_COUNT }, (_, i) => {
    const first = pick(rand, FIRST);
    const last = pick(rand, LAST);
    const enterprise = i % 8 === 0; // 5 of 40
    return {
      source: DEMO,
      externalId: `demo-c${String(i + 1).padStart(3, "0")}`,
      name: `${first} ${last}`,
      email: `${first}.${last}.${i + 1}@customer.example`.toLowerCase(),
      plan: enterprise ? "enterprise" : rand() < 0.3 ? "pro" : "standard",
      enterprise,
    };
  });
}

function demoTickets(
  texts: { text: string; category: string }[],
  customers: Prisma.CustomerCreateManyInput[],
  customerIds: Map<string, string>,
  queueIds: Map<string, string>,
  now: Date,
): Prisma.TicketCreateManyInput[] {
  const rand = prng(2020);
  const rows = sample(rand, texts, TICKET_COUNT);
  const anchor = Math.floor(now.getTime() / 60_000) * 60_000;
  return rows.map((row, i) => {
    const customer = customers[Math.floor(rand() * customers.length)]!;
    const createdAt = new Date(anchor - rand() * 30 * DAY);
    const firstResponseAt = new Date(createdAt.getTime() + (5 + rand() * rand() * 480) * 60_000);
    const resolvedAt = new Date(firstResponseAt.getTime() + (0.5 + rand() * rand() * 72) * 3_600_000);
    const done = resolvedAt.getTime() < anchor && rand() < 0.92;
    const status: TicketStatus = done ? (rand() < 0.7 ? "closed" : "solved") : firstResponseAt.getTime() < anchor ? weighted(rand, { open: 3, pending: 2 }) : "new";
    const queue = customer.enterprise ? "enterprise" : rand() < 0.05 ? "escalations" : queueOf(row.category);
    const agent = AGENTS.find((a) => a.queue === queue);
    return {
      source: DEMO,
      externalId: `demo-t${String(i + 1).padStart(4, "0")}`,
      customerId: customerIds.get(customer.externalId)!,
      subject: subjectOf(row.text),
      body: row.text,
      channel: weighted<Channel>(rand, { email: 45, chat: 30, web: 15, phone: 5, social: 5 }),
      language: "en",
      status,
      priority: weighted<TicketPriority>(rand, { low: 20, normal: 55, high: 20, urgent: 5 }),
      queueId: queueIds.get(queue) ?? null,
      assignee: status === "new" ? null : (agent?.name ?? null),
      category: row.category,
      createdAt,
      firstResponseAt: status === "new" ? null : firstResponseAt,
      resolvedAt: done ? resolvedAt : null,
      handleTimeSec: done ? Math.round(120 + rand() * 1500) : null,
      csat: done && rand() < 0.4 ? weighted(rand, { 1: 1, 2: 1, 3: 2, 4: 4, 5: 6 }, Number) : null,
    };
  });
}

/** Banking77 train.csv rows, or undefined (with a warning) when the shared data is not there. */
function loadBanking77(): { text: string; category: string }[] | undefined {
  const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
  // CI clones the repo with shared/ beside it; STUDIO_SHARED_DATA points elsewhere.
  const dataDir = path.resolve(process.env.STUDIO_SHARED_DATA ?? path.resolve(repoRoot, "../shared/data"));
  const file = path.join(dataDir, "banking77", "train.csv");
  if (!fs.existsSync(file)) {
    console.warn(`[seed] ${file} not found: seeding the demo workspace without demo tickets (set STUDIO_SHARED_DATA).`);
    return undefined;
  }
  // A real CSV parser: some quoted fields contain commas, quotes and line breaks.
  const rows = parse(fs.readFileSync(file, "utf8"), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const texts = rows
    .map((r) => ({ text: (r.text ?? "").trim(), category: (r.category ?? "").trim() }))
    .filter((r) => r.text && r.category);
  if (texts.length < TICKET_COUNT) throw new Error(`${file}: expected columns text,category and ${TICKET_COUNT}+ rows, got ${texts.length}`);
  return texts;
}

const categoryQueue = new Map(queues.flatMap((q) => q.categories.map((c) => [c, q.name] as const)));
const queueOf = (category: string) => categoryQueue.get(category) ?? "general";
const skillsOf = (queue: string) => queues.find((q) => q.name === queue)?.skills ?? [];

/** Helpdesk-style subject: the message itself, cut at a word boundary when long. */
function subjectOf(text: string): string {
  const oneLine = text.replace(/\s+/g, " ");
  if (oneLine.length <= 70) return oneLine;
  return `${oneLine.slice(0, 70).replace(/\s+\S*$/, "")}…`;
}

/** mulberry32: a tiny seeded PRNG, so the demo data is the same on every machine (no Math.random). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

function weighted<K extends string>(rand: () => number, weights: Partial<Record<K, number>>): K;
function weighted<K extends string, V>(rand: () => number, weights: Partial<Record<K, number>>, map: (k: K) => V): V;
function weighted<K extends string, V>(rand: () => number, weights: Partial<Record<K, number>>, map?: (k: K) => V): K | V {
  const entries = Object.entries(weights) as [K, number][];
  let r = rand() * entries.reduce((sum, [, w]) => sum + w, 0);
  const [key] = entries.find(([, w]) => (r -= w) < 0) ?? entries[entries.length - 1]!;
  return map ? map(key) : key;
}

/** `n` distinct items, chosen by a partial Fisher-Yates shuffle. */
function sample<T>(rand: () => number, items: readonly T[], n: number): T[] {
  const copy = [...items];
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(rand() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}
