import { afterAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { getPrisma } from "../../db";
import { createCaller } from "../../api/root";
import { toImportItem } from "../../../lib/history-import/import-record";
import { importTickets } from "../history-import/import-tickets";
import { contextAs } from "../../../tests/auth";
import { eventually, uniqueId } from "../../../tests/integration/helpers";
import { activeIntentModelLoader, classifyWith } from "./active-model";
import { activateModelVersion, createModelVersion, trainModelVersion } from "./train-and-store";
import { startTraining } from "./start-training";
import { workspaceIntentLabels } from "./intent-labels";
import { modelFingerprint, serializeIntentModel, trainIntentModelParallel } from "../../ai/intent";
import { ToyEncoder, toyRowsWithRareWords } from "../../ai/intent/dev/toy-encoder";
import { isHeldOut } from "./held-out-split";

const prisma = getPrisma();

/** How many of a source's tickets a training learns from: the held-out ones (held-out-split.ts) are left for comparing versions. */
async function trainableCount(source: string): Promise<number> {
  return (await prisma.ticket.findMany({ where: { source }, select: { id: true } })).filter((t) => !isHeldOut(t.id)).length;
}

/** Three categories whose texts share nothing, 30 tickets each, under their own source. */
async function labelledHistory(): Promise<string> {
  const source = uniqueId("intent-test");
  const topics = {
    card_arrival: ["card", "arrive", "delivery", "post", "envelope"],
    exchange_rate: ["exchange", "rate", "currency", "euros", "dollars"],
    change_pin: ["pin", "code", "digits", "change", "reset"],
  };
  const tickets = Object.entries(topics).flatMap(([category, words], c) =>
    Array.from({ length: 30 }, (_, i) => ({
      externalId: `${category}-${i}`,
      subject: words[i % 5]!,
      body: `my ${words[i % 5]} and ${words[(i + 2) % 5]} question number ${i} ${words[(i + 3) % 5]}`,
      createdAt: new Date(Date.UTC(2026, 9, 1, c, i)).toISOString(),
      category,
      customer: { externalId: `c${i}` },
    })),
  );
  await importTickets(prisma, tickets.map((t, i) => toImportItem({ record: i + 1 }, t)), { source });
  return source;
}

// The database is shared with the flow tests, which expect the keyword baseline: leave no test model active.
afterAll(async () => {
  await prisma.intentModel.updateMany({ where: { author: "test" }, data: { active: false } });
});

describe("intent models", () => {
  it("trains a version on the labelled history, stores it with its curve, and classifies with it", async () => {
    const source = await labelledHistory();
    await prisma.intentModel.updateMany({ data: { active: false } });
    const row = await createModelVersion(prisma, "test");
    const stages = new Set<string>();
    const done = await trainModelVersion(prisma, row.id, { sources: [source], onProgress: (p) => void stages.add(p.stage) });
    const trainable = await trainableCount(source);
    expect(done).toMatchObject({ status: "ready", labels: 3, trainedOn: trainable, active: true });
    // With the sentence encoder, installed by npm install: the texts' embeddings first, its SVM's fits after.
    expect(stages).toEqual(new Set(["encode", "featurise", "cross-validate", "final-fit", "network", "encoder", "calibrate"]));
    expect((done.metrics as { encoder: unknown }).encoder).toMatchObject({ name: "all-MiniLM-L6-v2-q", weight: expect.any(Number) });
    expect((done.metrics as { curve: unknown[] }).curve).toHaveLength(100);
    // Each intent's own curve, for per-intent thresholds: the out-of-fold rows labelled with it, at 20 thresholds.
    const perIntent = (done.metrics as { intentCurves: Array<{ label: string; predicted: number; points: unknown[] }> }).intentCurves;
    expect(perIntent.map((c) => c.label)).toEqual(["card_arrival", "change_pin", "exchange_rate"]);
    expect(perIntent.reduce((sum, c) => sum + c.predicted, 0)).toBe(trainable);
    expect(perIntent.every((c) => c.points.length === 20)).toBe(true);

    // A burst of first calls all wait for the one load, none is answered by the baseline meanwhile.
    const load = activeIntentModelLoader(prisma);
    const burst = await Promise.all(Array.from({ length: 8 }, () => load()));
    expect(burst.map((m) => m?.version)).toEqual(Array(8).fill(done.version));
    const loaded = await activeIntentModelLoader(prisma)();
    expect(loaded?.version).toBe(done.version);
    // The loader hands the encoder to the classifier exactly when the version uses it.
    const { weight } = (done.metrics as { encoder: { weight: number } }).encoder;
    expect(loaded!.encoder?.name ?? null).toBe(weight > 0 ? "all-MiniLM-L6-v2-q" : null);
    const result = await classifyWith(loaded!, "when will my card arrive by post");
    expect(result).toMatchObject({ label: "card_arrival", model: expect.stringMatching(new RegExp(`^local-intent-v${done.version}-`)) });
    expect((await classifyWith(loaded!, "what exchange rate for euros")).label).toBe("exchange_rate");

    // A second version does not replace the active one unless asked; activating switches.
    const second = await trainModelVersion(prisma, (await createModelVersion(prisma, "test")).id, { sources: [source] });
    expect(second.active).toBe(false);
    await activateModelVersion(prisma, second.version);
    expect((await prisma.intentModel.findMany({ where: { active: true } })).map((m) => m.version)).toEqual([second.version]);

    // The labels the editor suggests: the active model's, and "unknown" for its abstentions; the keyword
    // provider's own whatever is trained; without an active model, the baseline's (local) or the history's (OpenAI).
    const labels = await workspaceIntentLabels(prisma, "local");
    expect(labels).toMatchObject({ source: `intent model v${second.version}`, labels: ["card_arrival", "change_pin", "exchange_rate", "unknown"] });
    // With it, each intent's lowest threshold that was 97% right in cross-validation (the texts here never mix).
    expect(Object.keys(labels.precise!).sort()).toEqual(["card_arrival", "change_pin", "exchange_rate"]);
    for (const p of Object.values(labels.precise!)) expect(p.coverage).toBeGreaterThan(0);
    expect(await workspaceIntentLabels(prisma, "keyword")).toMatchObject({ source: "the keyword baseline", labels: expect.arrayContaining(["card_issue", "general"]) });
    await prisma.intentModel.updateMany({ data: { active: false } });
    expect((await workspaceIntentLabels(prisma, "local")).source).toBe("the keyword baseline");
    const openai = await workspaceIntentLabels(prisma, "openai");
    expect(openai.source).toBe("the history's categories");
    expect(openai.labels).toEqual(expect.arrayContaining(["card_arrival", "change_pin", "exchange_rate"]));
  });

  it("loads the encoder a stored version was trained with, and classifies without it where it is missing", async () => {
    const encoder = new ToyEncoder();
    const model = await trainIntentModelParallel(toyRowsWithRareWords(400, { seed: 11, rareShare: 0.3 }), { seed: 3, encoder });
    expect(model.encoder?.name).toBe("toy-encoder");
    const row = await createModelVersion(prisma, "test");
    await prisma.intentModel.updateMany({ data: { active: false } });
    await prisma.intentModel.update({
      where: { id: row.id },
      data: { status: "ready", active: true, blob: new Uint8Array(serializeIntentModel(model)), fingerprint: modelFingerprint(model), labels: model.classes.length },
    });
    // A text only the encoder can place: a rare word the training never used.
    const [unseen] = toyRowsWithRareWords(1, { seed: 12, rareShare: 1, firstRareWord: 50 });

    const withEncoder = await activeIntentModelLoader(prisma, async () => encoder)();
    expect(withEncoder!.encoder).toBe(encoder);
    expect((await classifyWith(withEncoder!, unseen!.text)).alternatives[0]!.label).toBe(unseen!.label);

    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => void warnings.push(message);
    try {
      const missing = await activeIntentModelLoader(prisma, async () => null)();
      expect(missing!.encoder).toBeNull();
      expect(warnings.join("\n")).toContain("trained with the toy-encoder sentence encoder, which is not installed here");
      expect((await classifyWith(missing!, "please reset my password login")).label).toBe("login");
    } finally {
      console.warn = warn;
    }
    await prisma.intentModel.update({ where: { id: row.id }, data: { active: false } });
  });

  it("fails a version with the reason when there is nothing to learn from", async () => {
    const row = await createModelVersion(prisma, "test");
    const done = await trainModelVersion(prisma, row.id, { sources: [uniqueId("empty")] });
    expect(done).toMatchObject({ status: "failed", error: expect.stringContaining("No labelled tickets") });
    await expect(activateModelVersion(prisma, done.version)).rejects.toThrow(/failed/);
  });

  it("trains in a child process from the API's path, and refuses roles that may not train", async () => {
    const source = await labelledHistory();
    const row = await startTraining(prisma, "test", { sources: [source] });
    const done = await eventually("the training process to finish", async () => {
      const r = await prisma.intentModel.findUnique({ where: { id: row.id } });
      return r?.status !== "training" ? r : null;
    });
    expect(done).toMatchObject({ status: "ready", trainedOn: await trainableCount(source) });

    const agent = createCaller(contextAs("agent"));
    await expect(agent.aiModels.train({ activate: false })).rejects.toBeInstanceOf(TRPCError);
    const manager = createCaller(contextAs("manager"));
    expect((await manager.aiModels.list()).some((m) => m.version === done!.version)).toBe(true);
  });
});
