/**
 * Small coercions shared by the helpdesk parsers. They never throw: a value of the wrong kind is passed on as it
 * is, so the ticket schema rejects it with the field's name (e.g. `createdAt: Not a valid date`).
 */
import "server-only";

export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** "array", "string", "null"…: how a value that should have been an object is described in a rejection. */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** An id as text; missing ids become "" so the schema says "has no id"; other kinds pass on for a type error. */
export function idOf(value: unknown): unknown {
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return value.trim();
  if (value === null || value === undefined) return "";
  return value;
}

/** The id as text or null when absent (for optional references such as assignee or group). */
export function optionalId(value: unknown): string | null {
  if (typeof value === "number") return String(value);
  if (typeof value === "string" && value.trim() !== "") return value.trim();
  return null;
}

export function text(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

export function optionalText(value: unknown): string | null {
  const t = text(value).trim();
  return t === "" ? null : t;
}

const NAIVE_TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/**
 * A required date as the schema should see it. Missing stays undefined (never null: `new Date(null)` is 1970).
 * Exports without a zone ("2024-03-01 10:15") are read as UTC, so the result does not depend on the machine.
 */
export function dateInput(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") {
    const t = value.trim();
    if (t === "") return undefined;
    return NAIVE_TIMESTAMP.test(t) ? `${t.replace(" ", "T")}Z` : t;
  }
  return value;
}

/** An optional date: absent becomes null (the schema accepts null), anything else is checked like a required one. */
export function optionalDate(value: unknown): unknown {
  const v = dateInput(value);
  return v === undefined ? null : v;
}

/** Unix seconds (Intercom) as a Date; other kinds pass on unchanged for the schema to reject. */
export function unixSeconds(value: unknown): unknown {
  if (typeof value === "number") return new Date(value * 1000);
  if (typeof value === "string" && /^\d+$/.test(value.trim())) return new Date(Number(value) * 1000);
  return dateInput(value);
}

export function toDate(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== "string" && typeof value !== "number") return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** `date + minutes`, or null when either is unusable (a first reply time without a valid creation date). */
export function addMinutes(date: unknown, minutes: unknown): Date | null {
  const base = toDate(date);
  if (!base || typeof minutes !== "number" || !Number.isFinite(minutes)) return null;
  return new Date(base.getTime() + minutes * 60_000);
}

/** "Stations" count every holder including the first; changes are one fewer. */
export function changesFromStations(stations: unknown): number {
  return typeof stations === "number" && stations > 1 ? Math.floor(stations) - 1 : 0;
}

export function countOf(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

export function stringList(value: unknown): string[] {
  return asArray(value).filter((v): v is string => typeof v === "string" && v.trim() !== "");
}

/** Custom fields whose name says they hold the ticket's category. */
export const CATEGORY_FIELD = /\b(category|topic|contact reason|issue type|request type)\b/i;
