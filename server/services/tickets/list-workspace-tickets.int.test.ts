import { beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@prisma/client";
import { createCaller } from "@/server/api/root";
import { anonymousContext } from "@/server/api/trpc";
import { webPorts } from "@/composition/web";
import { contextAs, trpcCodeOf } from "../../../tests/auth";
import { seedWorkspace } from "../../../prisma/seed/seed-workspace";
import { getPrisma } from "../../db";
import { flowFromTemplate } from "../flows/flow-test-kit";
import { publishDraft } from "../flows/publish-flow-version";
import { storeRunTrace } from "../runs/record-trace";
import { escalateTicket } from "./escalate-ticket";
import { countWorkspaceViews, listWorkspaceTickets, type WorkspaceCounts } from "./list-workspace-tickets";
import type { TWorkspaceFilter } from "../../../lib/tickets/workspace-filter";

/**
 * The agent workspace's list over rows seeded here. The database is shared with other files, so every list is
 * narrowed to this file's customer (the customer filter) and the counts are compared before and after seeding.
 */
const prisma = getPrisma();
const tag = `ws${Date.now()}`;
const agentEmail = `agent-${tag}@test.local`;
const agentName = `Agent ${tag}`;
const viewer = { email: agentEmail };
const now = new Date("2026-12-07T12:00:00Z");
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);
const ids: Record<string, string> = {};
let countsBefore: WorkspaceCounts;

async function seed(key: string, customerId: string, data: Partial<Prisma.TicketUncheckedCreateInput>, minutesAgo: number) {
  const ticket = await prisma.ticket.create({
    data: { source: "test", externalId: `${tag}-${key}`, customerId, subject: `Subject ${key}`, body: `Body of ${key}`, createdAt: new Date(now.getTime() - minutesAgo * 60_000), ...data },
  });
  ids[key] = ticket.id;
}

const list = (filter: Partial<TWorkspaceFilter> & { cursor?: string | null; limit?: number }, who = viewer) =>
  listWorkspaceTickets(prisma, who, { view: "all", customer: tag, origin: "all", limit: 50, ...filter }, now);
const keysOf = (items: Array<{ id: string }>) => items.map((t) => Object.entries(ids).find(([, id]) => id === t.id)?.[0]);

beforeAll(async () => {
  // The flow the SLA test publishes routes to the demo queues.
  await seedWorkspace(prisma, { demoHistory: false });
  countsBefore = await countWorkspaceViews(prisma, viewer, "live", now);
  const team = await prisma.queue.create({ data: { name: `team-${tag}` } });
  const other = await prisma.queue.create({ data: { name: `other-${tag}` } });
  await prisma.agent.create({ data: { email: agentEmail, name: agentName, queueId: team.id } });
  const ada = await prisma.customer.create({ data: { source: "test", externalId: `ext-${tag}-ada`, name: `Ada ${tag}`, email: `ada-${tag}@example.com` } });
  const bo = await prisma.customer.create({ data: { source: "test", externalId: `ext-${tag}-bo`, name: `Bo ${tag}`, email: `bo-${tag}@example.com` } });
  // Newest first: a is the newest.
  await seed("mineByEmail", ada.id, { assignee: agentEmail, queueId: team.id, status: "open", intent: "refund_request", tier: 2, channel: "chat" }, 1);
  await seed("mineByName", ada.id, { assignee: agentName, queueId: other.id, status: "pending", intent: "card_lost", tier: 1 }, 2);
  await seed("escalated", bo.id, { queueId: team.id, status: "new", escalated: true, tier: 3, intent: "cancel_account", priority: "urgent" }, 3);
  await seed("slaSoon", bo.id, { status: "open", slaDueAt: hours(1) }, 4);
  await seed("slaOverdue", bo.id, { status: "open", slaDueAt: hours(-2) }, 5);
  await seed("slaLater", bo.id, { status: "open", slaDueAt: hours(10) }, 6);
  await seed("solvedMine", ada.id, { assignee: agentEmail, queueId: team.id, status: "solved", slaDueAt: hours(1), escalated: true }, 7);
  await seed("imported", ada.id, { status: "new", importHash: `h-${tag}`, body: `An old zebra${tag} question` }, 8);
  await seed("liveZebra", bo.id, { assignee: "someone@else.test", status: "open", subject: `Zebra${tag} in the subject` }, 9);
});

describe("listWorkspaceTickets: the queue views", () => {
  it("mine: open tickets assigned to the agent by email or by the name imported history uses", async () => {
    expect(keysOf((await list({ view: "mine" })).items)).toEqual(["mineByEmail", "mineByName"]);
  });

  it("my team's: open tickets in the agent's queue; nothing for someone who is not an agent", async () => {
    expect(keysOf((await list({ view: "team" })).items)).toEqual(["mineByEmail", "escalated"]);
    expect((await list({ view: "team" }, { email: `nobody-${tag}@test.local` })).items).toEqual([]);
  });

  it("unassigned, escalated and every ticket of any status under all", async () => {
    expect(keysOf((await list({ view: "unassigned" })).items)).toEqual(["escalated", "slaSoon", "slaOverdue", "slaLater", "imported"]);
    expect(keysOf((await list({ view: "escalated" })).items)).toEqual(["escalated"]);
    expect((await list({ view: "all" })).items).toHaveLength(9);
  });

  it("SLA due soon: open tickets due within the window or overdue, the soonest first", async () => {
    expect(keysOf((await list({ view: "sla" })).items)).toEqual(["slaOverdue", "slaSoon"]);
  });

  it("a status filter reaches past the open ones", async () => {
    expect(keysOf((await list({ view: "mine", status: "solved" })).items)).toEqual(["solvedMine"]);
  });
});

describe("listWorkspaceTickets: origin, search and filters", () => {
  it("live leaves the imported history out, imported shows only it", async () => {
    expect(keysOf((await list({ origin: "live" })).items)).not.toContain("imported");
    expect(keysOf((await list({ origin: "imported" })).items)).toEqual(["imported"]);
    expect((await list({ origin: "imported" })).items[0]).toMatchObject({ imported: true });
    expect((await list({ origin: "live" })).items[0]).toMatchObject({ imported: false });
  });

  it("searches the subject and the first message, whatever the case", async () => {
    expect(keysOf((await list({ q: `ZEBRA${tag}` })).items)).toEqual(["imported", "liveZebra"]);
    expect(keysOf((await list({ q: `zebra${tag}`, origin: "live" })).items)).toEqual(["liveZebra"]);
  });

  it("filters by status, tier, intent, queue, channel, priority and customer", async () => {
    expect(keysOf((await list({ status: "pending" })).items)).toEqual(["mineByName"]);
    expect(keysOf((await list({ tier: 3 })).items)).toEqual(["escalated"]);
    expect(keysOf((await list({ intent: "REFUND_REQUEST" })).items)).toEqual(["mineByEmail"]);
    expect(keysOf((await list({ queue: `other-${tag}` })).items)).toEqual(["mineByName"]);
    expect(keysOf((await list({ channel: "chat" })).items)).toEqual(["mineByEmail"]);
    expect(keysOf((await list({ priority: "urgent" })).items)).toEqual(["escalated"]);
    expect((await list({ customer: `bo-${tag}@EXAMPLE` })).items).toHaveLength(5);
    expect((await list({ customer: `ext-${tag}-ada` })).items).toHaveLength(4);
  });

  it("pages with a cursor without skipping or repeating, in both orders", async () => {
    for (const view of ["all", "sla"] as const) {
      const whole = keysOf((await list({ view })).items);
      const seen: unknown[] = [];
      let cursor: string | null = null;
      do {
        const page = await list({ view, limit: 2, cursor });
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...keysOf(page.items));
        cursor = page.nextCursor;
      } while (cursor !== null);
      expect(seen).toEqual(whole);
    }
  });
});

describe("countWorkspaceViews", () => {
  it("counts the open live tickets of each view in one pass", async () => {
    const after = await countWorkspaceViews(prisma, viewer, "live", now);
    expect(after.mine - countsBefore.mine).toBe(2);
    expect(after.team).toBe(2);
    expect(after.unassigned - countsBefore.unassigned).toBe(4);
    expect(after.sla - countsBefore.sla).toBe(2);
    expect(after.escalated - countsBefore.escalated).toBe(1);
    expect(after.all - countsBefore.all).toBe(8);
    expect(after.agent).toEqual({ isAgent: true, queueName: `team-${tag}` });
  });
});

describe("what keeps the views current", () => {
  it("an escalation marks the ticket escalated", async () => {
    await escalateTicket(prisma, {
      ticketId: ids.slaLater!, reason: "Asked for a human", queue: null, priority: null, customerMessage: null, summary: "s", idempotencyKey: `esc-${tag}`,
    });
    expect(keysOf((await list({ view: "escalated" })).items)).toEqual(["escalated", "slaLater"]);
  });

  it("the live run's SLA timer sets the due time and clears it when met; a shadow run's does not", async () => {
    const flow = await flowFromTemplate(prisma, "intent-routing", `Workspace SLA ${tag}`);
    const version = await publishDraft(prisma, { flowId: flow.id, actor: "test" });
    const customer = await prisma.customer.create({ data: { source: "test", externalId: `ext-${tag}-sla` } });
    const ticket = await prisma.ticket.create({ data: { source: "test", externalId: `${tag}-sla`, customerId: customer.id, subject: "s", body: "b" } });
    const run = (shadow: boolean) =>
      prisma.flowRun.create({ data: { ticketId: ticket.id, versionId: version.id, workflowId: `ws-${tag}-${shadow}`, shadow } });
    const [live, shadow] = [await run(false), await run(true)];
    const line = (seq: number, decision: string, deadline?: string) => ({
      seq, at: now.toISOString(), nodeId: "sla", nodeType: "sla-timer", decision, reason: "r", ...(deadline ? { details: { deadline } } : {}),
    });
    const store = (workflowId: string, trace: ReturnType<typeof line>[]) =>
      prisma.$transaction((tx) => storeRunTrace(tx, { workflowId, trace, status: "waiting", outcome: null, decided: true }));
    const due = async () => (await prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).slaDueAt?.toISOString() ?? null;

    await store(live.workflowId, [line(1, "waiting", "2026-12-07T14:00:00.000Z")]);
    expect(await due()).toBe("2026-12-07T14:00:00.000Z");
    await store(shadow.workflowId, [line(1, "waiting", "2026-12-07T18:00:00.000Z")]);
    expect(await due()).toBe("2026-12-07T14:00:00.000Z");
    await store(live.workflowId, [line(2, "breached")]);
    expect(await due()).toBe("2026-12-07T14:00:00.000Z");
    await store(live.workflowId, [line(3, "met")]);
    expect(await due()).toBeNull();
  });
});

describe("tickets.list through the router", () => {
  it("answers a signed-in agent with their own view, and refuses a signed-out caller", async () => {
    const agent = createCaller(contextAs("agent", agentEmail));
    expect(keysOf((await agent.tickets.list({ view: "mine", customer: tag, origin: "all" })).items)).toEqual(["mineByEmail", "mineByName"]);
    expect((await agent.tickets.viewCounts({ origin: "live" })).team).toBe(2);
    const anonymous = createCaller(anonymousContext(new Headers(), webPorts()));
    expect(await trpcCodeOf(anonymous.tickets.list({ view: "all" }))).toBe("UNAUTHORIZED");
    expect(await trpcCodeOf(anonymous.tickets.viewCounts({}))).toBe("UNAUTHORIZED");
  });
});
