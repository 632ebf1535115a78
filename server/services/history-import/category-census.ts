import "server-only";
import type { ImportItem } from "../../../lib/history-import/import-record";
import { CATEGORY_FIELD, optionalText } from "../../connectors/import-streams/import-values";

/** What a set of imported tickets offers as a category, so the person picks a field or tag prefix instead of typing it. */
export interface TCategoryCensus {
  /** Tickets read (rejected records are not counted). */
  tickets: number;
  /** Of them, those that got a category from the chosen source. */
  categorised: number;
  /** Those automatic detection (a field named like a category) would categorise. */
  automatic: number;
  /** Custom fields with a value, by title (by id when the export does not name them), most used first. */
  fields: Array<{ field: string; tickets: number; examples: string[] }>;
  /** Tag prefixes shared by tags with at least two different endings (`topic_billing`, `topic_login`), most used first. */
  tagPrefixes: Array<{ prefix: string; tickets: number; examples: string[] }>;
  /** The categories the chosen source gave, most frequent first. */
  categories: Array<{ category: string; tickets: number }>;
}

const EXAMPLES = 3;
const SHOWN_FIELDS = 30;
const SHOWN_PREFIXES = 10;
const SHOWN_CATEGORIES = 12;
// Caps on what is tracked, so a census over a whole large export stays small.
const MAX_KEYS = 500;
const MAX_SUFFIXES = 20;
const TAG_PREFIX = /^([a-z0-9]+[_:/-])./i;

interface Seen {
  tickets: number;
  examples: Set<string>;
}

/** Counts, over the tickets an import reads, which custom fields and tag prefixes they carry and what category they got. */
export class CategoryCensus {
  private tickets = 0;
  private categorised = 0;
  private automatic = 0;
  private readonly fields = new Map<string, Seen>();
  private readonly prefixes = new Map<string, Seen & { suffixes: Set<string> }>();
  private readonly categories = new Map<string, number>();

  observe(item: ImportItem): void {
    if (!item.ok) return;
    const t = item.ticket;
    this.tickets += 1;
    if (t.category) {
      this.categorised += 1;
      if (this.categories.has(t.category) || this.categories.size < MAX_KEYS) this.categories.set(t.category, (this.categories.get(t.category) ?? 0) + 1);
    }
    let automatic = false;
    for (const [name, value] of Object.entries(t.customFields)) {
      const example = exampleOf(value);
      if (example === null) continue;
      if (CATEGORY_FIELD.test(name) && optionalText(value) !== null) automatic = true;
      const seen = this.entry(this.fields, name, () => ({ tickets: 0, examples: new Set<string>() }));
      if (!seen) continue;
      seen.tickets += 1;
      if (seen.examples.size < EXAMPLES) seen.examples.add(example);
    }
    if (automatic) this.automatic += 1;
    const counted = new Set<string>();
    for (const tag of t.tags) {
      const prefix = TAG_PREFIX.exec(tag)?.[1]?.toLowerCase();
      if (!prefix) continue;
      const seen = this.entry(this.prefixes, prefix, () => ({ tickets: 0, examples: new Set<string>(), suffixes: new Set<string>() }));
      if (!seen) continue;
      const suffix = tag.slice(prefix.length);
      if (seen.suffixes.size < MAX_SUFFIXES) seen.suffixes.add(suffix);
      if (seen.examples.size < EXAMPLES) seen.examples.add(suffix);
      if (!counted.has(prefix)) seen.tickets += 1;
      counted.add(prefix);
    }
  }

  summary(): TCategoryCensus {
    const byTickets = <T extends { tickets: number }>(a: T & { key: string }, b: T & { key: string }) => b.tickets - a.tickets || a.key.localeCompare(b.key);
    return {
      tickets: this.tickets,
      categorised: this.categorised,
      automatic: this.automatic,
      fields: [...this.fields]
        .map(([key, s]) => ({ key, tickets: s.tickets, examples: [...s.examples] }))
        .sort(byTickets)
        .slice(0, SHOWN_FIELDS)
        .map(({ key, ...rest }) => ({ field: key, ...rest })),
      tagPrefixes: [...this.prefixes]
        .filter(([, s]) => s.suffixes.size >= 2)
        .map(([key, s]) => ({ key, tickets: s.tickets, examples: [...s.examples] }))
        .sort(byTickets)
        .slice(0, SHOWN_PREFIXES)
        .map(({ key, ...rest }) => ({ prefix: key, ...rest })),
      categories: [...this.categories]
        .map(([key, tickets]) => ({ key, tickets }))
        .sort(byTickets)
        .slice(0, SHOWN_CATEGORIES)
        .map(({ key, tickets }) => ({ category: key, tickets })),
    };
  }

  private entry<T>(map: Map<string, T>, key: string, create: () => T): T | undefined {
    const found = map.get(key);
    if (found || map.size >= MAX_KEYS) return found;
    const made = create();
    map.set(key, made);
    return made;
  }
}

/** A value as shown in an example list; a multi-select's options are joined. */
function exampleOf(value: unknown): string | null {
  if (Array.isArray(value)) {
    const parts = value.map((v) => optionalText(v)).filter((v): v is string => v !== null);
    return parts.length > 0 ? parts.join(", ") : null;
  }
  return optionalText(value);
}

/** Passes items through unchanged, counting each into the census. */
export async function* countedInto<T extends ImportItem>(census: CategoryCensus, items: AsyncIterable<T>): AsyncGenerator<T> {
  for await (const item of items) {
    census.observe(item);
    yield item;
  }
}
