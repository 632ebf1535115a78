/**
 * Field-by-field comparison of two JSON values (a node's `data`, the flow settings). Pure.
 *
 * Paths are dotted like the compiler's `field` ("data.rules.rules.1.pattern"), so the studio can pin a
 * change to the same field an error would point at. Two exceptions, both for readability:
 * - arrays whose items all carry a unique string `id` (switch cases, score boosts, rules with ids) are
 *   matched by id and written `cases[billing]`, so inserting a case does not show every later case as
 *   changed; a new order of the same ids is its own "reordered" change, because order matters there
 *   (the first matching case wins);
 * - arrays of plain values (tags, keyword lists) are compared as a whole: `["cancel","legal"] →
 *   ["cancel","legal","lawyer"]` reads better than one change per shifted index.
 */
export type FieldChangeKind = "added" | "removed" | "changed" | "reordered";

export interface FieldChange {
  path: string;
  kind: FieldChangeKind;
  /** Absent (undefined) when the field was added. */
  before?: unknown;
  /** Absent (undefined) when the field was removed. */
  after?: unknown;
}

export function diffValues(before: unknown, after: unknown, path: string): FieldChange[] {
  if (jsonEqual(before, after)) return [];
  if (before === undefined) return [{ path, kind: "added", after }];
  if (after === undefined) return [{ path, kind: "removed", before }];
  if (isRecord(before) && isRecord(after)) return diffRecords(before, after, path);
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.every(isPlain) && after.every(isPlain)) return [{ path, kind: "changed", before, after }];
    const beforeIds = itemIds(before);
    const afterIds = itemIds(after);
    if (beforeIds !== null && afterIds !== null) return diffById(before, after, beforeIds, afterIds, path);
    return diffByIndex(before, after, path);
  }
  return [{ path, kind: "changed", before, after }];
}

function diffRecords(before: Record<string, unknown>, after: Record<string, unknown>, path: string): FieldChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys.flatMap((key) => diffValues(before[key], after[key], join(path, key)));
}

function diffByIndex(before: unknown[], after: unknown[], path: string): FieldChange[] {
  const length = Math.max(before.length, after.length);
  const changes: FieldChange[] = [];
  for (let i = 0; i < length; i++) changes.push(...diffValues(before[i], after[i], join(path, String(i))));
  return changes;
}

function diffById(before: unknown[], after: unknown[], beforeIds: string[], afterIds: string[], path: string): FieldChange[] {
  const changes: FieldChange[] = [];
  const afterById = new Map(afterIds.map((id, i) => [id, after[i]]));
  const beforeById = new Map(beforeIds.map((id, i) => [id, before[i]]));
  // Removed and changed items in their old order, then added ones in their new order.
  for (const id of beforeIds) changes.push(...diffValues(beforeById.get(id), afterById.get(id), `${path}[${id}]`));
  for (const id of afterIds) if (!beforeById.has(id)) changes.push({ path: `${path}[${id}]`, kind: "added", after: afterById.get(id) });

  const keptBefore = beforeIds.filter((id) => afterById.has(id));
  const keptAfter = afterIds.filter((id) => beforeById.has(id));
  if (keptBefore.join("\u0000") !== keptAfter.join("\u0000")) changes.push({ path, kind: "reordered", before: keptBefore, after: keptAfter });
  return changes;
}

/** The items' ids when every item is an object with a unique, non-empty string id; otherwise null. */
function itemIds(items: unknown[]): string[] | null {
  if (items.length === 0) return [];
  const ids: string[] = [];
  for (const item of items) {
    const id = isRecord(item) ? item.id : undefined;
    if (typeof id !== "string" || id.length === 0) return null;
    ids.push(id);
  }
  return new Set(ids).size === ids.length ? ids : null;
}

/** Structural equality of JSON values; object key order does not matter (PostgreSQL jsonb reorders keys). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!jsonEqual(a[key], b[key])) return false;
    return true;
  }
  return false;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isPlain(value: unknown): boolean {
  return value === null || (typeof value !== "object" && typeof value !== "function");
}

function join(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}
