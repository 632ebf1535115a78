import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import type { TMetricFilters } from "@/lib/metrics/filters";
import { contextAs } from "../../../../tests/auth";
import { uniqueId } from "../../../../tests/integration/helpers";
import { getPrisma } from "../../../db";
import { deleteTestCells, insertTestCells } from "../../../services/metrics/test-rollup-cells";

/**
 * The metrics API through the router, over rollup cells and ticket facts written directly in days no other test
 * uses (2092), so every figure is known.
 */
const prisma = getPrisma();
const manager = createCaller(contextAs("manager"));
const FROM = "2092-01-01";
const TO = "2092-12-31";
const all: TMetricFilters = { from: FROM, to: TO, origin: "all" };
const tag = uniqueId("metrics-api");
let queueId: string;
let flowId: string;
let v1: string;
let v2: string;
let unpublished: string;
let connectionId: string;
const ticketIds: string[] = [];

async function ticket(createdAt: string, subject: string, fact: { category: string; handling: string; origin?: string; escalationReason?: string; slaBreached?: boolean }) {
  const customer = await prisma.customer.upsert({
    where: { source_externalId: { source: "api", externalId: tag } },
    update: {},
    create: { externalId: tag },
  });
  const t = await prisma.ticket.create({
    data: { source: "api", externalId: uniqueId(tag), customerId: customer.id, subject, body: subject, createdAt: new Date(createdAt), queueId, category: fact.category },
  });
  ticketIds.push(t.id);
  await prisma.metricTicketFact.create({
    data: {
      ticketId: t.id,
      day: new Date(`${createdAt.slice(0, 10)}T00:00:00.000Z`),
      origin: fact.origin ?? "live",
      category: fact.category,
      tier: 1,
      channel: "email",
      queueId,
      flowId: "",
      versionId: "",
      connectionId: "",
      escalationReason: fact.escalationReason ?? "",
      handling: fact.handling,
      deflected: false,
      slaBreached: fact.slaBreached ?? false,
      repeatContact: false,
      contribution: {},
    },
  });
  return t.id;
}

beforeAll(async () => {
  await deleteTestCells(prisma, FROM, TO);
  queueId = (await prisma.queue.create({ data: { name: uniqueId("Metrics queue") } })).id;
  connectionId = (await prisma.connection.create({ data: { kind: "zendesk", name: uniqueId("Metrics helpdesk"), settings: {}, sealedSecrets: "" } })).id;
  const flow = await prisma.flow.create({ data: { name: uniqueId("Metrics flow"), draftGraph: {} } });
  flowId = flow.id;
  const version = (number: number, publishedAt: string | null) =>
    prisma.flowVersion.create({
      data: { flowId, number, graph: {}, plan: {}, contentHash: `${tag}-${number}`, author: "test", status: publishedAt ? "published" : "draft", publishedAt: publishedAt ? new Date(publishedAt) : null },
    });
  v1 = (await version(1, "2092-03-03T09:00:00Z")).id;
  v2 = (await version(2, "2092-05-05T15:00:00Z")).id;
  unpublished = (await version(3, null)).id;

  await insertTestCells(prisma, [
    // Imported history, March's first weeks are before v1 went live.
    { day: "2092-02-20", origin: "imported", category: "billing", tier: 1, queueId, counts: { tickets: 10, human: 10, resolved: 10 } },
    // v1 live (from Monday 2092-03-03).
    { day: "2092-03-03", category: "billing", tier: 1, queueId, flowId, versionId: v1, connectionId, counts: { tickets: 8, automated: 4, human: 4, resolved: 8 } },
    { day: "2092-03-04", category: "shipping", tier: 2, queueId, flowId, versionId: v1, connectionId, counts: { tickets: 4, human: 2, unresolved: 2, resolved: 2, escalated: 2, slaBreached: 1 }, escalationReason: "asked-for-human" },
    { day: "2092-03-05", category: "shipping", tier: 2, queueId, flowId, versionId: v1, connectionId, counts: { tickets: 2, human: 2, resolved: 2, escalated: 1 }, escalationReason: "frustrated" },
    // v2 live (from Monday 2092-05-05).
    { day: "2092-05-06", category: "billing", tier: 1, queueId, flowId, versionId: v2, connectionId, counts: { tickets: 10, automated: 9, human: 1, resolved: 10 }, hist: { frtHuman: [0, 1] } },
  ]);
  // The drill-down's tickets: billing on 2092-03-03 (the cell above holds 8: four automated, four human).
  for (let i = 0; i < 8; i++) await ticket(`2092-03-03T0${i}:00:00Z`, `Invoice question ${i}`, { category: "billing", handling: i < 4 ? "automated" : "human" });
  await ticket("2092-03-04T10:00:00Z", "Where is my parcel", { category: "shipping", handling: "unresolved", escalationReason: "asked-for-human", slaBreached: true });
});

afterAll(async () => {
  await deleteTestCells(prisma, FROM, TO);
  await prisma.metricTicketFact.deleteMany({ where: { ticketId: { in: ticketIds } } });
  await prisma.metricDirtyTicket.deleteMany({ where: { ticketId: { in: ticketIds } } });
  await prisma.ticket.deleteMany({ where: { id: { in: ticketIds } } });
});

describe("metrics.summary", () => {
  it("gives every figure with its counts, the tier mix and the escalations by reason", async () => {
    const { summary, tierMix, escalationsByReason } = await manager.metrics.summary(all);
    expect(summary.tickets).toBe(34);
    expect(summary.automation).toMatchObject({ numerator: 13, count: 34 });
    expect(summary.automation.low).toBeLessThan(13 / 34);
    expect(summary.durations.firstResponse.human.count).toBe(1);
    expect(tierMix.map((t) => [t.tier, t.tickets, t.share.rate, t.automation.numerator])).toEqual([
      [1, 28, 28 / 34, 13],
      [2, 6, 6 / 34, 0],
    ]);
    expect(escalationsByReason.map((r) => [r.reason, r.count, r.share.rate])).toEqual([
      ["asked-for-human", 2, 2 / 3],
      ["frustrated", 1, 1 / 3],
    ]);
  });

  it("is refused to a role without metrics.read", async () => {
    await expect(createCaller(contextAs("agent")).metrics.summary(all)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("metrics.series", () => {
  it("gives one summary per week and category", async () => {
    const points = await manager.metrics.series({ filters: { ...all, origin: "live" }, groupBy: ["week", "category"] });
    expect(points.map((p) => [p.group.week, p.group.category, p.summary.tickets, p.summary.automation.numerator])).toEqual([
      ["2092-03-03", "billing", 8, 4],
      ["2092-03-03", "shipping", 6, 0],
      ["2092-05-05", "billing", 10, 9],
    ]);
  });

  it("sums each group's durations only when asked", async () => {
    const input = { filters: { ...all, from: "2092-05-05", to: "2092-05-11" }, groupBy: ["week" as const] };
    const [plain] = await manager.metrics.series(input);
    expect(plain!.summary.durations.firstResponse.human).toEqual({ count: 0, median: null, p90: null });
    const [timed] = await manager.metrics.series({ ...input, durations: true });
    expect(timed!.summary.durations.firstResponse.human.count).toBe(1);
  });

  it("refuses more than two dimensions", async () => {
    await expect(manager.metrics.series({ filters: all, groupBy: ["week", "category", "tier"] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("metrics.drillDown", () => {
  it("lists a bar's tickets newest first, a page at a time, with the total behind it", async () => {
    const input = { filters: all, group: { week: "2092-03-03", category: "billing" } };
    const first = await manager.metrics.drillDown({ ...input, limit: 3 });
    expect(first.total).toBe(8);
    expect(first.items.map((i) => i.subject)).toEqual(["Invoice question 7", "Invoice question 6", "Invoice question 5"]);
    expect(first.items[0]).toMatchObject({ category: "billing", handling: "human", origin: "live", queueName: expect.stringContaining("Metrics queue") });
    expect(first.items[0]!.createdAt).toBeInstanceOf(Date);
    const seen = first.items.map((i) => i.id);
    let cursor = first.nextCursor;
    while (cursor !== null) {
      const page = await manager.metrics.drillDown({ ...input, limit: 3, cursor });
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    }
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
  });

  it("keeps only the handling or the flag asked for", async () => {
    const automated = await manager.metrics.drillDown({ filters: all, group: { category: "billing" }, only: "automated" });
    expect(automated.items.map((i) => i.subject)).toEqual(["Invoice question 3", "Invoice question 2", "Invoice question 1", "Invoice question 0"]);
    expect(automated.total).toBe(13);
    const escalated = await manager.metrics.drillDown({ filters: all, only: "escalated" });
    expect(escalated.items.map((i) => i.subject)).toEqual(["Where is my parcel"]);
    expect(escalated.total).toBe(6);
    const breached = await manager.metrics.drillDown({ filters: all, only: "sla-breached" });
    expect(breached.items.map((i) => i.subject)).toEqual(["Where is my parcel"]);
    expect(breached.nextCursor).toBeNull();
  });

  it("refuses a cursor it did not give", async () => {
    await expect(manager.metrics.drillDown({ filters: all, cursor: "not-a-cursor" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("metrics.filterOptions", () => {
  it("offers the values the rollup holds, named from their tables", async () => {
    const options = await manager.metrics.filterOptions();
    expect(options.categories).toEqual(expect.arrayContaining(["billing", "shipping"]));
    expect(options.categories).not.toContain("");
    expect(options.tiers).toEqual(expect.arrayContaining([1, 2]));
    expect(options.tiers).not.toContain(0);
    expect(options.origins).toEqual(expect.arrayContaining(["live", "imported"]));
    expect(options.queues).toContainEqual({ id: queueId, name: expect.stringContaining("Metrics queue") });
    expect(options.connections).toContainEqual({ id: connectionId, name: expect.stringContaining("Metrics helpdesk") });
    const flow = options.flows.find((f) => f.id === flowId);
    expect(flow?.versions.map((v) => v.number)).toEqual([2, 1]);
    expect(options.span.to! >= "2092-05-06").toBe(true);
  });
});

describe("metrics.versionImpact", () => {
  it("compares a version's first weeks with the flow's live weeks before it", async () => {
    const impact = await manager.metrics.versionImpact({ versionId: v2, weeks: 9 });
    expect(impact.version).toMatchObject({ id: v2, number: 2, flowId, liveFrom: "2092-05-05" });
    expect(impact.baseline).toBe("live");
    expect(impact.before).toMatchObject({ from: "2092-03-03", to: "2092-05-04" });
    expect([impact.before.summary.tickets, impact.before.summary.automation.numerator]).toEqual([14, 4]);
    expect([impact.after.summary.tickets, impact.after.summary.automation.numerator]).toEqual([10, 9]);
  });

  it("takes the imported history as the baseline when nothing live came before", async () => {
    const impact = await manager.metrics.versionImpact({ versionId: v1, weeks: 2 });
    expect(impact.baseline).toBe("imported");
    expect(impact.before).toMatchObject({ from: "2092-02-07", to: "2092-02-20" });
    expect(impact.before.summary.tickets).toBe(10);
    expect(impact.after.summary.tickets).toBe(14);
  });

  it("says so for a version never published or unknown", async () => {
    await expect(manager.metrics.versionImpact({ versionId: unpublished })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(manager.metrics.versionImpact({ versionId: "no-such-version" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
