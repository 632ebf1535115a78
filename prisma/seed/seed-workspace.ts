import path from "node:path";
import { fileURLToPath } from "node:url";
import type { PrismaClient } from "@prisma/client";
import type { ImportItem } from "../../lib/history-import/import-record";
import { importTickets } from "../../server/services/history-import/import-tickets";
import { refreshAudit } from "../../server/services/history-audit/audit-store";
import { AGENTS } from "./demo-history/agents";
import { DEMO_SOURCE, generateDemoHistory } from "./demo-history/generate-demo-history";
import { hasDemoData } from "./demo-history/load-texts";
import queues from "./queues.json";

export { DEMO_SOURCE } from "./demo-history/generate-demo-history";

/**
 * The demo workspace: queues (queues.json), their agents, and on a database without demo tickets the demo history
 * (about 20,000 tickets over the last 90 days whose customer texts are real public texts, with generated metadata;
 * see demo-history/). Idempotent: each demo queue and agent is created once (later edits in Settings are kept, and
 * one an admin deleted is not brought back); the history is loaded once, through
 * the same importer as helpdesk exports, keyed by (source "demo", externalId). `demoHistory: false` seeds only the
 * queues and agents (tests that need no history).
 */
export async function seedWorkspace(
  prisma: PrismaClient,
  opts: { now?: Date; demoHistory?: boolean } = {},
): Promise<{ queues: number; agents: number; customers: number; tickets: number }> {
  // Each demo queue and agent is created once: what an admin changes, renames or deletes in Settings stays so.
  const seeded = await seededBefore(prisma);
  for (const q of queues) {
    if (seeded.queues.has(q.name)) continue;
    await prisma.queue.upsert({ where: { name: q.name }, create: { name: q.name, description: q.description, skills: q.skills }, update: {} });
  }
  const queueIds = new Map((await prisma.queue.findMany({ select: { id: true, name: true } })).map((q) => [q.name, q.id]));
  for (const a of AGENTS) {
    if (seeded.agents.has(a.email)) continue;
    const data = { name: a.name, queueId: queueIds.get(a.queue) ?? null, skills: skillsOf(a.queue) };
    await prisma.agent.upsert({ where: { email: a.email }, create: { email: a.email, ...data }, update: {} });
  }
  const value = { queues: queues.map((q) => q.name), agents: AGENTS.map((a) => a.email) };
  await prisma.setting.upsert({ where: { key: SEEDED_KEY }, create: { key: SEEDED_KEY, value }, update: { value } });

  if (opts.demoHistory !== false && (await prisma.ticket.count({ where: { source: DEMO_SOURCE } })) === 0) {
    await loadDemoHistory(prisma, opts.now ?? new Date());
  }

  const [q, a, c, t] = await Promise.all([
    prisma.queue.count(),
    prisma.agent.count(),
    prisma.customer.count({ where: { source: DEMO_SOURCE } }),
    prisma.ticket.count({ where: { source: DEMO_SOURCE } }),
  ]);
  return { queues: q, agents: a, customers: c, tickets: t };
}

const SEEDED_KEY = "demoWorkspaceSeeded";

/** The demo queues (by name) and agents (by email) an earlier start created. */
async function seededBefore(prisma: PrismaClient): Promise<{ queues: Set<string>; agents: Set<string> }> {
  const row = await prisma.setting.findUnique({ where: { key: SEEDED_KEY } });
  const value = (row?.value ?? {}) as { queues?: unknown; agents?: unknown };
  const names = (list: unknown) => new Set(Array.isArray(list) ? list.filter((x): x is string => typeof x === "string") : []);
  return { queues: names(value.queues), agents: names(value.agents) };
}

/** The shared data folder: ../shared/data beside the repo (here and in CI), or STUDIO_SHARED_DATA. */
export function sharedDataDir(): string {
  const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
  return path.resolve(process.env.STUDIO_SHARED_DATA ?? path.resolve(repoRoot, "../shared/data"));
}

async function loadDemoHistory(prisma: PrismaClient, now: Date): Promise<void> {
  const dataDir = sharedDataDir();
  if (!hasDemoData(dataDir)) {
    console.warn(`[seed] the public texts are not in ${dataDir}: seeding the demo workspace without demo tickets (set STUDIO_SHARED_DATA).`);
    return;
  }
  const { tickets } = generateDemoHistory({ dataDir, now });
  console.log("[seed] loading the demo history (real public texts, generated metadata) into the empty workspace...");
  function* items(): Generator<ImportItem> {
    let i = 0;
    for (const ticket of tickets) yield { ok: true, position: { record: ++i }, ticket };
  }
  const result = await importTickets(prisma, items(), { source: DEMO_SOURCE });
  if (result.rejected > 0) {
    const first = result.rejections[0];
    throw new Error(`The demo history has ${result.rejected} invalid tickets, e.g. record ${first?.record}: ${first?.reason}`);
  }
  // The audit is computed now, once, so the first visit of the audit page does not wait for it.
  console.log("[seed] auditing the demo history...");
  await refreshAudit(prisma);
}

const skillsOf = (queue: string) => queues.find((q) => q.name === queue)?.skills ?? [];
