import { describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { getPrisma } from "@/server/db";
import { contextAs } from "../../../../tests/auth";
import { uniqueId } from "../../../../tests/integration/helpers";
import { saveTierMap } from "../../tier-map/save-tier-map";
import { getTierMap } from "../../tier-map/get-tier-map";
import { ZTierMapSchema } from "../../../../workflows/model/tier-map";
import { latestGapReport } from "./run-gap-report";

/**
 * The gap report on a small seeded set: two Tier 1 categories of the saved tier map (unique names), one answered by a
 * published article and one by nothing, plus a draft article that must not count.
 */
const prisma = getPrisma();

describe("runGapReport", () => {
  it("reports the share of strong matches per Tier 1 category of the tier map, worst first, with examples, and stores it", async () => {
    const covered = uniqueId("gap-covered");
    const uncovered = uniqueId("gap-uncovered");
    const customer = await prisma.customer.create({ data: { source: "kb-gap-test", externalId: uniqueId("c") } });
    const ticket = (category: string, subject: string, body: string) => ({ source: "kb-gap-test", externalId: uniqueId("t"), customerId: customer.id, category, subject, body });
    await prisma.ticket.createMany({
      data: [
        ticket(covered, "Quokka grooming", "How often should the quokka grooming appointment be booked?"),
        ticket(covered, "Grooming a quokka", "Where do I book quokka grooming?"),
        ticket(covered, "Quokka", "Can I reschedule the quokka grooming appointment?"),
        ticket(uncovered, "Zeppelin mooring", "What are the zeppelin mooring fees at the harbour mast?"),
        ticket(uncovered, "Mooring", "Is zeppelin mooring allowed overnight?"),
      ],
    });
    await prisma.kbArticle.create({ data: { title: "Quokka grooming appointments", body: "# Quokka grooming appointments\n\nBook quokka grooming under **Pets > Grooming**; reschedule an appointment there too.", status: "published" } });
    await prisma.kbArticle.create({ data: { title: "Zeppelin mooring fees", body: "# Zeppelin mooring fees\n\nZeppelin mooring at the harbour mast costs 5 per night, overnight allowed.", status: "draft" } });

    const current = await getTierMap(prisma);
    await saveTierMap(prisma, "test", ZTierMapSchema.parse({ tiers: { [covered]: 1, [uncovered]: 1, [uniqueId("gap-tier2")]: 2 } }), current?.version ?? 0);

    const initial = await createCaller(contextAs("agent")).knowledge.gapReport();
    expect(initial.tiers).toMatchObject({ source: "tier-map" });
    expect(initial.tiers.categories).toEqual(expect.arrayContaining([covered, uncovered]));

    // Reading is for every role that reads the knowledge base; running it (seconds of matching) is for its editors.
    await expect(createCaller(contextAs("agent")).knowledge.runGapReport()).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Editing the knowledge base needs the designer, publisher or admin role; you are an agent",
    });
    const report = await createCaller(contextAs("designer")).knowledge.runGapReport();
    expect(report.tierSource).toBe("tier-map");
    const mine = report.categories.filter((c) => c.category === covered || c.category === uncovered);
    expect(mine.map((c) => [c.category, c.tickets, c.sampled, c.strong])).toEqual([
      [uncovered, 2, 2, 0],
      [covered, 3, 3, 3],
    ]);
    expect(mine[1]!.coverage).toBe(1);
    expect(mine[0]!.worst).toHaveLength(2);
    // The draft article about zeppelins is never matched; the best match is some other published article, if any.
    expect(mine[0]!.worst.every((w) => w.article?.title !== "Zeppelin mooring fees")).toBe(true);
    expect(mine[1]!.worst[0]!.article).toMatchObject({ title: "Quokka grooming appointments" });
    expect(report.categories.some((c) => c.category.startsWith("gap-tier2"))).toBe(false);
    expect((await latestGapReport(prisma))?.generatedAt).toBe(report.generatedAt);
  });
});
