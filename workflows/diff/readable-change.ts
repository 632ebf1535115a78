import type { FieldChange } from "./diff-values";
import { humanize, singular } from "../model/words";
import { keyWords, nameOf } from "./key-words";
import { readableValue } from "./readable-value";

/**
 * A field change in the words of the editor: "Case 'Cards': rule 1 value" for `data.cases[cards].rules.rules.0.value`,
 * with values as the rule builder shows them ("Intent", "is one of"). Pure, so the diff page and any other reader
 * word changes alike. The path is walked through the node's config (the newer side, or the older when the item was
 * removed), so a case or a rule is named by its label rather than its id.
 */
export interface ChangeWords {
  /** Where the change is, e.g. "Case 'Cards': rule 1 value". */
  where: string;
  before: string | undefined;
  after: string | undefined;
}

/** The name a config key has in the editor's panel (its field hints), when it has one. */
export type FieldLabelOf = (key: string) => string | undefined;

export function readableChange(change: FieldChange, roots: { before: unknown; after: unknown }, labelOf: FieldLabelOf = () => undefined): ChangeWords {
  const root = change.kind === "removed" ? roots.before : roots.after;
  const key = lastKey(change.path);
  if (change.kind === "reordered") {
    // A new order of the same items: the ids, named as the items are.
    const names = (ids: unknown, side: unknown) => (Array.isArray(ids) ? ids.map((id) => itemName(side, change.path, String(id))).join(", ") : readableValue(ids));
    return { where: `${readablePath(change.path, root, labelOf)} order`, before: names(change.before, roots.before), after: names(change.after, roots.after) };
  }
  return {
    where: readablePath(change.path, root, labelOf),
    before: change.before === undefined ? undefined : readableValue(change.before, key),
    after: change.after === undefined ? undefined : readableValue(change.after, key),
  };
}

/** "data.cases[cards].rules.rules.0.value" -> "Case 'Cards': rule 1 value". */
export function readablePath(path: string, root: unknown, labelOf: FieldLabelOf = () => undefined): string {
  const phrases: string[] = [];
  let cursor: unknown = root;
  let pending = "";
  const segments = path.split(".");
  segments.forEach((segment, index) => {
    const byId = /^(.+)\[(.+)\]$/.exec(segment);
    if (byId) {
      const [, list, id] = byId as unknown as [string, string, string];
      const items = asArray(field(cursor, list)) ?? [];
      const position = items.findIndex((x) => field(x, "id") === id);
      const item = items[position];
      const name = nameOf(item);
      // Rules carry ids but no names: "rule 2" says which one better than its id.
      const noun = field(item, "kind") === "group" ? "group" : singular(humanize(list)).toLowerCase();
      phrases.push(name !== undefined ? `${singular(humanize(list))} '${name}'` : position >= 0 ? `${noun} ${position + 1}` : `${noun} ${id}`);
      cursor = item;
      pending = "";
      return;
    }
    if (/^\d+$/.test(segment)) {
      const item = asArray(cursor)?.[Number(segment)];
      const noun = field(item, "kind") === "group" ? "group" : pending === "rules" ? "rule" : singular(humanize(pending || "item")).toLowerCase();
      phrases.push(`${noun} ${Number(segment) + 1}`);
      cursor = item;
      pending = "";
      return;
    }
    if (segment === "data" && phrases.length === 0 && pending === "") {
      cursor = field(cursor, "data");
      return;
    }
    // A rule group's own list of rules is named by its items ("rule 2"), not as "rules rules".
    const next = field(cursor, segment);
    if (segment === "rules" && field(cursor, "kind") === "group") {
      cursor = next;
      pending = "rules";
      return;
    }
    if (pending !== "") phrases.push(keyWords(pending, labelOf));
    // A case's or a condition's rule tree reads as its rules.
    if (segment === "rules" && field(next, "kind") === "group") {
      cursor = next;
      pending = "";
      if (index === segments.length - 1) phrases.push("rules");
      return;
    }
    cursor = next;
    pending = segment;
  });
  if (pending !== "") phrases.push(keyWords(pending, labelOf));
  return joinPhrases(phrases);
}

/** Sentence case for the first phrase, a colon after a named item ("Case 'Cards': rule 1 value"). */
function joinPhrases(phrases: string[]): string {
  let out = "";
  phrases.forEach((phrase, i) => {
    const text = i === 0 ? phrase.charAt(0).toUpperCase() + phrase.slice(1) : phrase.charAt(0).toLowerCase() + phrase.slice(1);
    if (i === 0) out = text;
    else out += /'$/.test(phrases[i - 1]!) ? `: ${text}` : ` ${text}`;
  });
  return out === "" ? "Node" : out;
}

function itemName(root: unknown, path: string, id: string): string {
  let cursor = root;
  for (const segment of path.split(".")) {
    const byId = /^(.+)\[(.+)\]$/.exec(segment);
    cursor = byId ? asArray(field(cursor, byId[1]!))?.find((x) => field(x, "id") === byId[2]) : /^\d+$/.test(segment) ? asArray(cursor)?.[Number(segment)] : field(cursor, segment);
  }
  return nameOf(asArray(cursor)?.find((x) => field(x, "id") === id)) ?? id;
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
}

function asArray(value: unknown): unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

function lastKey(path: string): string | undefined {
  const last = path.split(".").at(-1) ?? "";
  return /^\d+$/.test(last) || /\[.+\]$/.test(last) ? undefined : last;
}
