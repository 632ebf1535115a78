import { fieldWords } from "./field-words";

/**
 * Validation issues (zod's, as tRPC hands them over) as sentences a person can act on: "Sample size must be at
 * most 200,000." instead of `{ "code": "too_big", ... }`. The server's error formatter and client forms share it,
 * so a form that checks its own input says exactly what the server would. A message a schema wrote itself
 * ("Paste a draft to check") is kept; zod's generic ones are rewritten from the issue's facts.
 */
export interface IssueLike {
  code?: string;
  path: ReadonlyArray<PropertyKey>;
  message: string;
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  inclusive?: boolean;
  expected?: string;
  received?: string;
  format?: string;
  values?: readonly unknown[];
  keys?: readonly string[];
  divisor?: number;
}

/** One issue per field path, as the UI places them next to inputs: "selection.sampleSize" -> its sentence. */
export type FieldErrors = Record<string, string>;

const GENERIC = /^(Too big|Too small|Invalid|Unrecognized key|Expected)/;

export function issueSentence(issue: IssueLike): string {
  if (!GENERIC.test(issue.message)) return asSentence(issue.message);
  return asSentence(composed(issue, fieldWords(issue.path)));
}

/** The issues as one sentence each (repeats dropped), joined for a single message line. */
export function issuesSentence(issues: readonly IssueLike[]): string {
  return [...new Set(issues.map(issueSentence))].join(" ");
}

/** The first sentence per dotted path, for forms that show each next to its field. */
export function fieldErrorsOf(issues: readonly IssueLike[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join(".");
    out[path] ??= issueSentence(issue);
  }
  return out;
}

function composed(issue: IssueLike, field: string): string {
  switch (issue.code) {
    case "too_big":
      return tooBig(issue, field);
    case "too_small":
      return tooSmall(issue, field);
    case "invalid_type":
      return invalidType(issue, field);
    case "invalid_value":
      return oneOf(field, issue.values ?? []);
    case "invalid_format":
      return `${field} ${FORMAT_WORDS[issue.format ?? ""] ?? "is not in a form the studio can read"}`;
    case "not_multiple_of":
      return `${field} must be a multiple of ${number(issue.divisor ?? 1)}`;
    case "unrecognized_keys":
      return `The form sent ${issue.keys?.length === 1 ? "a field" : "fields"} the studio does not know (${(issue.keys ?? []).join(", ")}); reload the page and try again`;
    default:
      return `${field} is not valid`;
  }
}

function tooBig(issue: IssueLike, field: string): string {
  const max = number(issue.maximum);
  const bound = issue.inclusive === false ? "less than" : "at most";
  if (issue.origin === "string") return `${field} can be ${bound} ${max} ${plural(issue.maximum, "character")}`;
  if (issue.origin === "array" || issue.origin === "set") return `${field} can have ${bound} ${max} ${plural(issue.maximum, "entry", "entries")}`;
  if (issue.origin === "date") return `${field} must be ${issue.inclusive === false ? "before" : "on or before"} ${max}`;
  return `${field} must be ${bound} ${max}`;
}

function tooSmall(issue: IssueLike, field: string): string {
  const min = number(issue.minimum);
  const bound = issue.inclusive === false ? "more than" : "at least";
  if (issue.origin === "string") return Number(issue.minimum) === 1 ? `${field} cannot be empty` : `${field} must be ${bound} ${min} ${plural(issue.minimum, "character")}`;
  if (issue.origin === "array" || issue.origin === "set") return Number(issue.minimum) === 1 ? `${field} needs at least one entry` : `${field} needs ${bound} ${min} ${plural(issue.minimum, "entry", "entries")}`;
  return `${field} must be ${bound} ${min}`;
}

function invalidType(issue: IssueLike, field: string): string {
  if (issue.received === "undefined" || /received undefined$/.test(issue.message)) return `${field} is required`;
  switch (issue.expected) {
    case "int":
      return `${field} must be a whole number`;
    case "number":
      return `${field} must be a number`;
    case "boolean":
      return `${field} must be yes or no`;
    case "date":
      return `${field} must be a date`;
    case "array":
      return `${field} must be a list`;
    case "string":
      return `${field} must be text`;
    default:
      return `${field} is not valid`;
  }
}

function oneOf(field: string, values: readonly unknown[]): string {
  const shown = values.map((v) => (typeof v === "string" ? `“${v}”` : String(v)));
  if (shown.length === 1) return `${field} must be ${shown[0]}`;
  if (shown.length <= 8) return `${field} must be one of ${shown.slice(0, -1).join(", ")} or ${shown.at(-1)}`;
  return `${field} is not one of the allowed choices`;
}

const FORMAT_WORDS: Record<string, string> = {
  email: "must be an email address, like name@example.com",
  url: "must be a web address, like https://example.com",
  uuid: "is not a valid id",
  cuid: "is not a valid id",
  datetime: "must be a date and time",
  date: "must be a date",
  regex: "does not have the expected form",
};

function number(n: number | bigint | undefined): string {
  return n === undefined ? "?" : new Intl.NumberFormat("en-US").format(n);
}

function plural(n: number | bigint | undefined, one: string, many = `${one}s`): string {
  return Number(n) === 1 ? one : many;
}

function asSentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
