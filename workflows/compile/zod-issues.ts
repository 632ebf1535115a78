import type { z } from "zod";
import { singular } from "../model/words";
import { listOf } from "./context";

type Issue = z.core.$ZodIssue;

/**
 * Turns zod issues into sentences a support-ops person can act on. Messages written into the schemas
 * ("Pick a queue") are kept; zod's generic ones are rewritten from the issue and the offending value.
 */

/** Marks zod's generic messages: the schemas' own messages take precedence over a per-parse error map. */
const GENERIC = "\u0000generic";
export const PARSE_OPTIONS = { error: () => GENERIC } as const;

export interface IssueText {
  /** Dotted path from the parsed value's root, e.g. "rules.rules.1.pattern"; "" for the root itself. */
  field: string;
  message: string;
}

export function describeIssues(issues: readonly Issue[], root: unknown, rootName = "the configuration"): IssueText[] {
  return flatten(issues, [], root).map((issue) => ({ field: issue.path.map(String).join("."), message: sentence(issue, root, rootName) }));
}

/**
 * A rule-tree child is a union of "rule" and "group", and zod reports both failed branches. Keep only
 * the branch whose `kind` matched, so a typo in a rule is not also reported as "not a group".
 */
function flatten(issues: readonly Issue[], base: readonly PropertyKey[], root: unknown): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    if (issue.code === "invalid_union" && issue.errors.length > 0 && issue.message === GENERIC) {
      const branch = matchingBranch(issue.errors, valueAt(root, path));
      if (branch !== undefined) {
        out.push(...flatten(branch, path, root));
        continue;
      }
    }
    out.push({ ...issue, path });
  }
  return out;
}

/**
 * The branch the value was meant for: not one whose `kind` literal failed, nor one whose discriminator
 * the value does not even carry (a group has no `op`, so the rule branch's complaint is noise).
 */
function matchingBranch(branches: readonly Issue[][], value: unknown): Issue[] | undefined {
  // Only objects pick a branch; for a union of plain values ("1, 2 or 3") the union's own message fits.
  if (typeof value !== "object" || value === null) return undefined;
  const kindMatches = branches.filter((b) => !b.some((i) => i.path.length === 1 && i.path[0] === "kind"));
  if (kindMatches.length <= 1) return kindMatches[0];
  const carriesDiscriminator = (b: Issue[]) =>
    !b.some((i) => i.code === "invalid_union" && i.discriminator !== undefined && valueAt(value, [i.discriminator]) === undefined);
  return kindMatches.find(carriesDiscriminator) ?? kindMatches[0];
}

function sentence(issue: Issue, root: unknown, rootName: string): string {
  const where = humanPath(issue.path);
  const value = valueAt(root, issue.path);
  if (issue.message !== GENERIC) {
    const own = issue.path.length > 1 ? `${where}: ${issue.message}` : issue.message;
    const numeric = (issue.code === "too_big" || issue.code === "too_small") && typeof value === "number";
    return numeric ? `${own} (it is ${value})` : own;
  }
  const subject = where === "" ? rootName : where;
  switch (issue.code) {
    case "invalid_type":
      if (value === undefined) return `${subject} is missing`;
      return `${subject} must be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case "invalid_value": {
      const allowed = issue.values.map((v) => JSON.stringify(v));
      if (value === undefined) return `${subject} is missing; use ${listOf(allowed)}`;
      return `${subject} cannot be ${JSON.stringify(value)}; use ${listOf(allowed)}`;
    }
    case "too_small":
      return tooSmall(subject, issue.origin, Number(issue.minimum), issue.inclusive !== false);
    case "too_big":
      return tooBig(subject, issue.origin, Number(issue.maximum), issue.inclusive !== false, value);
    case "invalid_union":
      if (issue.discriminator === "op") {
        return value === undefined ? `${subject} is missing: pick an operator` : `${JSON.stringify(value)} is not an operator`;
      }
      return `${subject} must be a rule or a group of rules`;
    case "invalid_format":
      return `${subject} has the wrong format`;
    default:
      return `${subject} is not valid`;
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a group of fields",
  record: "a group of fields",
};

function tooSmall(subject: string, origin: string, min: number, inclusive: boolean): string {
  if (origin === "string") return min <= 1 ? `${subject} cannot be empty` : `${subject} needs at least ${min} characters`;
  if (origin === "array") return `${subject} needs at least ${min} ${min === 1 ? "item" : "items"}`;
  return `${subject} must be ${inclusive ? "at least" : "more than"} ${min}`;
}

function tooBig(subject: string, origin: string, max: number, inclusive: boolean, value: unknown): string {
  if (origin === "string") return `${subject} is longer than ${max} characters`;
  if (origin === "array") return `${subject} has more than ${max} items`;
  return `${subject} must be ${inclusive ? "at most" : "less than"} ${max}${typeof value === "number" ? ` (it is ${value})` : ""}`;
}

/** ["cases", 1, "label"] → "case 2 › label": positions count from 1, as people do. */
export function humanPath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const nextKey = path[i + 1];
    if (typeof key === "string" && typeof nextKey === "number") {
      parts.push(`${singular(key)} ${nextKey + 1}`);
      i++;
    } else {
      parts.push(typeof key === "number" ? `#${key + 1}` : String(key));
    }
  }
  return parts.join(" › ");
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
