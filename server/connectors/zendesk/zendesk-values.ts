import "server-only";
import type { TZendeskValue } from "./zendesk-trigger-schema";

/** A scalar value as text ("" for null or missing); arrays are joined with spaces, as Zendesk's UI shows them. */
export function valueText(value: TZendeskValue | undefined): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.map((v) => (v === null ? "" : String(v))).join(" ").trim();
  return String(value).trim();
}

/**
 * Zendesk keeps tag lists and "contains at least one of these words" values as one space-delimited
 * string, so splitting on whitespace gives the tags or words it matches on.
 */
export function spaceSeparated(value: TZendeskValue | undefined): string[] {
  const text = valueText(value);
  return text.length === 0 ? [] : [...new Set(text.split(/\s+/))];
}

/** A whole number of hours from a time condition's value ("24", 24), or undefined when it is not one. */
export function hoursOf(value: TZendeskValue | undefined): number | undefined {
  const text = valueText(value);
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  const hours = Number(text);
  return hours > 0 ? hours : undefined;
}
