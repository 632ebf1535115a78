import "server-only";
import { createHash } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { clusterTexts } from "../../ai/clusters/cluster-texts";
import { textSimilarity } from "../../ai/clusters/text-similarity";
import { sharedSentenceEncoder, type SentenceEncoder } from "../../ai/encoder/sentence-encoder";
import { predictIntents } from "../../ai/intent/predict-batch";
import { activeIntentModelLoader, type LoadedIntentModel } from "../intent-models/active-model";
import { nearestIntent, type TNearestIntent } from "./nearest-intent";
import { loadUnsureTickets, type TIntentGuess, type TUnsureTicket } from "./unsure-tickets";

/** How far back unsure tickets are read. */
export const WINDOW_DAYS = 30;
/** The most recent unsure tickets clustered: comparing every pair costs n², grouping them about n³. */
export const MAX_TEXTS = 500;
/** A topic needs this many tickets to be shown: one or two may be chance. */
export const MIN_CLUSTER_SIZE = 3;
const MAX_CLUSTERS = 12;
const EXAMPLES = 5;

export interface TPossibleNewIntent {
  size: number;
  /** Every ticket of the group, the most typical first. */
  ticketIds: string[];
  /** Its most distinctive terms, best first: the suggested name. */
  terms: string[];
  first: Date;
  last: Date;
  /** The most typical tickets of the group. */
  examples: Array<{ ticketId: string; subject: string; text: string; createdAt: Date }>;
  nearest: TNearestIntent | null;
}

export interface TPossibleNewIntents {
  windowDays: number;
  maxTexts: number;
  minSize: number;
  /** Unsure tickets read (at most maxTexts). */
  unsure: number;
  /** More unsure tickets than maxTexts: only the latest were grouped. */
  capped: boolean;
  /** How the texts were compared: the sentence encoder or TF-IDF over word and character n-grams. */
  method: "encoder" | "n-grams";
  /** Whose nearest intent is shown: the active model's version, or null for what the classifier said at the time. */
  modelVersion: number | null;
  clusters: TPossibleNewIntent[];
}

export interface PossibleNewIntentsDeps {
  prisma: PrismaClient;
  encoder?: () => Promise<SentenceEncoder | null>;
  model?: () => Promise<LoadedIntentModel | null>;
  now?: Date;
}

const loaders = new WeakMap<PrismaClient, () => Promise<LoadedIntentModel | null>>();
let cached: { key: string; value: Promise<TPossibleNewIntents> } | null = null;

/**
 * Groups of recent unsure live tickets that say the same thing: topics the model was not trained on, each with its
 * suggested name, examples and the intent the model thinks it is nearest to, so a person can tell a new topic from
 * an existing intent phrased oddly. Kept until an unsure ticket arrives or leaves the window, or another model
 * version becomes active, so a page view costs one bounded query.
 */
export async function possibleNewIntents(deps: PossibleNewIntentsDeps): Promise<TPossibleNewIntents> {
  const now = deps.now ?? new Date();
  const since = new Date(now.getTime() - WINDOW_DAYS * 86_400_000);
  const rows = await loadUnsureTickets(deps.prisma, since, MAX_TEXTS + 1);
  const tickets = rows.slice(0, MAX_TEXTS);
  const loaded = await (deps.model ?? defaultLoader(deps.prisma))();
  const encoder = await (deps.encoder ?? sharedSentenceEncoder)();
  const key = createHash("sha256")
    .update(`${loaded?.version ?? "recorded"}|${encoder?.name ?? "n-grams"}|${rows.length}|${tickets.map((t) => t.id).join(",")}`)
    .digest("hex");
  if (cached?.key !== key) {
    const value = group(tickets, rows.length > MAX_TEXTS, loaded, encoder);
    cached = { key, value };
    // A failure is not kept: the next view tries again.
    value.catch(() => {
      if (cached?.value === value) cached = null;
    });
  }
  return cached.value;
}

function defaultLoader(prisma: PrismaClient): () => Promise<LoadedIntentModel | null> {
  let loader = loaders.get(prisma);
  if (!loader) loaders.set(prisma, (loader = activeIntentModelLoader(prisma)));
  return loader;
}

async function group(
  tickets: TUnsureTicket[],
  capped: boolean,
  loaded: LoadedIntentModel | null,
  encoder: SentenceEncoder | null,
): Promise<TPossibleNewIntents> {
  const texts = tickets.map(textOf);
  // Too few texts for any group: nothing worth running the encoder for.
  const compared = await textSimilarity(texts, texts.length >= MIN_CLUSTER_SIZE ? encoder : null);
  const found = clusterTexts(texts, compared.similarity, compared.cutoff, MIN_CLUSTER_SIZE).slice(0, MAX_CLUSTERS);
  const guesses = await guessesFor(tickets, found.flatMap((c) => c.members), loaded);
  const clusters = found.map((c) => {
    const members = c.members.map((i) => tickets[i]!);
    const times = members.map((t) => t.createdAt.getTime());
    return {
      size: members.length,
      ticketIds: members.map((t) => t.id),
      terms: c.terms,
      first: new Date(Math.min(...times)),
      last: new Date(Math.max(...times)),
      examples: members.slice(0, EXAMPLES).map((t) => ({ ticketId: t.id, subject: t.subject, text: t.body, createdAt: t.createdAt })),
      nearest: nearestIntent(c.members.map((i) => guesses.get(i) ?? null)),
    };
  });
  return { windowDays: WINDOW_DAYS, maxTexts: MAX_TEXTS, minSize: MIN_CLUSTER_SIZE, unsure: tickets.length, capped, method: compared.method, modelVersion: loaded?.version ?? null, clusters };
}

/**
 * Each clustered ticket's nearest intent: the active model's best real intent today (its first alternative, which it
 * names even when it abstains), so every group is judged by the model that answers the next ticket; with no trained
 * model, what the classifier said when the ticket came in.
 */
async function guessesFor(tickets: TUnsureTicket[], indices: number[], loaded: LoadedIntentModel | null): Promise<Map<number, TIntentGuess | null>> {
  if (loaded === null) return new Map(indices.map((i) => [i, tickets[i]!.guess]));
  const texts = indices.map((i) => textOf(tickets[i]!));
  const { predictions } = await predictIntents(loaded.model, texts, loaded.encoder);
  return new Map(
    indices.map((i, k) => {
      const best = predictions[k]!.alternatives[0];
      return [i, best ? { label: best.label, confidence: best.probability } : null];
    }),
  );
}

/** The text as the classify-intent step read it when the ticket came in: its subject, then its first message. */
function textOf(t: TUnsureTicket): string {
  return `${t.subject}\n${t.body}`;
}
