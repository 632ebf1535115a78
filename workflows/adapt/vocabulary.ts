/**
 * What a template is adapted to: the labels the workspace's classifier answers with, and the history that says
 * how often each one comes up and which team handled those tickets. Built by the server from the database
 * (server/services/flows/template-vocabulary.ts); everything here is pure arithmetic on it.
 */
export interface TTemplateVocabulary {
  /** Who answers, for the notes: "intent model v3", "the keyword baseline". */
  source: string;
  /** Every label the classifier can answer with: exactly what the intent-label lint accepts. */
  labels: readonly string[];
  /** Labels that mean "no intent" (a model's abstention, the baseline's catch-all): never a team's own case. */
  abstain: readonly string[];
  /** History tickets per classifier label and recorded queue (null: the ticket names no queue). */
  volumes: readonly TLabelQueueCount[];
  /**
   * Per classifier label, how the same tickets are named in the other vocabulary: their recorded category
   * (for the keyword baseline), or what the keyword baseline answers for them (for a model). Lets a template
   * written in one vocabulary be translated into the other.
   */
  aliases: readonly TLabelAliasCount[];
  /** The workspace's queues. */
  queues: readonly string[];
}

export interface TLabelQueueCount {
  label: string;
  queue: string | null;
  count: number;
}

export interface TLabelAliasCount {
  label: string;
  alias: string;
  count: number;
}

/** Where a label's tickets go, and why. */
export interface TLabelProfile {
  label: string;
  /** History tickets with this label. */
  volume: number;
  /** The queue its tickets belong in: a team's, or the fallback queue. */
  queue: string;
  /** "history": most of its tickets were handled there; "name": no history, the queue is named like it; "fallback". */
  evidence: "history" | "name" | "fallback";
}

/** The queue everything without a team goes to: "general" where it exists, else the busiest queue, else the first. */
export function fallbackQueueOf(vocab: TTemplateVocabulary): string | null {
  if (vocab.queues.includes("general")) return "general";
  const perQueue = new Map<string, number>();
  for (const v of vocab.volumes) if (v.queue !== null && vocab.queues.includes(v.queue)) perQueue.set(v.queue, (perQueue.get(v.queue) ?? 0) + v.count);
  const busiest = [...perQueue].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))[0];
  return busiest?.[0] ?? [...vocab.queues].sort(compare)[0] ?? null;
}

/**
 * Every label the classifier answers with, biggest first (ties by name, so the order is the same on every
 * machine), with the queue its tickets belong in. A label goes to the recorded queue that handled most of its
 * tickets only when that queue handled more than half of them: a label spread over many teams (a catch-all,
 * a vague keyword) is better left to the fallback queue than sent to the team that happened to see the most.
 * A label with no history at all goes to a queue named like it ("card_issue" → "cards"), if one is.
 */
export function labelProfiles(vocab: TTemplateVocabulary, fallbackQueue: string): TLabelProfile[] {
  const queues = new Set(vocab.queues);
  const abstain = new Set(vocab.abstain);
  const byLabel = new Map<string, { volume: number; queues: Map<string, number> }>();
  for (const v of vocab.volumes) {
    const entry = byLabel.get(v.label) ?? { volume: 0, queues: new Map<string, number>() };
    entry.volume += v.count;
    if (v.queue !== null && queues.has(v.queue)) entry.queues.set(v.queue, (entry.queues.get(v.queue) ?? 0) + v.count);
    byLabel.set(v.label, entry);
  }
  const profiles = [...new Set(vocab.labels)].map((label): TLabelProfile => {
    const entry = byLabel.get(label);
    const volume = entry?.volume ?? 0;
    if (abstain.has(label)) return { label, volume, queue: fallbackQueue, evidence: "fallback" };
    const handled = entry === undefined ? 0 : [...entry.queues.values()].reduce((a, b) => a + b, 0);
    const [top, topCount] = [...(entry?.queues ?? [])].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))[0] ?? [null, 0];
    if (top !== null && topCount * 2 > handled) return { label, volume, queue: top, evidence: "history" };
    if (handled > 0) return { label, volume, queue: fallbackQueue, evidence: "fallback" };
    const named = queueNamedLike(label, vocab.queues);
    return named === null ? { label, volume, queue: fallbackQueue, evidence: "fallback" } : { label, volume, queue: named, evidence: "name" };
  });
  return profiles.sort((a, b) => b.volume - a.volume || compare(a.label, b.label));
}

/**
 * The queue whose every word is in the label, singular or plural ("card_issue" → "cards", but not
 * "cancel_account" → "account-security"); of several, the one named exactly as the label (imports add queues
 * from the helpdesk's group names, so "billing" may sit beside "Billing"); null if none, or several and none exact.
 */
export function queueNamedLike(label: string, queues: readonly string[]): string | null {
  const words = new Set(wordsOf(label));
  const matches = queues.filter((q) => wordsOf(q).length > 0 && wordsOf(q).every((w) => words.has(w)));
  if (matches.length === 1) return matches[0]!;
  return matches.includes(label) ? label : null;
}

const wordsOf = (name: string) =>
  name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0)
    .map((w) => (w.endsWith("s") ? w.slice(0, -1) : w));

/** Plain code-unit order: localeCompare differs between ICU builds, and the result must not. */
export const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
