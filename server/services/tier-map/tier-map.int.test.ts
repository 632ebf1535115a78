import { describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import { uniqueId } from "../../../tests/integration/helpers";
import { ZTierMapSchema, type TTierMap } from "../../../workflows/model/tier-map";
import { getTierMap, listTierMapVersions } from "./get-tier-map";
import { saveTierMap } from "./save-tier-map";
import { TierMapConflictError } from "./tier-map-errors";
import { getTierMapOverview } from "./tier-map-overview";

/**
 * The tier map over a real PostgreSQL. The map is one per workspace and the database is shared, so every
 * test starts from whatever version is current and asserts relative to it.
 */
const prisma = getPrisma();

async function currentVersion(): Promise<number> {
  return (await getTierMap(prisma))?.version ?? 0;
}

const mapWith = (tiers: Record<string, 1 | 2 | 3>, escalation: Partial<TTierMap["escalation"]> = {}): TTierMap =>
  ZTierMapSchema.parse({ tiers, defaultTier: 2, escalation });

describe("saveTierMap", () => {
  it("writes version n+1 with its author, and getTierMap returns it", async () => {
    const base = await currentVersion();
    const cat = uniqueId("cat");
    const result = await saveTierMap(prisma, "ada@example.com", mapWith({ [cat]: 1 }), base);
    expect(result).toMatchObject({ saved: true, map: { version: base + 1, tiers: { [cat]: 1 } } });
    expect(await getTierMap(prisma)).toEqual(result.map);
    const row = await prisma.tierMapVersion.findUniqueOrThrow({ where: { number: base + 1 } });
    expect(row.author).toBe("ada@example.com");
  });

  it("writes nothing when the map equals the current version, even with keys and keywords reordered", async () => {
    const cats = [uniqueId("a"), uniqueId("b")] as const;
    const first = await saveTierMap(prisma, "ada@example.com", mapWith({ [cats[0]]: 1, [cats[1]]: 3 }, { keywords: ["cancel", "legal"] }));
    const logs = await prisma.auditLog.count({ where: { action: "tier-map.save" } });
    const again = await saveTierMap(prisma, "bob@example.com", mapWith({ [cats[1]]: 3, [cats[0]]: 1 }, { keywords: ["cancel", "legal", "CANCEL"] }), first.map.version);
    expect(again).toMatchObject({ saved: false, map: { version: first.map.version } });
    expect(again.changes.summary).toEqual([]);
    expect(await currentVersion()).toBe(first.map.version);
    expect(await prisma.auditLog.count({ where: { action: "tier-map.save" } })).toBe(logs);
  });

  it("refuses a save based on a stale version and names who saved in between", async () => {
    const base = await currentVersion();
    await saveTierMap(prisma, "ada@example.com", mapWith({ [uniqueId("x")]: 2 }), base);
    const stale = saveTierMap(prisma, "bob@example.com", mapWith({ [uniqueId("y")]: 3 }), base);
    await expect(stale).rejects.toBeInstanceOf(TierMapConflictError);
    await expect(stale).rejects.toThrow(`version ${base + 1} was saved by ada@example.com`);
    expect(await currentVersion()).toBe(base + 1);
  });

  it("lets exactly one of two concurrent saves of the same version through", async () => {
    const base = await currentVersion();
    const results = await Promise.allSettled([
      saveTierMap(prisma, "ada@example.com", mapWith({ [uniqueId("p")]: 1 }), base),
      saveTierMap(prisma, "bob@example.com", mapWith({ [uniqueId("q")]: 1 }), base),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(TierMapConflictError);
    expect(await currentVersion()).toBe(base + 1);
  });

  it("records the save in the audit log with before, after and what changed", async () => {
    const [stay, move] = [uniqueId("stay"), uniqueId("move")];
    const first = await saveTierMap(prisma, "ada@example.com", mapWith({ [stay]: 1, [move]: 1 }, { repeatContacts24h: 3 }));
    const second = await saveTierMap(prisma, "bob@example.com", mapWith({ [stay]: 1, [move]: 3 }, { repeatContacts24h: null, keywords: ["refund"] }), first.map.version);
    expect(second.saved).toBe(true);

    const log = await prisma.auditLog.findFirstOrThrow({ where: { action: "tier-map.save", subject: `tier-map v${second.map.version}` } });
    expect(log.actor).toBe("bob@example.com");
    const details = log.details as Record<string, unknown>;
    expect(details).toMatchObject({
      version: second.map.version,
      previousVersion: first.map.version,
      before: { tiers: { [move]: 1 }, escalation: { repeatContacts24h: 3 } },
      after: { tiers: { [move]: 3 }, escalation: { repeatContacts24h: null, keywords: ["refund"] } },
      changedCategories: [{ category: move, from: 1, to: 3 }],
      changedCriteria: [
        { criterion: "keywords", from: ["cancel", "legal", "lawyer", "complaint"], to: ["refund"] },
        { criterion: "repeatContacts24h", from: 3, to: null },
      ],
    });
    expect(details.summary).toEqual([
      `${move}: tier 1 → tier 3`,
      "Keywords: cancel, legal, lawyer, complaint → refund",
      "Repeat contacts in 24 h: 3 or more → off",
    ]);

    const versions = await listTierMapVersions(prisma, 2);
    expect(versions.map((v) => v.number)).toEqual([second.map.version, first.map.version]);
    expect(versions[0]).toMatchObject({ author: "bob@example.com", changes: details.summary });
    expect(versions[1]!.changes.length).toBeGreaterThan(0);
  });
});

describe("getTierMapOverview", () => {
  it("lists the history's categories with counts, the map's own categories, and the latest audit's suggestions", async () => {
    const source = uniqueId("tier-overview");
    const [busy, quiet, mapOnly] = [uniqueId("busy"), uniqueId("quiet"), uniqueId("maponly")];
    const customer = await prisma.customer.create({ data: { source, externalId: "c1" } });
    const categories = [busy, busy, busy, quiet];
    await prisma.ticket.createMany({
      data: categories.map((category, i) => ({ source, externalId: `t${i}`, customerId: customer.id, subject: "S", body: "B", category })),
    });
    await saveTierMap(prisma, "ada@example.com", mapWith({ [mapOnly]: 3, [quiet]: 1 }));
    const report = await prisma.auditReport.create({ data: { report: auditReport(busy), ticketCount: 4 } });
    try {
      const overview = await getTierMapOverview(prisma);
      const mine = overview.categories.filter((c) => [busy, quiet, mapOnly].includes(c.category));
      expect(mine).toEqual([
        { category: busy, tickets: 3, suggested: { tier: 1, reasons: ["Templated replies answer 80% of it"] } },
        { category: quiet, tickets: 1, suggested: null },
        { category: mapOnly, tickets: 0, suggested: null },
      ]);
      expect(overview.map?.tiers[quiet]).toBe(1);
      expect(overview.audit).toMatchObject({ generatedAt: "2026-11-01T00:00:00.000Z" });
      expect(overview.auditProblem).toBeNull();
    } finally {
      // Other files read "the latest audit": leave none of ours behind.
      await prisma.auditReport.delete({ where: { id: report.id } });
    }
  });
});

function auditReport(category: string) {
  const stat = { median: null, p90: null };
  return {
    generatedAt: "2026-11-01T00:00:00.000Z",
    period: { from: null, to: null },
    totals: { tickets: 3, labelled: 3, categorisedByAudit: 0, agentHours: 1, agentReplies: 3 },
    categories: [
      {
        category,
        tickets: 3,
        share: 1,
        agentHours: 1,
        agentTimeShare: 1,
        trend: { weekly: [3], changePct: null },
        baseline: { firstResponseMinutes: stat, resolutionHours: stat, handleMinutes: stat, csat: null, csatResponses: 0, reopenRate: 0 },
        templateShare: 0.8,
        negativeShare: 0,
        enterpriseShare: 0,
        suggestedTier: { tier: 1, reasons: ["Templated replies answer 80% of it"] },
      },
    ],
    templates: [],
    friction: {
      bounced: { count: 0, share: 0, examples: [] },
      stalled: { count: 0, share: 0, examples: [], thresholdHours: 48 },
      escalatedThenTemplated: { count: 0, share: 0, examples: [] },
    },
    candidates: [],
  };
}
