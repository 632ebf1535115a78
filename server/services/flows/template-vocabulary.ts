import "server-only";
import type { Prisma, PrismaClient } from "@prisma/client";
import type { TLabelAliasCount, TLabelQueueCount, TTemplateVocabulary } from "../../../workflows/adapt/vocabulary";
import { FALLBACK_INTENT } from "../../ai/keyword-intents";
import { KeywordProvider } from "../../ai/keyword-provider";
import { ABSTAINED_LABEL, workspaceIntentLabels, type TIntentLabels } from "../intent-models/intent-labels";
import { workspaceQueues } from "./compile-for-workspace";

/**
 * How many of the newest tickets are read to see what the keyword baseline answers for them: enough for
 * every label's share of teams to settle, few enough to read and classify in a fraction of a second.
 */
export const VOCABULARY_SAMPLE = 5_000;

export interface TVocabularyOptions {
  /** Only these tickets' sources count as history (tests; a workspace is all its tickets). */
  sources?: string[];
  /** The AI provider (defaults to AI_PROVIDER), which decides whose labels count. */
  provider?: string;
  /**
   * Whether the history is needed once the labels are known: adapting a template that already names only
   * the classifier's labels needs none, so opening the new-flow page need not read thousands of tickets.
   */
  needsHistory?: (labels: ReadonlySet<string>) => boolean;
}

/**
 * The vocabulary a template is adapted to (workflows/adapt): the labels the workspace's classifier answers
 * with, and from the history how many tickets get each label, which queue handled them, and what they are
 * called in the other vocabulary. For a trained model (or the history's categories) a ticket's label is its
 * helpdesk category, counted over the whole labelled history; for the keyword baseline it is what the baseline
 * answers for the ticket's text, over the newest tickets.
 */
export async function workspaceVocabulary(prisma: PrismaClient, opts: TVocabularyOptions = {}): Promise<TTemplateVocabulary> {
  const intents = await workspaceIntentLabels(prisma, opts.provider);
  const queues = await workspaceQueues(prisma);
  const base = { source: intents.source, labels: intents.labels, abstain: abstainLabels(intents), queues };
  if (opts.needsHistory?.(new Set(intents.labels)) === false) return { ...base, volumes: [], aliases: [] };

  const where: Prisma.TicketWhereInput = opts.sources === undefined ? {} : { source: { in: opts.sources } };
  const sample = await newestTickets(prisma, where);
  if (intents.kind === "keyword") {
    return {
      ...base,
      volumes: counted(sample.map((t) => ({ label: t.keyword, queue: t.queue }))),
      aliases: counted(sample.flatMap((t) => (t.category === null ? [] : [{ label: t.keyword, alias: t.category }]))),
    };
  }
  const labels = new Set(intents.labels);
  const aliases: TLabelAliasCount[] = counted(sample.flatMap((t) => (t.category !== null && labels.has(t.category) ? [{ label: t.category, alias: t.keyword }] : [])));
  return { ...base, volumes: await categoryVolumes(prisma, where, labels), aliases };
}

function abstainLabels(intents: TIntentLabels): string[] {
  if (intents.kind === "keyword") return [FALLBACK_INTENT];
  return intents.kind === "model" ? [ABSTAINED_LABEL] : [];
}

/** Tickets whose category came from the helpdesk, never the audit's guesses (as the model is trained). */
const LABELLED: Prisma.TicketWhereInput = { category: { not: null }, OR: [{ categorySource: null }, { categorySource: "import" }] };

interface TSampled {
  keyword: string;
  category: string | null;
  queue: string | null;
}

async function newestTickets(prisma: PrismaClient, where: Prisma.TicketWhereInput): Promise<TSampled[]> {
  const rows = await prisma.ticket.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: VOCABULARY_SAMPLE,
    select: { subject: true, body: true, category: true, categorySource: true, queue: { select: { name: true } } },
  });
  const keyword = new KeywordProvider({ list: async () => [] });
  const sampled: TSampled[] = [];
  for (const r of rows) {
    // What the classify-intent step reads on a new ticket (conversationText): subject, then the first message.
    const { label } = await keyword.classifyIntent(`${r.subject}\n${r.body}`);
    const labelled = r.category !== null && (r.categorySource === null || r.categorySource === "import");
    sampled.push({ keyword: label, category: labelled ? r.category : null, queue: r.queue?.name ?? null });
  }
  return sampled;
}

/** Labelled tickets per category and recorded queue, over the whole history. */
async function categoryVolumes(prisma: PrismaClient, where: Prisma.TicketWhereInput, labels: ReadonlySet<string>): Promise<TLabelQueueCount[]> {
  const [groups, queues] = await Promise.all([
    prisma.ticket.groupBy({ by: ["category", "queueId"], where: { AND: [where, LABELLED] }, _count: { _all: true } }),
    prisma.queue.findMany({ select: { id: true, name: true } }),
  ]);
  const nameOf = new Map(queues.map((q) => [q.id, q.name]));
  return groups
    .filter((g) => g.category !== null && labels.has(g.category))
    .map((g) => ({ label: g.category!, queue: g.queueId === null ? null : (nameOf.get(g.queueId) ?? null), count: g._count._all }));
}

/** Equal records (compared by their JSON) once each, with how many there were, in first-seen order. */
function counted<T extends object>(items: readonly T[]): Array<T & { count: number }> {
  const counts = new Map<string, T & { count: number }>();
  for (const item of items) {
    const key = JSON.stringify(item);
    const entry = counts.get(key);
    if (entry === undefined) counts.set(key, { ...item, count: 1 });
    else entry.count++;
  }
  return [...counts.values()];
}
