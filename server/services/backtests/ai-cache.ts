import "server-only";
import { createHash } from "node:crypto";
import { Prisma, type PrismaClient } from "@prisma/client";
import { answerAiActivity, type AiActivityDeps } from "../../ai/answer-ai-activity";
import { loadEnabledGuardrails } from "../../ai/guardrails/load-guardrails";
import type { AiProvider } from "../../ai/provider";
import { intentModelName } from "../intent-models/train-and-store";
import { recordedLookups } from "../lookups/recorded-lookups";
import { draftDeps } from "../runs/draft-deps";
import { dataSourcesVersion, draftLookups } from "./draft-lookups";
import { aiRequestOf, isAiActivity } from "../../../workflows/interpret/replay/ai-request";
import { AnswerTable } from "../../../workflows/interpret/replay/answer-table";
import type { AiAnswerSource, AiRequest } from "../../../workflows/interpret/replay/types";

/** Answers kept in memory at most; older ones are dropped (a later miss reads them back from the cache table). */
const MAX_IN_MEMORY = 200_000;

/**
 * Model answers for a backtest: the replay looks them up in memory; misses are resolved in batches, first
 * from the AiResultCache table, then from the provider (the same call as the live activity), and stored, so
 * rerunning a backtest costs no inference. Before a batch is replayed, its tickets' stored answers are loaded in
 * one query (prefetch): a rerun then replays each ticket once instead of once per AI step it reaches, which
 * roughly doubles a rerun's speed (README, Status). The cache key names the
 * model version, so training or activating another intent model, re-indexing the KB or changing guardrails never
 * serves stale answers. A draft is keyed with the page it was asked for and the data-source results it reads
 * (draft-lookups.ts), and reads them from what live runs kept, never from the data source.
 */
export async function createAiAnswerSource(prisma: PrismaClient, provider: AiProvider, options: { maxInMemory?: number } = {}): Promise<AiAnswerSource> {
  const modelVersion = await answeringModelVersion(prisma, provider);
  const maxInMemory = options.maxInMemory ?? MAX_IN_MEMORY;
  // A draft may read data sources: a backtest reads the results kept by live runs, never calls out.
  const drafts = draftLookups(prisma);
  const deps = draftDeps(prisma, recordedLookups(prisma));
  const hasDataSources = modelVersion.includes(";data-");
  const answers = new AnswerTable();
  const remember = (request: AiRequest, answer: unknown) => {
    answers.set(request, answer);
    while (answers.size > maxInMemory) answers.dropOldest();
  };

  return {
    modelVersion,
    lookup: (request) => answers.get(request),
    async resolve(requests) {
      const unanswered = requests.filter((r) => !answers.has(r));
      if (unanswered.length === 0) return;
      // Kept in memory under the replay's request; asked, keyed and stored as the request with its kept lookups.
      const withKept = await drafts.withKeptResults(unanswered);
      const missing = new Map<string, { request: AiRequest; asked: AiRequest }>();
      for (const r of unanswered) {
        const asked = withKept.get(r) ?? r;
        missing.set(cacheKeyOf(asked, modelVersion), { request: r, asked });
      }
      const stored = await prisma.aiResultCache.findMany({ where: { key: { in: [...missing.keys()] } }, select: { key: true, result: true } });
      const found = new Map(stored.map((row) => [row.key, row.result]));
      const fresh: Prisma.AiResultCacheCreateManyInput[] = [];
      for (const [key, { request, asked }] of missing) {
        if (found.has(key)) {
          remember(request, found.get(key));
          continue;
        }
        // Through JSON, so a fresh answer is exactly what a cached one will be (no undefined fields).
        const result = JSON.parse(JSON.stringify(await answerOf(provider, asked, deps))) as Prisma.InputJsonValue;
        fresh.push({ key, modelVersion, activity: asked.name, ticketId: asked.input.ticketId, result, input: storedInput(asked) });
        remember(request, result);
      }
      if (fresh.length > 0) await prisma.aiResultCache.createMany({ data: fresh, skipDuplicates: true });
    },
    async prefetch(ticketIds) {
      // Tickets already in memory were loaded or answered earlier in this run.
      const wanted = ticketIds.filter((id) => !answers.hasTicket(id));
      if (wanted.length === 0) return;
      const rows = await prisma.aiResultCache.findMany({
        where: { modelVersion, ticketId: { in: wanted }, input: { not: Prisma.DbNull } },
        select: { activity: true, ticketId: true, input: true, result: true },
      });
      for (const row of rows) {
        // A stored draft may predate a lookup kept since: with data sources, drafts are found by key (with their kept results).
        if (hasDataSources && row.activity === "draftReply") continue;
        const request = storedRequest(row.activity, row.ticketId, row.input);
        if (request !== null) remember(request, row.result);
      }
    },
  };
}

/** The input as stored beside the answer: JSON (no undefined fields), without dryRun, which does not change the answer. */
function storedInput(request: AiRequest): Prisma.InputJsonValue {
  const { dryRun: _dryRun, ...input } = request.input as AiRequest["input"] & { dryRun?: boolean };
  return JSON.parse(JSON.stringify(input)) as Prisma.InputJsonValue;
}

/** A stored row back as the request it answers; null for a row this version cannot read (then it is found by key, or asked again). */
function storedRequest(activity: string, ticketId: string, input: Prisma.JsonValue): AiRequest | null {
  if (!isAiActivity(activity)) return null;
  if (input === null || typeof input !== "object" || Array.isArray(input) || input.ticketId !== ticketId) return null;
  return aiRequestOf(activity, input as never);
}

/** `activity|modelVersion|ticketId|sha1(input)`: the request key already names the activity, ticket and input. */
export function cacheKeyOf(request: AiRequest, modelVersion: string): string {
  const inputHash = createHash("sha1").update(request.key).digest("hex");
  return `${request.name}|${modelVersion}|${request.input.ticketId}|${inputHash}`;
}

function answerOf(provider: AiProvider, request: AiRequest, deps: AiActivityDeps): Promise<unknown> {
  switch (request.name) {
    case "classifyIntent":
      return answerAiActivity(provider, request.name, request.input);
    case "detectSentiment":
      return answerAiActivity(provider, request.name, request.input);
    case "draftReply":
      return answerAiActivity(provider, request.name, request.input, deps);
    default: {
      const never: never = request;
      throw new Error(`Not an AI request: ${JSON.stringify(never)}`);
    }
  }
}

/**
 * Everything that shapes an answer: the provider and its models (the local provider names its intent model, KB
 * index and sentiment lexicon once they are loaded, hence the warm-up), the active trained intent model and the
 * enabled guardrails (they block drafts).
 */
export async function answeringModelVersion(prisma: PrismaClient, provider: AiProvider): Promise<string> {
  await provider.retrieve("warm up", 1);
  // A remote provider's classification costs a request; its model name does not depend on a first call.
  if (provider.name !== "openai") await provider.classifyIntent("warm up");
  const [active, guardrails] = await Promise.all([
    prisma.intentModel.findFirst({ where: { active: true, status: "ready" }, select: { version: true, fingerprint: true } }),
    loadEnabledGuardrails(prisma).catch((err: unknown) => [{ unreadable: String(err) }]),
  ]);
  const rules = createHash("sha1").update(JSON.stringify(guardrails)).digest("hex").slice(0, 8);
  const data = await dataSourcesVersion(prisma);
  return `${provider.name};${active === null ? "no-trained-intent" : intentModelName(active)};${provider.modelVersion};guardrails-${rules}${data}`;
}
