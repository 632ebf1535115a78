/** How the diff names config keys and list items: the editor's words, not the schema's keys. */
import { humanize } from "../model/words";

/** Config keys as the editor's panel names them ("threshold" is "Confidence threshold"). */
const KEY_WORDS: Record<string, string> = {
  type: "Kind",
  threshold: "Confidence threshold",
  minConfidence: "Minimum confidence",
  thresholdsByIntent: "Thresholds by intent",
  maxPassages: "Knowledge passages",
  customerMessage: "Message to the customer",
  on: "Runs when",
  add: "Tags to add",
  remove: "Tags to remove",
  byIntent: "Tier by intent",
  fallbackTier: "Fallback tier",
  useTierMap: "Use the saved tier map",
  setTicketPriority: "Set the ticket's priority",
  within: "Within",
  businessHours: "Business hours",
  timeZone: "Time zone",
  label: "Name",
  op: "operator",
  field: "field",
  value: "value",
  values: "values",
  pattern: "pattern",
  match: "match",
  min: "from",
  max: "to",
  settings: "Flow settings",
};

export function keyWords(key: string, labelOf: (key: string) => string | undefined = () => undefined): string {
  return labelOf(key) ?? KEY_WORDS[key] ?? humanize(key);
}

export function nameOf(item: unknown): string | undefined {
  for (const key of ["label", "name", "title"]) {
    const v = typeof item === "object" && item !== null && !Array.isArray(item) ? (item as Record<string, unknown>)[key] : undefined;
    if (typeof v === "string" && v.trim() !== "") return v;
  }
  return undefined;
}
