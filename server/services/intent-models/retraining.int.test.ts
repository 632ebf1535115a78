import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type IntentModel } from "@prisma/client";
import { getPrisma } from "../../db";
import { toImportItem } from "../../../lib/history-import/import-record";
import { importTickets } from "../history-import/import-tickets";
import { uniqueId } from "../../../tests/integration/helpers";
import { isHeldOut } from "./held-out-split";
import { modelView } from "./model-view";
import { saveRetrainPolicy } from "./retrain-policy";
import { SCHEDULE_AUTHOR, startDueTraining } from "./retrain-scheduler";
import { createModelVersion, trainModelVersion } from "./train-and-store";
import { DEFAULT_RETRAIN_POLICY } from "../../../lib/intent-models/retrain-policy";

const prisma = getPrisma();

const TOPICS: Record<string, string[]> = {
  card_arrival: ["card", "arrive", "delivery", "post", "envelope", "mail"],
  exchange_rate: ["exchange", "rate", "currency", "euros", "dollars", "convert"],
  change_pin: ["pin", "code", "digits", "change", "reset", "number"],
  refund_request: ["refund", "money", "back", "return", "charge", "merchant"],
};

/** 400 labelled tickets in four categories whose words do not overlap, under a source of their own. */
async function labelledHistory(): Promise<{ source: string; tickets: Array<{ id: string; category: string }> }> {
  const source = uniqueId("retrain-test");
  const items = Object.entries(TOPICS).flatMap(([category, words], c) =>
    Array.from({ length: 100 }, (_, i) => ({
      externalId: `${category}-${i}`,
      subject: words[i % 6]!,
      body: `hello, my ${words[i % 6]} and the ${words[(i + 2) % 6]} issue ${i} with ${words[(i + 3) % 6]} ${words[(i + 5) % 6]}`,
      createdAt: new Date(Date.UTC(2026, 9, 1 + (i % 28), c, i % 60)).toISOString(),
      category,
      customer: { externalId: `c${i}` },
    })),
  );
  await importTickets(prisma, items.map((t, i) => toImportItem({ record: i + 1 }, t)), { source });
  const tickets = await prisma.ticket.findMany({ where: { source }, select: { id: true, category: true } });
  return { source, tickets: tickets.map((t) => ({ id: t.id, category: t.category! })) };
}

/** Relabels the training rows (never the held-out ones) of some categories, as a helpdesk's labels can drift. */
async function relabelTrainingRows(tickets: Array<{ id: string; category: string }>, as: Record<string, string>) {
  for (const [from, to] of Object.entries(as)) {
    const ids = tickets.filter((t) => t.category === from && !isHeldOut(t.id)).map((t) => t.id);
    await prisma.ticket.updateMany({ where: { id: { in: ids } }, data: { category: to } });
  }
}

async function restoreLabels(tickets: Array<{ id: string; category: string }>) {
  for (const category of Object.keys(TOPICS)) {
    await prisma.ticket.updateMany({ where: { id: { in: tickets.filter((t) => t.category === category).map((t) => t.id) } }, data: { category } });
  }
}

async function train(source: string, author = "test"): Promise<IntentModel> {
  const row = await createModelVersion(prisma, author);
  // Without the sentence encoder: the n-gram model alone learns these texts, in seconds.
  return trainModelVersion(prisma, row.id, { sources: [source], encoder: null });
}

const heldOutOf = (row: IntentModel) => modelView(row).metrics!.heldOut!;

// The database is shared with the flow tests, which expect the keyword baseline: leave no test model active,
// and the default policy, so no web process of a later test file starts a scheduled training.
afterAll(async () => {
  await prisma.intentModel.updateMany({ where: { author: { in: ["test", SCHEDULE_AUTHOR] } }, data: { active: false } });
  await saveRetrainPolicy(prisma, DEFAULT_RETRAIN_POLICY, "test");
});

describe("retraining", () => {
  let history: Awaited<ReturnType<typeof labelledHistory>>;
  beforeAll(async () => {
    history = await labelledHistory();
    await prisma.intentModel.updateMany({ data: { active: false } });
    await saveRetrainPolicy(prisma, { schedule: "never", autoActivateMargin: 2 }, "test");
  });

  it("a retrained version is activated only when it beats the active one on the same held-out rows", async () => {
    const heldOutIds = history.tickets.filter((t) => isHeldOut(t.id));
    expect(heldOutIds.length).toBeGreaterThanOrEqual(20);

    // The first version learnt from drifted labels: the refunds' training rows were labelled exchange_rate.
    await relabelTrainingRows(history.tickets, { refund_request: "exchange_rate" });
    const first = await train(history.source);
    expect(first).toMatchObject({ status: "ready", active: true, trainedOn: history.tickets.length - heldOutIds.length });
    expect(heldOutOf(first)).toMatchObject({ rule: "fnv1a32(ticket id) mod 100 < 10", active: null, decision: { outcome: "first" } });
    expect(heldOutOf(first).score.rows).toBe(heldOutIds.length);

    // The labels are fixed: the new version answers the held-out refunds too, and wins by more than the margin.
    await restoreLabels(history.tickets);
    const better = await train(history.source);
    const comparison = heldOutOf(better);
    expect(comparison.active).toMatchObject({ version: first.version, sawHeldOut: false, score: { rows: heldOutIds.length } });
    expect(comparison.score.accuracy).toBeGreaterThan(comparison.active!.score!.accuracy + 0.02);
    expect(comparison.decision).toMatchObject({ activate: true, outcome: "beat-margin", reason: expect.stringMatching(/^\d+\.\d points? better, margin 2$/) });
    expect(better.active).toBe(true);
    expect(await activeVersions()).toEqual([better.version]);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "ai.model-activate", subject: `intent model v${better.version}` } });
    expect(audit).toMatchObject({ actor: "test", details: { decision: comparison.decision.reason, outcome: "beat-margin" } });

    // The labels drift further: two categories' training rows merged into a third. Worse on the same rows: kept aside.
    await relabelTrainingRows(history.tickets, { refund_request: "change_pin", card_arrival: "change_pin" });
    const worse = await train(history.source);
    const against = heldOutOf(worse);
    expect(against.score.rows).toBe(comparison.score.rows);
    expect(against.active).toMatchObject({ version: better.version, score: { accuracy: comparison.score.accuracy } });
    expect(against.decision).toMatchObject({ activate: false, outcome: "worse", reason: expect.stringMatching(/^\d+\.\d points worse$/) });
    expect(worse.active).toBe(false);
    expect(await activeVersions()).toEqual([better.version]);
    expect(await prisma.auditLog.count({ where: { action: "ai.model-activate", subject: `intent model v${worse.version}` } })).toBe(0);
    await restoreLabels(history.tickets);
  });

  it("does not activate automatically against an active version that may have trained on the held-out rows", async () => {
    // A version from before the rule: its metrics say nothing of held-out rows.
    const active = await prisma.intentModel.findFirstOrThrow({ where: { active: true } });
    const { heldOut: _rule, ...older } = active.metrics as Record<string, unknown>;
    await prisma.intentModel.update({ where: { id: active.id }, data: { metrics: older as object } });
    try {
      const candidate = await train(history.source);
      expect(heldOutOf(candidate)).toMatchObject({
        active: { version: active.version, sawHeldOut: true },
        decision: { activate: false, outcome: "unfair", reason: `the active version v${active.version} saw the held-out tickets in its training, so a person decides` },
      });
      expect(candidate.active).toBe(false);
    } finally {
      await prisma.intentModel.update({ where: { id: active.id }, data: { metrics: active.metrics as object } });
    }
  });

  it("the schedule starts a due training once, even with two processes looking at the same moment, and not again", async () => {
    const other = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });
    const launched: number[] = [];
    const launch = (row: IntentModel) => void launched.push(row.version);
    try {
      const latest = await prisma.intentModel.findFirstOrThrow({ orderBy: { version: "desc" } });
      // The newest training started two days ago.
      await prisma.intentModel.update({ where: { id: latest.id }, data: { createdAt: new Date(Date.now() - 2 * 86_400_000) } });
      expect(await startDueTraining(prisma, { launch })).toBeNull(); // the schedule is off

      await saveRetrainPolicy(prisma, { schedule: "daily", autoActivateMargin: 2 }, "test");
      const started = await Promise.all([prisma, other, prisma, other].map((client) => startDueTraining(client, { launch })));
      const rows = started.filter((r) => r !== null);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ version: latest.version + 1, author: SCHEDULE_AUTHOR, status: "training" });
      expect(launched).toEqual([latest.version + 1]);

      // Once it has finished, the next one is a day after it started: nothing is due now.
      await prisma.intentModel.update({ where: { id: rows[0]!.id }, data: { status: "failed", error: "stopped by the test", finishedAt: new Date() } });
      expect(await startDueTraining(other, { launch })).toBeNull();
      expect(await startDueTraining(prisma, { launch, now: new Date(Date.now() + 25 * 3_600_000) })).toMatchObject({ version: latest.version + 2 });
      expect(launched).toEqual([latest.version + 1, latest.version + 2]);
      await prisma.intentModel.updateMany({ where: { author: SCHEDULE_AUTHOR, status: "training" }, data: { status: "failed", error: "stopped by the test" } });
    } finally {
      await saveRetrainPolicy(prisma, DEFAULT_RETRAIN_POLICY, "test");
      await other.$disconnect();
    }
  });
});

async function activeVersions(): Promise<number[]> {
  return (await prisma.intentModel.findMany({ where: { active: true }, select: { version: true } })).map((m) => m.version);
}
