import { humanize, singular } from "../../workflows/model/words";

/**
 * What a person calls an input the code calls by its key: "sampleSize" is "Sample size", a guardrail check's
 * "text" is "The test draft". Keys not listed read as their words ("maxPassages" -> "Max passages"); list a key
 * here when that reading is wrong or unclear.
 */
const WORDS: Record<string, string> = {
  sampleSize: "Sample size",
  text: "The text",
  json: "The pasted JSON",
  email: "The email address",
  password: "The password",
  name: "The name",
  message: "The message",
  rule: "The rule",
  patterns: "The patterns",
  categories: "The categories",
  category: "The category",
  repeatContacts24h: "Escalate at (contacts in 24 h)",
  customerTurns: "Escalate after more than (customer turns)",
  expectedVersion: "The version you started from",
  cadenceDays: "Review every (days)",
  delimiter: "The column separator",
  tagSeparator: "The tag separator",
  from: "From",
  to: "To",
  queues: "Queues",
  title: "The title",
  body: "The text",
  files: "Files",
};

/** The last path segment that is a name: for "patterns.2" that is "patterns", shown as "Pattern 3". */
export function fieldWords(path: ReadonlyArray<PropertyKey>): string {
  const segments = path.map(String);
  const last = segments.at(-1);
  if (last === undefined) return "This value";
  if (/^\d+$/.test(last) && segments.length > 1) {
    const list = readable(segments.at(-2)!);
    const item = singular(list.replace(/^The /, ""));
    return `${item.charAt(0).toUpperCase()}${item.slice(1)} ${Number(last) + 1}`;
  }
  return readable(last);
}

function readable(key: string): string {
  return WORDS[key] ?? humanize(key);
}
