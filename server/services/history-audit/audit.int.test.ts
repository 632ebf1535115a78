import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import { toImportItem, type TImportTicketInput } from "../../../lib/history-import/import-record";
import { importTickets } from "../history-import/import-tickets";
import { uniqueId } from "../../../tests/integration/helpers";
import type { TAuditReport } from "./audit-report";
import { auditFixture, FIXTURE_NOW } from "./audit-fixture";
import { latestAudit, refreshAudit } from "./audit-store";
import { computeAudit } from "./compute-audit";

const prisma = getPrisma();
const fixture = auditFixture();
const source = uniqueId("audit-test");

async function importAll(src: string, tickets: TImportTicketInput[]) {
  const result = await importTickets(prisma, tickets.map((t, i) => toImportItem({ record: i + 1 }, t)), { source: src });
  expect(result.rejected).toBe(0);
}

let report: TAuditReport;

beforeAll(async () => {
  await importAll(source, fixture.tickets);
  await prisma.ticket.updateMany({ where: { source, externalId: { in: fixture.negativeSentiment } }, data: { sentiment: "negative" } });
  report = await computeAudit(prisma, { sources: [source], now: FIXTURE_NOW });
});

const category = (name: string) => {
  const c = report.categories.find((x) => x.category === name);
  if (!c) throw new Error(`No category ${name} in ${report.categories.map((x) => x.category).join(", ")}`);
  return c;
};

describe("computeAudit on a hand-built history", () => {
  it("counts tickets, labels and replies, and fills in the missing categories with the classifier", async () => {
    expect(report.totals).toMatchObject({
      tickets: fixture.expect.tickets,
      labelled: fixture.expect.labelled,
      categorisedByAudit: fixture.expect.categorisedByAudit,
      agentReplies: fixture.expect.agentReplies,
    });
    expect(Object.fromEntries(report.categories.map((c) => [c.category, c.tickets]))).toEqual(fixture.expect.categories);
    const filled = await prisma.ticket.findMany({ where: { source, categorySource: "classifier" }, select: { category: true } });
    expect(filled.map((t) => t.category)).toEqual(Array(10).fill("card_lost"));
    expect(report.period.from! < report.period.to!).toBe(true);
  });

  it("finds exactly the two planted templates, with the categories they answer, and ignores internal notes", () => {
    const found = report.templates.map((t) => ({ count: t.count, categories: t.categories }));
    expect(found).toHaveLength(2);
    expect(found).toEqual(expect.arrayContaining(fixture.expect.templates));
    const card = report.templates.find((t) => t.categories[0]!.category === "card_lost")!;
    expect(card.example).toMatch(/replacement card is on its way/);
    for (const [name, share] of Object.entries(fixture.expect.templateShare)) expect(category(name).templateShare).toBeCloseTo(share, 4);
  });

  it("reports bounces, stalls and escalations resolved with a template", () => {
    const { bounced, stalled, escalatedThenTemplated } = report.friction;
    expect(bounced.count).toBe(fixture.expect.bounced);
    expect(stalled).toMatchObject({ count: fixture.expect.stalled, thresholdHours: 72 });
    expect(escalatedThenTemplated.count).toBe(fixture.expect.escalatedThenTemplated);
    expect(bounced.share).toBeCloseTo(6 / 85, 6);
    expect(stalled.examples[0]!.detail).toMatch(/No activity for \d+ h \(still open\)/);
    expect(escalatedThenTemplated.examples.every((e) => e.category === "password")).toBe(true);
    // A lower threshold finds more: the 100-hour first responses are not the only long gaps then.
    return computeAudit(prisma, { sources: [source], now: FIXTURE_NOW, stallHours: 30 }).then((r) =>
      expect(r.friction.stalled.count).toBeGreaterThan(fixture.expect.stalled),
    );
  });

  it("measures negative sentiment from the export when present and from the lexicon otherwise", () => {
    for (const [name, share] of Object.entries(fixture.expect.negativeShare)) expect(category(name).negativeShare).toBeCloseTo(share, 4);
  });

  it("suggests Tier 1 for the templated calm categories and Tier 2 for refunds, and ranks candidates", () => {
    expect(category("card_lost").suggestedTier.tier).toBe(1);
    expect(category("password").suggestedTier.tier).toBe(1);
    expect(category("refund").suggestedTier.tier).toBe(2);
    expect(category("refund").suggestedTier.reasons.join(" ")).toMatch(/answered with a template/);
    expect(report.candidates.map((c) => c.rank)).toEqual(report.candidates.map((_, i) => i + 1));
    expect(report.candidates.map((c) => c.category)).toEqual(expect.arrayContaining(["card_lost", "password", "refund"]));
  });

  it("has weekly trends that add up to the tickets of the last 26 weeks", () => {
    for (const c of report.categories) expect(c.trend.weekly.reduce((a, b) => a + b, 0)).toBe(c.tickets);
  });

  it("matches a direct SQL count per category", async () => {
    const direct = await prisma.$queryRaw<
      Array<{ category: string; tickets: number; handleSec: number; reopened: number; csatN: number; csatSum: number }>
    >`SELECT category, count(*)::int AS tickets, sum("handleTimeSec")::int AS "handleSec",
             count(*) FILTER (WHERE reopens > 0)::int AS reopened, count(csat)::int AS "csatN", coalesce(sum(csat), 0)::int AS "csatSum"
      FROM "Ticket" WHERE source = ${source} GROUP BY category`;
    // The median by position: the middle row, or the mean of the two middle rows.
    const medians = await prisma.$queryRaw<Array<{ category: string; median: number }>>`
      WITH f AS (
        SELECT category, extract(epoch FROM "firstResponseAt" - "createdAt")::float8 / 60 AS minutes,
               row_number() OVER (PARTITION BY category ORDER BY "firstResponseAt" - "createdAt") AS rn,
               count(*) OVER (PARTITION BY category) AS n
        FROM "Ticket" WHERE source = ${source} AND "firstResponseAt" IS NOT NULL
      )
      SELECT category, avg(minutes)::float8 AS median FROM f WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY category`;

    expect(direct.map((d) => d.category).sort()).toEqual(report.categories.map((c) => c.category).sort());
    for (const d of direct) {
      const c = category(d.category);
      expect(c.tickets).toBe(d.tickets);
      expect(c.agentHours).toBeCloseTo(d.handleSec / 3600, 2);
      expect(c.baseline.reopenRate).toBeCloseTo(d.reopened / d.tickets, 4);
      expect(c.baseline.csatResponses).toBe(d.csatN);
      if (d.csatN === 0) expect(c.baseline.csat).toBeNull();
      else expect(c.baseline.csat).toBeCloseTo(d.csatSum / d.csatN, 2);
      expect(c.baseline.firstResponseMinutes.median).toBeCloseTo(medians.find((m) => m.category === d.category)!.median, 2);
    }
    expect(report.totals.agentHours).toBeCloseTo(direct.reduce((s, d) => s + d.handleSec, 0) / 3600, 2);
  });

  it("gives the same answer when run again (the classifier's categories are recomputed, not doubled)", async () => {
    const again = await computeAudit(prisma, { sources: [source], now: FIXTURE_NOW });
    expect({ ...again, generatedAt: "" }).toEqual({ ...report, generatedAt: "" });
  });

  it("stores a refreshed report as the latest", async () => {
    const stored = await refreshAudit(prisma, { sources: [source], now: FIXTURE_NOW });
    const latest = await latestAudit(prisma);
    expect(latest?.id).toBe(stored.id);
    expect(latest?.report.totals.tickets).toBe(fixture.expect.tickets);
  });
});

describe("computeAudit on a history without any labels", () => {
  it("invents categories by clustering the texts and names them by their top words", async () => {
    const unlabelled = uniqueId("audit-test-nolabels");
    const texts = [
      ...Array.from({ length: 8 }, (_, i) => `My card was stolen, please block the stolen card ${i}`),
      ...Array.from({ length: 8 }, (_, i) => `Password reset link expired, need a new password reset ${i}`),
    ];
    const base = fixture.tickets[0]!;
    await importAll(
      unlabelled,
      texts.map((body, i) => ({ ...base, externalId: `u${i}`, subject: "", body, category: null, messages: [{ ...base.messages![0]!, body }] })),
    );
    const r = await computeAudit(prisma, { sources: [unlabelled], now: FIXTURE_NOW });
    expect(r.totals).toMatchObject({ tickets: 16, labelled: 0, categorisedByAudit: 16 });
    expect(r.categories).toHaveLength(2);
    expect(r.categories.map((c) => c.tickets)).toEqual([8, 8]);
    const names = r.categories.map((c) => c.category);
    expect(names.filter((n) => /card|stolen|block/.test(n))).toHaveLength(1);
    expect(names.filter((n) => /password|reset|expired|link/.test(n))).toHaveLength(1);
    expect(await prisma.ticket.count({ where: { source: unlabelled, categorySource: "cluster" } })).toBe(16);
  });
});
