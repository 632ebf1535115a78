import type { AiRequest } from "./types";

interface Entry {
  name: AiRequest["name"];
  /** The input's fields when it has one of the interpreter's shapes (see shapeOf), kept inline: comparing them reads no other object. */
  shape: Shape;
  text: unknown;
  intent: unknown;
  maxPassages: unknown;
  input: AiRequest["input"];
  answer: unknown;
}

/**
 * Model answers in memory, found by ticket id and then by comparing the request's input field by field.
 * A backtest looks an answer up for every model step it replays. Keying a Map by the full request key would
 * build and hash a string holding the whole conversation on every lookup. Here the lookup hashes the short
 * ticket id and compares a few fields, kept inline in the entry. Inputs are compared as their request keys
 * compare them (see ai-request.ts): `dryRun` does not count, and here a field set to undefined counts as absent.
 */
export class AnswerTable {
  // Tickets in the order their first answer was stored, with their answers; `indexOf` finds one out of order.
  // A backtest asks for the tickets in the order it stored them (a rerun streams the same selection), so the
  // ticket after the last one asked for is tried first: no hashing, and memory read in order.
  private ticketIds: string[] = [];
  private lists: Array<Entry[] | undefined> = [];
  private indexOf = new Map<string, number>();
  /** Tickets before this index have been evicted entirely. */
  private head = 0;
  private cursor = -1;
  private entries = 0;
  // A replay asks for a ticket's answers one after another: the last ticket's list is kept at hand.
  private lastTicketId: string | null = null;
  private lastList: Entry[] | undefined;

  get size(): number {
    return this.entries;
  }

  hasTicket(ticketId: string): boolean {
    return this.listOf(ticketId) !== undefined;
  }

  get(request: AiRequest): unknown | undefined {
    return this.find(request)?.answer;
  }

  has(request: AiRequest): boolean {
    return this.find(request) !== undefined;
  }

  set(request: AiRequest, answer: unknown): void {
    const found = this.find(request);
    if (found !== undefined) {
      found.answer = answer;
      return;
    }
    const list = this.listOf(request.input.ticketId);
    const i = request.input as Fields;
    const entry: Entry = { name: request.name, shape: shapeOf(i), text: i.text, intent: i.intent, maxPassages: i.maxPassages, input: request.input, answer };
    if (list === undefined) {
      this.indexOf.set(request.input.ticketId, this.ticketIds.length);
      this.ticketIds.push(request.input.ticketId);
      this.lists.push([entry]);
      this.lastTicketId = null;
    } else list.push(entry);
    this.entries++;
  }

  /**
   * A bounded cache's eviction: drops the oldest answer of the ticket stored first (a ticket's answers are
   * appended), so the oldest answer overall goes first.
   */
  dropOldest(): void {
    while (this.head < this.lists.length && this.lists[this.head] === undefined) this.head++;
    const list = this.lists[this.head];
    if (list === undefined) return;
    list.shift();
    this.entries--;
    if (list.length === 0) {
      this.indexOf.delete(this.ticketIds[this.head]!);
      this.lists[this.head] = undefined;
      this.head++;
      this.lastTicketId = null;
      if (this.head >= 1024 && this.head * 2 >= this.lists.length) this.compact();
    }
  }

  /** Forgets the evicted front, so a long stream through a bounded cache keeps no trace of the tickets it dropped. */
  private compact(): void {
    this.ticketIds = this.ticketIds.slice(this.head);
    this.lists = this.lists.slice(this.head);
    this.cursor -= this.head;
    this.head = 0;
    this.indexOf = new Map(this.ticketIds.flatMap((id, i) => (this.lists[i] === undefined ? [] : [[id, i] as const])));
  }

  private find(request: AiRequest): Entry | undefined {
    const list = this.listOf(request.input.ticketId);
    if (list === undefined) return undefined;
    const input = request.input as Fields;
    const shape = shapeOf(input);
    for (const e of list) {
      if (e.name !== request.name) continue;
      if (shape !== OTHER && e.shape !== OTHER) {
        if (shape === e.shape && e.text === input.text && e.intent === input.intent && e.maxPassages === input.maxPassages) return e;
      } else if (sameInput(e.input, input)) return e;
    }
    return undefined;
  }

  private listOf(ticketId: string): Entry[] | undefined {
    if (ticketId === this.lastTicketId) return this.lastList;
    const next = this.cursor + 1;
    const i = next < this.ticketIds.length && this.ticketIds[next] === ticketId ? next : this.indexOf.get(ticketId);
    this.lastTicketId = ticketId;
    this.lastList = i === undefined ? undefined : this.lists[i];
    if (i !== undefined) this.cursor = i;
    return this.lastList;
  }
}

type Fields = Record<string, unknown>;

function sameInput(a: object, b: object): boolean {
  return a === b || sameFields(a as Fields, b as Fields, "dryRun");
}

/** The same defined fields with deep-equal values, leaving out `ignored` (dryRun for inputs, nothing below them). */
function sameFields(a: Fields, b: Fields, ignored: string | null): boolean {
  let fields = 0;
  for (const k in a) {
    const v = a[k];
    if (k === ignored || v === undefined) continue;
    if (!sameValue(v, b[k])) return false;
    fields++;
  }
  return fields === fieldCount(b, ignored);
}

function fieldCount(o: Fields, ignored: string | null): number {
  let n = 0;
  for (const k in o) if (k !== ignored && o[k] !== undefined) n++;
  return n;
}

/**
 * The inputs the interpreter sends: `{ ticketId, text, dryRun? }` (TEXT) and `{ ticketId, text, intent,
 * maxPassages }` (DRAFT). Two inputs of these shapes (with equal ticket ids: the table found the ticket by it)
 * are the same when text, intent and maxPassages are (absent ones are undefined on both sides).
 */
type Shape = 0 | 1 | 2;
const OTHER = 0;
const TEXT = 1;
const DRAFT = 2;

function shapeOf(input: Fields): Shape {
  if (typeof input.text !== "string") return OTHER;
  const fields = fieldCount(input, "dryRun");
  if (fields === 2) return TEXT;
  return fields === 4 && typeof input.maxPassages === "number" && (input.intent === null || typeof input.intent === "string") ? DRAFT : OTHER;
}

/** Deep equality of JSON-like values, with NaN equal to itself (a lookup that can never hit would replay forever). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === "number" && typeof b === "number") return Number.isNaN(a) && Number.isNaN(b);
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], other[i])) return false;
    return true;
  }
  return sameFields(a as Fields, b as Fields, null);
}
