import "server-only";
import type { PrismaClient } from "@prisma/client";
import { unknownIntentLabels } from "../../../workflows/lint/unknown-intent-labels";
import type { BacktestMetrics } from "../../../workflows/interpret/replay/types";
import { ABSTAINED_LABEL, KEYWORD_BASELINE_LABELS, modelLabels } from "../intent-models/intent-labels";
import { lookupNotRecordedCaveats } from "./lookup-caveat";

/** Which model answered a backtest's AI steps, named for people rather than as the cache's version string. */
export interface TAnsweringModel {
  /** The version string stored with the run (it keys the answer cache). */
  raw: string;
  provider: string;
  intentModel: null | { id: string; version: number; trainedOn: number; crossValidatedAccuracy: number | null; trainedAt: Date | null };
}

/** Something that makes a figure of this backtest less trustworthy than it looks, said next to the results. */
export interface TBacktestCaveat {
  kind: "intent-in-sample" | "final-tags" | "unknown-intent-labels" | "lookup-not-recorded";
  message: string;
}

/** The answering model and the caveats of a run, for its results page. */
export async function backtestCaveats(
  prisma: PrismaClient,
  run: {
    modelVersion: string | null;
    candidateGraph: unknown;
    baselineGraph: unknown;
    intentAccuracy: number | null;
    /** The finished run's metrics: lookups without a recorded result are counted on their nodes. */
    metrics?: { candidate: BacktestMetrics; baseline: BacktestMetrics } | null;
  },
): Promise<{ model: TAnsweringModel | null; caveats: TBacktestCaveat[] }> {
  const model = run.modelVersion === null ? null : await answeringModel(prisma, run.modelVersion);
  const caveats: TBacktestCaveat[] = [];
  const intent = model?.intentModel;
  if (intent && intent.trainedOn > 0 && run.intentAccuracy !== null) caveats.push(inSampleCaveat(intent, run.intentAccuracy));
  if (readsField(run.candidateGraph, "ticket.tags") || readsField(run.baselineGraph, "ticket.tags")) {
    caveats.push({
      kind: "final-tags",
      message:
        "A rule here reads the ticket's tags. The history holds each ticket's tags as the helpdesk last saw them, including tags agents or triggers added after it arrived (an \"escalated\" tag, say), so rules on tags can match better here than they will on new tickets.",
    });
  }
  const unknown = model === null ? null : await unknownLabelsCaveat(prisma, model, [run.candidateGraph, run.baselineGraph]);
  if (unknown !== null) caveats.push(unknown);
  caveats.push(
    ...lookupNotRecordedCaveats([
      { graph: run.candidateGraph, metrics: run.metrics?.candidate },
      { graph: run.baselineGraph, metrics: run.metrics?.baseline },
    ]),
  );
  return { model, caveats };
}

/**
 * Rules naming intents the answering classifier never gives decide the same way for every ticket (an "equals"
 * never holds, a "not equals" always does), here and live. Said only when the classifier's labels are known (a trained model, or the keyword baseline).
 */
async function unknownLabelsCaveat(prisma: PrismaClient, model: TAnsweringModel, graphs: unknown[]): Promise<TBacktestCaveat | null> {
  const known = await answeringLabels(prisma, model);
  if (known === null) return null;
  const set = new Set(known);
  const labels = [...new Set(graphs.flatMap((g) => (isGraph(g) ? unknownIntentLabels(g, set).map((u) => u.label) : [])))];
  if (labels.length === 0) return null;
  const classifier = model.intentModel === null ? "the keyword baseline" : `intent model v${model.intentModel.version}`;
  const shown = labels.slice(0, 5).map((l) => JSON.stringify(l)).join(", ") + (labels.length > 5 ? ` and ${labels.length - 5} more` : "");
  return {
    kind: "unknown-intent-labels",
    message: `A rule here names ${labels.length === 1 ? "an intent" : "intents"} (${shown}) that ${classifier}, which answered this run, never gives: a rule comparing the intent with ${labels.length === 1 ? "it" : "them"} decides the same way for every ticket, which is rarely what was meant. Rename ${labels.length === 1 ? "it" : "them"} to the model's labels (the editor suggests them).`,
  };
}

/** The labels the run's classifier could give; null when they are not known (OpenAI without a model, a model that cannot be read). */
async function answeringLabels(prisma: PrismaClient, model: TAnsweringModel): Promise<string[] | null> {
  if (model.intentModel !== null) {
    const trained = await modelLabels(prisma, model.intentModel);
    return trained === null ? null : [...trained, ABSTAINED_LABEL];
  }
  return model.provider === "openai" ? null : [...KEYWORD_BASELINE_LABELS];
}

function isGraph(graph: unknown): graph is { nodes: Array<{ id: string; data?: unknown }> } {
  return graph !== null && typeof graph === "object" && Array.isArray((graph as { nodes?: unknown }).nodes);
}

/**
 * The version string is `provider;intent model;provider's models;guardrails` (see answeringModelVersion in
 * ai-cache.ts); the intent model part is `local-intent-v<version>-<fingerprint>` or `no-trained-intent`.
 */
export async function answeringModel(prisma: PrismaClient, raw: string): Promise<TAnsweringModel> {
  const [provider = raw, intentPart = ""] = raw.split(";");
  const version = /^local-intent-v(\d+)-/.exec(intentPart)?.[1];
  if (version === undefined) return { raw, provider, intentModel: null };
  const row = await prisma.intentModel.findUnique({ where: { version: Number(version) }, select: { id: true, version: true, trainedOn: true, metrics: true, finishedAt: true } });
  if (row === null) return { raw, provider, intentModel: null };
  const accuracy = (row.metrics as { crossValidatedAccuracy?: unknown } | null)?.crossValidatedAccuracy;
  return {
    raw,
    provider,
    intentModel: { id: row.id, version: row.version, trainedOn: row.trainedOn, crossValidatedAccuracy: typeof accuracy === "number" ? accuracy : null, trainedAt: row.finishedAt },
  };
}

function inSampleCaveat(intent: NonNullable<TAnsweringModel["intentModel"]>, backtestAccuracy: number): TBacktestCaveat {
  const cv = intent.crossValidatedAccuracy === null ? "" : ` Its cross-validated accuracy, the estimate for tickets it has not seen, is ${percent(intent.crossValidatedAccuracy)}.`;
  return {
    kind: "intent-in-sample",
    message:
      `The intent model (v${intent.version}) learned from ${intent.trainedOn.toLocaleString("en")} labelled tickets of this workspace's history, which can include the tickets replayed here. ` +
      `On a ticket it learned from, its answer is in-sample, so the intent accuracy measured here (${percent(backtestAccuracy)}) is optimistic.${cv}`,
  };
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/**
 * Whether any rule in a stored flow graph reads the field. A walk over the whole JSON, not a switch over node
 * kinds: rules sit in conditions and in switch cases, at any depth of nesting, and a node kind added later with
 * rules of its own is covered too.
 */
export function readsField(graph: unknown, field: string): boolean {
  if (Array.isArray(graph)) return graph.some((item) => readsField(item, field));
  if (graph === null || typeof graph !== "object") return false;
  const obj = graph as Record<string, unknown>;
  if (obj.kind === "rule" && obj.field === field) return true;
  return Object.values(obj).some((value) => readsField(value, field));
}
