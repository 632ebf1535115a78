import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@prisma/client";
import { getPrisma } from "../../db";
import { uniqueId } from "../../../tests/integration/helpers";
import { trainIntentModel } from "../../ai/intent";
import { installedEncoderFiles } from "../../ai/encoder/encoder-files";
import { sharedSentenceEncoder } from "../../ai/encoder/sentence-encoder";
import { possibleNewIntents, WINDOW_DAYS } from "./possible-new-intents";

const prisma = getPrisma();
const noEncoder = async () => null;
const noModel = async () => null;
const DAY = 86_400_000;

let flowId: string;
let versionId: string;
let customerId: string;
const giftCards = [
  "How do I check the balance on my gift card?",
  "My gift card shows zero balance but I never used it",
  "Gift card balance is wrong after a purchase",
  "Where can I see the balance left on a gift card?",
];
const loyalty = ["How many loyalty points do I have?", "My loyalty points disappeared from my account", "Loyalty points were not added for my order"];

/** A ticket, live unless `imported`, with a classify-intent trace line when `line` is given. */
async function ticket(body: string, opts: { imported?: boolean; intent?: string | null; line?: { decision: string; details: Prisma.InputJsonValue | null }; ageDays?: number } = {}): Promise<string> {
  const row = await prisma.ticket.create({
    data: {
      source: "test",
      externalId: uniqueId("t"),
      customerId,
      subject: body.split(" ").slice(0, 4).join(" "),
      body,
      intent: opts.intent ?? null,
      importHash: opts.imported ? uniqueId("hash") : null,
      createdAt: new Date(Date.now() - (opts.ageDays ?? 0) * DAY),
    },
  });
  if (opts.line) {
    const run = await prisma.flowRun.create({ data: { ticketId: row.id, versionId, workflowId: `ticket-${row.id}` } });
    await prisma.runEvent.create({
      data: { runId: run.id, seq: 1, nodeId: "classify", nodeType: "classify-intent", decision: opts.line.decision, reason: "test", details: opts.line.details ?? undefined, at: new Date() },
    });
  }
  return row.id;
}

const unsureLine = (label: string, confidence: number) => ({
  decision: `unsure: ${label}`,
  details: { label, confidence, minConfidence: 0.8, alternatives: [{ label, confidence }], model: "test" },
});
const abstainedLine = (nearest: string, confidence: number) => ({
  decision: "unknown",
  details: { label: "unknown", confidence: 0.1, minConfidence: 0, alternatives: [{ label: nearest, confidence }], model: "test" },
});

const ids = { gift: [] as string[], loyalty: [] as string[], ignored: [] as string[] };

beforeAll(async () => {
  const flow = await prisma.flow.create({ data: { name: uniqueId("Unsure clusters"), draftGraph: {} } });
  flowId = flow.id;
  const version = await prisma.flowVersion.create({
    data: { flowId: flow.id, number: 1, graph: {}, plan: {}, contentHash: uniqueId("hash"), status: "published", author: "test" },
  });
  versionId = version.id;
  customerId = (await prisma.customer.create({ data: { source: "test", externalId: uniqueId("c") } })).id;
  // Below the step's minimum: the "unsure" way.
  for (const [i, body] of giftCards.entries()) ids.gift.push(await ticket(body, { intent: "card_arrival", line: unsureLine("card_arrival", 0.3 + i * 0.02) }));
  // The model abstained: the ticket's intent is "unknown", the line names its best guess.
  for (const body of loyalty) ids.loyalty.push(await ticket(body, { intent: "unknown", line: abstainedLine("refund", 0.25) }));
  // Imported history, an old ticket, a confident answer and a classifier failure are not unsure live tickets.
  for (const body of giftCards) ids.ignored.push(await ticket(body, { imported: true, intent: "unknown" }));
  ids.ignored.push(await ticket(giftCards[0]!, { intent: "unknown", ageDays: WINDOW_DAYS + 5 }));
  ids.ignored.push(await ticket(loyalty[0]!, { intent: "refund", line: { decision: "refund", details: { label: "refund", confidence: 0.9, alternatives: [] } } }));
  ids.ignored.push(await ticket(loyalty[1]!, { line: { decision: "unknown", details: null } }));
});

// The next files start from what this one leaves: take the unsure tickets (their runs go with them) and the flow.
afterAll(async () => {
  await prisma.ticket.deleteMany({ where: { customerId } });
  await prisma.flow.delete({ where: { id: flowId } });
});

/**
 * The group holding a ticket. The database is shared with other tests, whose unsure tickets may join a group, so
 * assertions ask for this test's tickets within it rather than for the group exactly.
 */
function clusterWith(result: Awaited<ReturnType<typeof possibleNewIntents>>, id: string) {
  return result.clusters.find((c) => c.ticketIds.includes(id));
}

function ours(ticketIds: string[] | undefined): string[] {
  const all = [...ids.gift, ...ids.loyalty, ...ids.ignored];
  return (ticketIds ?? []).filter((id) => all.includes(id)).sort();
}

describe("possible new intents", () => {
  it("groups unsure live tickets by topic, names them and shows the classifier's nearest intent; imported history is left out", async () => {
    const result = await possibleNewIntents({ prisma, encoder: noEncoder, model: noModel });
    expect(result).toMatchObject({ windowDays: 30, method: "n-grams", modelVersion: null, minSize: 3 });

    const gift = clusterWith(result, ids.gift[0]!);
    expect(ours(gift?.ticketIds)).toEqual([...ids.gift].sort());
    expect(gift?.examples.length).toBeGreaterThanOrEqual(4);
    expect(gift?.terms[0]).toMatch(/gift card|balance/);
    if (gift?.size === 4) expect(gift.nearest).toEqual({ intent: "card_arrival", tickets: 4, of: 4, meanConfidence: expect.closeTo(0.33), mostlyThisIntent: false });
    expect(gift!.first.getTime()).toBeLessThanOrEqual(gift!.last.getTime());

    const points = clusterWith(result, ids.loyalty[0]!);
    expect(ours(points?.ticketIds)).toEqual([...ids.loyalty].sort());
    expect(points?.terms).toContain("loyalty points");
    if (points?.size === 3) expect(points.nearest).toMatchObject({ intent: "refund", tickets: 3, meanConfidence: expect.closeTo(0.25) });

    const shown = result.clusters.flatMap((c) => c.ticketIds);
    for (const id of ids.ignored) expect(shown).not.toContain(id);
  });

  it("finds nothing when no unsure ticket came in within the window", async () => {
    const later = new Date(Date.now() + (WINDOW_DAYS + 1) * DAY);
    expect(await possibleNewIntents({ prisma, encoder: noEncoder, model: noModel, now: later })).toMatchObject({ unsure: 0, capped: false, clusters: [] });
  });

  it("answers from its cache until another unsure ticket arrives", async () => {
    const first = await possibleNewIntents({ prisma, encoder: noEncoder, model: noModel });
    expect(await possibleNewIntents({ prisma, encoder: noEncoder, model: noModel })).toBe(first);
    const added = await ticket("Gift card balance not showing in the app", { intent: "unknown" });
    const next = await possibleNewIntents({ prisma, encoder: noEncoder, model: noModel });
    expect(next).not.toBe(first);
    expect(clusterWith(next, ids.gift[0]!)?.ticketIds).toContain(added);
    expect(next.unsure).toBeGreaterThan(first.unsure);
    await prisma.ticket.delete({ where: { id: added } });
  });

  it("takes the nearest intent from the active model when there is one", async () => {
    const words = { card_arrival: ["card", "arrive", "delivery", "post", "envelope"], change_pin: ["pin", "code", "digits", "change", "reset"] };
    const rows = Object.entries(words).flatMap(([label, w]) => Array.from({ length: 30 }, (_, i) => ({ label, text: `my ${w[i % 5]} and ${w[(i + 2) % 5]} ${w[(i + 3) % 5]}` })));
    const model = trainIntentModel(rows, { seed: 1, folds: 3, mlp: false });
    const result = await possibleNewIntents({ prisma, encoder: noEncoder, model: async () => ({ name: "test", version: 9001, model, encoder: null }) });
    expect(result.modelVersion).toBe(9001);
    const gift = clusterWith(result, ids.gift[0]!);
    expect(["card_arrival", "change_pin"]).toContain(gift?.nearest?.intent);
    expect(gift?.nearest?.of).toBe(gift?.size);
    // The points tickets were guessed "refund" when they came in; this model knows no such intent.
    expect(clusterWith(result, ids.loyalty[0]!)?.nearest?.intent).not.toBe("refund");
  });

  it.skipIf(installedEncoderFiles() === null)("groups by the sentence encoder when it is installed", async () => {
    const result = await possibleNewIntents({ prisma, encoder: sharedSentenceEncoder, model: noModel });
    expect(result.method).toBe("encoder");
    expect(ours(clusterWith(result, ids.gift[0]!)?.ticketIds)).toEqual([...ids.gift].sort());
    expect(ours(clusterWith(result, ids.loyalty[0]!)?.ticketIds)).toEqual([...ids.loyalty].sort());
  });
});
