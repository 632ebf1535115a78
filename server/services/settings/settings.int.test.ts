import { afterAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { contextAs, trpcCodeOf } from "../../../tests/auth";
import { publishLive, uniqueId } from "../../../tests/integration/helpers";
import { testOutbox } from "../../../tests/integration/test-outbox";
import { getPrisma } from "../../db";
import { seedWorkspace } from "../../../prisma/seed/seed-workspace";
import { getLiveFlowId, setLiveFlow } from "../flows/live-flow";
import { createTicket } from "../tickets/create-ticket";
import { routeTicket } from "../tickets/route-ticket";
import type { FlowStarter } from "../tickets/flow-starter";
import { flow, n } from "../../../workflows/compile/test-graphs";
import { DEFAULT_WORKSPACE_CALENDAR } from "../../../workflows/model/calendar";
import type { TFlowGraph } from "../../../workflows/model/graph";
import type { TicketFlowInput } from "../../../workflows/interpret/live/ticket-flow";

/**
 * Settings through their procedures: queues, agents and the workspace calendar, who may change them, the sentence
 * each refusal carries, the audit row each change leaves, and the calendar reaching a run's start input.
 */
const prisma = getPrisma();
const as = (role: Parameters<typeof contextAs>[0]) => createCaller(contextAs(role));
const admin = as("admin");

async function lastAudit(action: string, subject?: string) {
  return prisma.auditLog.findFirst({ where: { action, ...(subject ? { subject } : {}) }, orderBy: { createdAt: "desc" } });
}

afterAll(async () => {
  await admin.workspaceCalendar.save(DEFAULT_WORKSPACE_CALENDAR);
});

describe("queues", () => {
  it("are created, renamed and described by admins, with each change in the audit log", async () => {
    const name = uniqueId("billing-emea");
    const created = await admin.queues.create({ name, description: "", skills: ["french"] });
    expect(await lastAudit("queue.create", created.id)).toMatchObject({ actor: "admin@test.local", details: { name, skills: ["french"] } });

    const renamed = `${name}-2`;
    await admin.queues.update({ id: created.id, queue: { name: renamed, description: "Invoices from Europe", skills: ["french", "german"] } });
    const listed = (await as("manager").queues.list()).find((q) => q.id === created.id);
    expect(listed).toMatchObject({ name: renamed, description: "Invoices from Europe", skills: ["french", "german"] });
    expect((await lastAudit("queue.update", created.id))?.details).toEqual({
      before: { name, description: null, skills: ["french"] },
      after: { name: renamed, description: "Invoices from Europe", skills: ["french", "german"] },
    });
  });

  it("keep an admin's edits of the demo queues and agents when the next start seeds the workspace again", async () => {
    await seedWorkspace(prisma, { demoHistory: false });
    const general = (await admin.queues.list()).find((q) => q.name === "general")!;
    await admin.queues.update({ id: general.id, queue: { name: "general", description: "Anything the other queues do not take", skills: ["triage"] } });
    const tom = (await admin.agents.list()).find((a) => a.email === "tom.fischer@studio.example")!;
    await admin.agents.update({ id: tom.id, agent: { name: "Tom F.", email: tom.email, skills: [], capacity: 4, workingHours: null, queueId: null } });
    await seedWorkspace(prisma, { demoHistory: false });
    expect((await admin.queues.list()).find((q) => q.id === general.id)).toMatchObject({ description: "Anything the other queues do not take", skills: ["triage"] });
    expect((await admin.agents.list()).find((a) => a.id === tom.id)).toMatchObject({ name: "Tom F.", capacity: 4, queue: null });
  });

  it("are refused to managers, and a taken name is refused with a sentence", async () => {
    const name = uniqueId("dup");
    expect(await trpcCodeOf(as("manager").queues.create({ name, description: "", skills: [] }))).toBe("FORBIDDEN");
    await admin.queues.create({ name, description: "", skills: [] });
    const again = admin.queues.create({ name, description: "", skills: [] });
    expect(await trpcCodeOf(again)).toBe("CONFLICT");
    await expect(again).rejects.toThrow(`There is already a queue named “${name}”; pick another name.`);
    await expect(admin.queues.create({ name: "   ", description: "", skills: [] })).rejects.toThrow("Name the queue");
  });

  it("are deleted only when no agent, ticket or published flow depends on them, else a sentence says why", async () => {
    const queue = await admin.queues.create({ name: uniqueId("tiny"), description: "", skills: [] });
    const agent = await admin.agents.create({ name: "Sam", email: `${uniqueId("sam")}@example.com`, skills: [], capacity: 5, workingHours: null, queueId: queue.id });
    await expect(admin.queues.delete({ id: queue.id })).rejects.toThrow(`“${queue.name}” cannot be deleted: it has 1 agent. Move its agents to another queue first.`);
    await admin.agents.delete({ id: agent.id });
    await admin.queues.delete({ id: queue.id });
    expect(await prisma.queue.findUnique({ where: { id: queue.id } })).toBeNull();
    expect(await lastAudit("queue.delete", queue.id)).toMatchObject({ details: { name: queue.name } });
  });

  it("that a published flow routes to cannot be renamed or deleted", async () => {
    const queue = await admin.queues.create({ name: uniqueId("routed"), description: "", skills: [] });
    const previousLive = await getLiveFlowId(prisma);
    const flowName = uniqueId("Routing flow");
    try {
      await publishLive(prisma, flowName, flow({ t: n.trigger(), r: n.route(queue.name) }, ["t -> r"]) as unknown as TFlowGraph);
    } finally {
      if (previousLive !== null) await setLiveFlow(prisma, previousLive, "test");
    }
    const rename = admin.queues.update({ id: queue.id, queue: { name: `${queue.name}-new`, description: "", skills: [] } });
    await expect(rename).rejects.toThrow(`“${queue.name}” cannot be renamed while the flow “${flowName}” routes tickets to it by that name.`);
    await expect(admin.queues.delete({ id: queue.id })).rejects.toThrow(`the flow “${flowName}” routes tickets to it`);
    // Description and skills can still change.
    await admin.queues.update({ id: queue.id, queue: { name: queue.name, description: "Still here", skills: [] } });
  });
});

describe("agents", () => {
  it("carry skills, a capacity and their own working hours; updates are audited with before and after", async () => {
    const email = `${uniqueId("rosa")}@example.com`;
    const agent = await admin.agents.create({ name: "Rosa", email, skills: ["spanish"], capacity: 8, workingHours: null, queueId: null });
    const week = [1, 2, 3, 4].map((day) => ({ day, start: "08:00", end: "16:30" }));
    await admin.agents.update({ id: agent.id, agent: { name: "Rosa M.", email, skills: ["spanish", "refunds"], capacity: 12, workingHours: week, queueId: null } });
    const listed = (await as("manager").agents.list()).find((a) => a.id === agent.id);
    expect(listed).toMatchObject({ name: "Rosa M.", capacity: 12, skills: ["spanish", "refunds"], workingHours: week, openTickets: 0, queue: null });
    expect(await lastAudit("agent.update", agent.id)).toMatchObject({ details: { before: { capacity: 8, workingHours: null }, after: { capacity: 12, workingHours: week } } });
  });

  it("count the open tickets they hold, assigned by email or, in imported history, by name", async () => {
    const name = uniqueId("Noor");
    const email = `${uniqueId("noor")}@example.com`;
    const agent = await admin.agents.create({ name, email, skills: [], capacity: 3, workingHours: null, queueId: null });
    const customer = await prisma.customer.create({ data: { source: "test", externalId: uniqueId("c") } });
    const ticket = (assignee: string, status: "open" | "solved") =>
      prisma.ticket.create({ data: { source: "test", externalId: uniqueId("t"), customerId: customer.id, subject: "s", body: "b", assignee, status } });
    await Promise.all([ticket(email, "open"), ticket(name, "open"), ticket(email, "solved")]);
    expect((await admin.agents.list()).find((a) => a.id === agent.id)?.openTickets).toBe(2);
  });

  it("at capacity take no new ticket from a route: the next goes to whoever has room, then waits unassigned", async () => {
    const queue = await admin.queues.create({ name: uniqueId("small-team"), description: "", skills: [] });
    const agent = (name: string, capacity: number) =>
      admin.agents.create({ name, email: `${uniqueId(name.toLowerCase())}@example.com`, skills: [], capacity, workingHours: null, queueId: queue.id });
    const ana = await agent("Ana", 1);
    const ben = await agent("Ben", 2);
    const customer = await prisma.customer.create({ data: { source: "test", externalId: uniqueId("c") } });
    const assignees: Array<string | null> = [];
    for (let i = 0; i < 4; i++) {
      const ticket = await prisma.ticket.create({ data: { source: "test", externalId: uniqueId("t"), customerId: customer.id, subject: "s", body: "b" } });
      const routed = await routeTicket(prisma, { ticketId: ticket.id, queue: queue.name, strategy: "least-loaded", skills: [], idempotencyKey: uniqueId("route") });
      assignees.push(routed.assignee ?? null);
    }
    // Ana (capacity 1) takes one, Ben (capacity 2) two; the fourth finds both full.
    expect(assignees).toEqual([ana.email, ben.email, ben.email, null]);
  });

  it("never go over capacity when tickets are routed to their queue at the same time", async () => {
    const queue = await admin.queues.create({ name: uniqueId("busy-team"), description: "", skills: [] });
    const email = `${uniqueId("solo")}@example.com`;
    await admin.agents.create({ name: "Solo", email, skills: [], capacity: 2, workingHours: null, queueId: queue.id });
    const customer = await prisma.customer.create({ data: { source: "test", externalId: uniqueId("c") } });
    const tickets = await Promise.all(
      Array.from({ length: 6 }, () => prisma.ticket.create({ data: { source: "test", externalId: uniqueId("t"), customerId: customer.id, subject: "s", body: "b" } })),
    );
    const routed = await Promise.all(
      tickets.map((t) => routeTicket(prisma, { ticketId: t.id, queue: queue.name, strategy: "least-loaded", skills: [], idempotencyKey: uniqueId("route") })),
    );
    expect(routed.filter((r) => r.assignee === email)).toHaveLength(2);
    expect(await prisma.ticket.count({ where: { assignee: email } })).toBe(2);
  });

  it("refuse an impossible capacity or working day with a sentence per field, and a taken email", async () => {
    const base = { name: "Kim", email: `${uniqueId("kim")}@example.com`, skills: [], capacity: 5, workingHours: null, queueId: null };
    await expect(admin.agents.create({ ...base, capacity: 0 })).rejects.toThrow("Capacity must be at least 1 open ticket");
    await expect(admin.agents.create({ ...base, capacity: 2.5 })).rejects.toThrow("Capacity is a whole number of tickets");
    await expect(admin.agents.create({ ...base, workingHours: [{ day: 1, start: "17:00", end: "09:00" }] })).rejects.toThrow("The day must end after it starts");
    await admin.agents.create(base);
    const again = admin.agents.create({ ...base, name: "Kim 2" });
    expect(await trpcCodeOf(again)).toBe("CONFLICT");
    await expect(again).rejects.toThrow(`Another agent already has the email ${base.email}.`);
    expect(await trpcCodeOf(as("manager").agents.create({ ...base, email: `${uniqueId("m")}@example.com` }))).toBe("FORBIDDEN");
  });
});

describe("the workspace calendar", () => {
  const paris = {
    timeZone: "Europe/Paris",
    hours: [5, 1, 2, 3, 4].map((day) => ({ day, start: "09:00", end: day === 5 ? "16:00" : "18:00" })),
    holidays: [
      { date: "2026-12-25", name: "Christmas" },
      { date: "2026-05-01", name: "Labour Day" },
    ],
  };

  it("is the default week until an admin saves one; managers read it, and the change is audited", async () => {
    expect(await as("manager").workspaceCalendar.get()).toBeDefined();
    expect(await trpcCodeOf(as("manager").workspaceCalendar.save(paris))).toBe("FORBIDDEN");
    const saved = await admin.workspaceCalendar.save(paris);
    expect(saved.hours.map((d) => d.day)).toEqual([1, 2, 3, 4, 5]);
    expect(saved.holidays.map((h) => h.date)).toEqual(["2026-05-01", "2026-12-25"]);
    expect(await as("manager").workspaceCalendar.get()).toEqual(saved);
    expect((await lastAudit("settings.calendar"))?.details).toMatchObject({ after: saved });
  });

  it("refuses an unknown time zone, a day that ends before it starts and a date that does not exist", async () => {
    await expect(admin.workspaceCalendar.save({ ...paris, timeZone: "Mars/Olympus" })).rejects.toThrow("Not a time zone we know: use a name such as Europe/Paris");
    await expect(admin.workspaceCalendar.save({ ...paris, hours: [{ day: 1, start: "18:00", end: "09:00" }] })).rejects.toThrow("The day must end after it starts");
    await expect(admin.workspaceCalendar.save({ ...paris, hours: [] })).rejects.toThrow("Open at least one day a week");
    await expect(admin.workspaceCalendar.save({ ...paris, holidays: [{ date: "2026-02-30", name: "Nope" }] })).rejects.toThrow("That date does not exist");
    await expect(admin.workspaceCalendar.save({ ...paris, hours: [{ day: 1, start: "25:00", end: "26:00" }] })).rejects.toThrow("Enter a time on the 24-hour clock");
  });

  it("is read when a ticket arrives and handed to its run as input", async () => {
    const saved = await admin.workspaceCalendar.save(paris);
    const started: TicketFlowInput[] = [];
    const starter: FlowStarter = { start: async (_id, input) => void started.push(input), signal: async () => "no-run" };
    const previousLive = await getLiveFlowId(prisma);
    try {
      await publishLive(prisma, uniqueId("Calendar flow"), flow({ t: n.trigger(), e: n.end() }, ["t -> e"]) as unknown as TFlowGraph);
      const outbox = testOutbox(prisma, starter);
      await createTicket(prisma, outbox, {
        source: uniqueId("calendar"),
        externalId: "1",
        subject: "Hello",
        body: "Hi",
        channel: "email",
        priority: "normal",
        tags: [],
        customer: { externalId: "c1" },
      });
      await outbox.drain();
    } finally {
      if (previousLive !== null) await setLiveFlow(prisma, previousLive, "test");
    }
    expect(started).toHaveLength(1);
    expect(started[0]!.calendar).toEqual(saved);
  });
});
