import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { ZImportTicketSchema, type TImportTicket } from "../../../lib/history-import/import-record";
import queues from "../queues.json";
import { DAY, HOUR, INCIDENTS, MINUTE } from "./calendar";
import { generateDemoHistory, type DemoHistory } from "./generate-demo-history";
import { hasDemoData } from "./load-texts";
import { SHARED_DATA } from "./test-support";

const now = new Date("2026-11-28T15:37:42Z");
const nowMs = Math.floor(now.getTime() / MINUTE) * MINUTE;

function digest(history: DemoHistory): string {
  const hash = createHash("sha256");
  for (const t of history.tickets) hash.update(JSON.stringify(t));
  hash.update(JSON.stringify(history.planted));
  return hash.digest("hex");
}

describe.skipIf(!hasDemoData(SHARED_DATA))("generateDemoHistory", () => {
  let history: DemoHistory;
  let tickets: TImportTicket[];
  beforeAll(() => {
    history = generateDemoHistory({ dataDir: SHARED_DATA, now });
    tickets = [...history.tickets];
  }, 60_000);

  it("is deterministic: the same seed and now give the same history, another seed a different one", () => {
    const again = generateDemoHistory({ dataDir: SHARED_DATA, now: new Date(nowMs + 20_000) }); // same minute
    expect(digest(again)).toBe(digest(history));
    const other = generateDemoHistory({ dataDir: SHARED_DATA, now, seed: 7 });
    expect(digest(other)).not.toBe(digest(history));
    expect([...other.tickets][0]).not.toEqual(tickets[0]);
  }, 60_000);

  it("generates exactly 20,000 valid tickets with unique ids", () => {
    expect(tickets).toHaveLength(20_000);
    expect(new Set(tickets.map((t) => t.externalId)).size).toBe(20_000);
    for (const t of tickets) expect(ZImportTicketSchema.parse(t)).toEqual(t);
  }, 30_000);

  it("covers the 90 days before now, with consistent, minute-rounded timestamps", () => {
    const created = tickets.map((t) => t.createdAt.getTime());
    expect(Math.min(...created)).toBeGreaterThan(nowMs - 90 * DAY);
    expect(Math.min(...created)).toBeLessThan(nowMs - 89 * DAY);
    expect(Math.max(...created)).toBeLessThanOrEqual(nowMs);
    expect(Math.max(...created)).toBeGreaterThan(nowMs - DAY);
    for (const t of tickets) {
      const times = t.messages.map((m) => m.createdAt.getTime());
      expect(times.every((x, i) => x % MINUTE === 0 && x <= nowMs && (i === 0 || x >= times[i - 1]!))).toBe(true);
      expect(t.messages[0]).toMatchObject({ author: "customer", body: t.body, createdAt: t.createdAt });
      const firstAgent = t.messages.find((m) => m.author === "agent" && !m.internal);
      expect(firstAgent?.createdAt ?? null).toEqual(t.firstResponseAt ?? null);
      if (t.resolvedAt) expect(t.resolvedAt.getTime()).toBeGreaterThanOrEqual(Math.max(...times));
      if (t.csat != null) expect(t.resolvedAt).toBeTruthy();
    }
  });

  it("closes old tickets and leaves recent ones open, pending or new", () => {
    const old = tickets.filter((t) => t.createdAt.getTime() < nowMs - 30 * DAY);
    const done = old.filter((t) => t.status === "closed" || t.status === "solved");
    expect(done.length / old.length).toBeGreaterThan(0.97);
    const recent = tickets.filter((t) => t.createdAt.getTime() > nowMs - 6 * HOUR);
    expect(recent.filter((t) => ["new", "open", "pending"].includes(t.status)).length / recent.length).toBeGreaterThan(0.5);
    expect(tickets.filter((t) => t.status === "new").every((t) => t.firstResponseAt == null && t.assignee == null)).toBe(true);
  });

  it("maps every category to a queue of queues.json and keeps the datasets' labels", () => {
    const queueNames = new Set(queues.map((q) => q.name));
    const mapped = new Set(queues.flatMap((q) => q.categories));
    const categories = new Set(tickets.map((t) => t.category!));
    expect(categories.size).toBe(77 + 27 + 30);
    for (const c of categories) expect(mapped.has(c), c).toBe(true);
    for (const t of tickets) expect(queueNames.has(t.queue!), t.queue!).toBe(true);
    expect([...categories].some((c) => c.includes(":"))).toBe(false);
  });

  it("has seasonality, an incident spike, repeat contacts and enterprise accounts", () => {
    const weekday = tickets.filter((t) => ![0, 6].includes(t.createdAt.getUTCDay())).length / 5;
    const weekend = tickets.filter((t) => [0, 6].includes(t.createdAt.getUTCDay())).length / 2;
    expect(weekday).toBeGreaterThan(1.5 * weekend);
    const office = tickets.filter((t) => t.createdAt.getUTCHours() >= 9 && t.createdAt.getUTCHours() < 17).length / 8;
    const night = tickets.filter((t) => t.createdAt.getUTCHours() < 6).length / 6;
    expect(office).toBeGreaterThan(5 * night);

    const outage = INCIDENTS[0]!;
    const during = (t: TImportTicket) => {
      const daysAgo = (nowMs - t.createdAt.getTime()) / DAY;
      return daysAgo <= outage.fromDaysAgo && daysAgo > outage.toDaysAgo;
    };
    const hit = tickets.filter((t) => outage.categories.includes(t.category!));
    const perDayDuring = hit.filter(during).length / (outage.fromDaysAgo - outage.toDaysAgo);
    const perDayElse = hit.filter((t) => !during(t)).length / (90 - (outage.fromDaysAgo - outage.toDaysAgo));
    expect(perDayDuring).toBeGreaterThan(4 * perDayElse);

    const byCustomer = new Map<string, number[]>();
    for (const t of tickets) byCustomer.set(t.customer.externalId, [...(byCustomer.get(t.customer.externalId) ?? []), t.createdAt.getTime()]);
    const within24h = [...byCustomer.values()].filter((times) => times.some((x, i) => times.some((y, j) => j !== i && Math.abs(x - y) < DAY)));
    expect(within24h.length).toBeGreaterThan(200);
    expect([...byCustomer.values()].filter((times) => times.length >= 5).length).toBeGreaterThan(50);
    const enterprise = tickets.filter((t) => t.customer.enterprise);
    expect(enterprise.length).toBeGreaterThan(400);
    expect(enterprise.every((t) => t.customer.plan === "enterprise")).toBe(true);
    expect(new Set(tickets.map((t) => t.customer.plan))).toEqual(new Set(["standard", "pro", "enterprise"]));
  });

  it("draws times per category, so categories really differ", () => {
    const hours = new Map<string, number[]>();
    for (const t of tickets) {
      if (!t.resolvedAt) continue;
      const h = (t.resolvedAt.getTime() - t.createdAt.getTime()) / HOUR;
      hours.set(t.category!, [...(hours.get(t.category!) ?? []), h]);
    }
    const medians = [...hours.values()].map((hs) => hs.sort((a, b) => a - b)[Math.floor(hs.length / 2)]!);
    expect(Math.max(...medians) / Math.min(...medians)).toBeGreaterThan(8);
  });

  it("plants friction: reassignments, reopens, escalations with internal notes, stalls, CSAT on some tickets", () => {
    const share = (f: (t: TImportTicket) => boolean) => tickets.filter(f).length / tickets.length;
    expect(share((t) => t.agentChanges > 0)).toBeGreaterThan(0.05);
    expect(share((t) => t.agentChanges > 0)).toBeLessThan(0.3);
    expect(share((t) => t.queueChanges > 0)).toBeGreaterThan(0.03);
    expect(share((t) => t.reopens > 0)).toBeGreaterThan(0.01);
    const escalated = tickets.filter((t) => t.escalated);
    expect(escalated.length / tickets.length).toBeGreaterThan(0.02);
    expect(escalated.every((t) => t.queue === "escalations" && t.messages.some((m) => m.internal))).toBe(true);
    const stalled = tickets.filter((t) => t.messages.some((m, i) => i > 0 && m.createdAt.getTime() - t.messages[i - 1]!.createdAt.getTime() > 3 * DAY));
    expect(stalled.length).toBeGreaterThan(100);
    const rated = tickets.filter((t) => t.csat != null);
    expect(rated.length / tickets.filter((t) => t.resolvedAt).length).toBeGreaterThan(0.2);
    expect(rated.length / tickets.filter((t) => t.resolvedAt).length).toBeLessThan(0.6);
    expect(new Set(rated.map((t) => t.csat))).toEqual(new Set([1, 2, 3, 4, 5]));
    const mean = (ts: TImportTicket[]) => ts.reduce((s, t) => s + t.csat!, 0) / ts.length;
    expect(mean(rated.filter((t) => t.agentChanges > 0))).toBeLessThan(mean(rated.filter((t) => t.agentChanges === 0)) - 0.3);
  });
});
