import { SENTIMENTS } from "../model/fields";
import { LOOKUP_STATUSES } from "../model/lookup";
import { assertNever } from "../model/assert-never";
import type { ActivityName } from "./activities";

/**
 * Hand-written checks of activity results for the common, valid case: a backtest validates millions of
 * them and a zod parse is the interpreter's most expensive step. Each check returns exactly what the
 * zod schema in activities.ts would (unknown keys stripped, defaults filled, keys in schema order), or
 * `undefined` when it cannot vouch for the value; the caller then asks zod, which also words the error.
 * A check may only be stricter than its schema, never looser (fast-results.test.ts compares them).
 */
type Obj = Record<string, unknown>;

export function fastResult(name: ActivityName, value: unknown): unknown {
  if (!isPlainObject(value)) return undefined;
  switch (name) {
    case "classifyIntent":
      return intentResult(value);
    case "detectSentiment":
      return sentimentResult(value);
    case "routeTicket":
      return routeResult(value);
    case "draftReply":
      return draftResult(value);
    case "lookupData":
      return lookupResult(value);
    case "sendReply":
    case "postInternalNote":
    case "escalateTicket":
    case "notifySlack":
    case "updateTicket":
    case "resolveTicket":
    case "sendCsatSurvey":
      return effectResult(value);
    default:
      return assertNever(name);
  }
}

function intentResult(v: Obj): unknown {
  if (typeof v.label !== "string" || !isUnit(v.confidence)) return undefined;
  const alternatives = labelledList(v.alternatives, "confidence");
  if (alternatives === undefined) return undefined;
  const out: Obj = { label: v.label, confidence: v.confidence, alternatives };
  if ("model" in v) {
    if (v.model !== undefined && typeof v.model !== "string") return undefined;
    out.model = v.model;
  }
  if ("unfamiliar" in v) {
    if (v.unfamiliar !== undefined && typeof v.unfamiliar !== "boolean") return undefined;
    out.unfamiliar = v.unfamiliar;
  }
  return out;
}

function sentimentResult(v: Obj): unknown {
  const { label, score, frustrated, asksForHuman } = v;
  if (typeof label !== "string" || !(SENTIMENTS as readonly string[]).includes(label)) return undefined;
  if (typeof score !== "number" || !Number.isFinite(score) || score < -1 || score > 1) return undefined;
  if (typeof frustrated !== "boolean" || typeof asksForHuman !== "boolean") return undefined;
  return { label, score, frustrated, asksForHuman };
}

function routeResult(v: Obj): unknown {
  if (typeof v.queue !== "string") return undefined;
  const out: Obj = { queue: v.queue };
  if ("assignee" in v) {
    if (v.assignee !== undefined && v.assignee !== null && typeof v.assignee !== "string") return undefined;
    out.assignee = v.assignee;
  }
  return out;
}

function draftResult(v: Obj): unknown {
  if (typeof v.text !== "string" || !isUnit(v.confidence)) return undefined;
  // A draft that used a page or data sources is rare enough for zod to check.
  if ("lookups" in v || "usedData" in v || "page" in v) return undefined;
  const citations = citationList(v.citations);
  if (citations === undefined) return undefined;
  const out: Obj = { text: v.text, confidence: v.confidence, citations };
  if ("blockedBy" in v) {
    if (v.blockedBy !== undefined && v.blockedBy !== null && typeof v.blockedBy !== "string") return undefined;
    out.blockedBy = v.blockedBy;
  }
  if ("model" in v) {
    if (v.model !== undefined && typeof v.model !== "string") return undefined;
    out.model = v.model;
  }
  return out;
}

function lookupResult(v: Obj): unknown {
  if (typeof v.source !== "string" || typeof v.status !== "string" || !(LOOKUP_STATUSES as readonly string[]).includes(v.status)) return undefined;
  const fields = lookupFields(v.fields);
  if (fields === undefined) return undefined;
  const out: Obj = { source: v.source, status: v.status };
  if ("request" in v) {
    if (v.request !== undefined && v.request !== null && typeof v.request !== "string") return undefined;
    out.request = v.request;
  }
  out.fields = fields;
  if ("error" in v) {
    if (v.error !== undefined && v.error !== null && typeof v.error !== "string") return undefined;
    out.error = v.error;
  }
  if ("cached" in v) {
    if (v.cached !== undefined && typeof v.cached !== "boolean") return undefined;
    out.cached = v.cached;
  }
  return out;
}

/** `{ name: string | finite number | boolean | null }`; absent (or undefined) is the schema's default, none. */
function lookupFields(fields: unknown): Obj | undefined {
  if (fields === undefined) return {};
  if (!isPlainObject(fields)) return undefined;
  const out: Obj = {};
  for (const key in fields) {
    const value = fields[key];
    if (value !== null && typeof value !== "string" && typeof value !== "boolean" && !(typeof value === "number" && Number.isFinite(value))) return undefined;
    out[key] = value;
  }
  return out;
}

/** Effects pass unknown keys through, after the two known ones. */
function effectResult(v: Obj): unknown {
  const out: Obj = {};
  if ("effectId" in v) {
    if (v.effectId !== undefined && typeof v.effectId !== "string") return undefined;
    out.effectId = v.effectId;
  }
  if ("duplicate" in v) {
    if (v.duplicate !== undefined && typeof v.duplicate !== "boolean") return undefined;
    out.duplicate = v.duplicate;
  }
  for (const key in v) if (key !== "effectId" && key !== "duplicate") out[key] = v[key];
  return out;
}

/** `[{ label, confidence }]` with finite numbers; absent (or undefined) is the schema's default, an empty list. */
function labelledList(list: unknown, numberKey: "confidence"): Obj[] | undefined {
  if (list === undefined) return [];
  if (!Array.isArray(list)) return undefined;
  const out: Obj[] = [];
  for (const item of list) {
    if (!isPlainObject(item) || typeof item.label !== "string") return undefined;
    const n = item[numberKey];
    if (typeof n !== "number" || !Number.isFinite(n)) return undefined;
    out.push({ label: item.label, confidence: n });
  }
  return out;
}

function citationList(list: unknown): Obj[] | undefined {
  if (list === undefined) return [];
  if (!Array.isArray(list)) return undefined;
  const out: Obj[] = [];
  for (const item of list) {
    if (!isPlainObject(item) || typeof item.articleId !== "string" || typeof item.title !== "string") return undefined;
    out.push({ articleId: item.articleId, title: item.title });
  }
  return out;
}

function isUnit(n: unknown): n is number {
  return typeof n === "number" && n >= 0 && n <= 1;
}

/** Plain objects only (what JSON gives): anything unusual goes to zod. */
function isPlainObject(v: unknown): v is Obj {
  if (typeof v !== "object" || v === null) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}
