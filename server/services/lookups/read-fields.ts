import "server-only";
import type { TLookupResult } from "../../../workflows/model/lookup";
import type { TLookupField } from "./data-source-input";

type TFieldValues = TLookupResult["fields"];

/** A dot path into a JSON answer ("order.status", "items.0.name"); a step that is not there gives undefined. */
export function readPath(json: unknown, path: string): unknown {
  let at: unknown = json;
  for (const step of path.split(".")) {
    if (Array.isArray(at)) {
      const index = Number(step);
      at = Number.isInteger(index) && index >= 0 ? at[index] : undefined;
    } else if (at !== null && typeof at === "object" && Object.prototype.hasOwnProperty.call(at, step)) {
      at = (at as Record<string, unknown>)[step];
    } else {
      return undefined;
    }
  }
  return at;
}

/**
 * The declared fields, read from the answer: a missing one is null (an order without a tracking number), one of
 * another type is an error naming the field, its path and what was there, so the admin can fix the path or the type.
 */
export function readFields(json: unknown, fields: readonly TLookupField[]): { ok: true; fields: TFieldValues } | { ok: false; error: string } {
  const values: TFieldValues = {};
  for (const field of fields) {
    const value = readPath(json, field.path);
    if (value === undefined || value === null) {
      values[field.name] = null;
      continue;
    }
    if (typeof value !== field.type || (typeof value === "number" && !Number.isFinite(value))) {
      return { ok: false, error: `The field “${field.name}” (${field.path}) should be a ${field.type} but the answer has ${describe(value)} there` };
    }
    values[field.name] = value as string | number | boolean;
  }
  return { ok: true, fields: values };
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  return `a ${typeof value} (${JSON.stringify(value).slice(0, 40)})`;
}
