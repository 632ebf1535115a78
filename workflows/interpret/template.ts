import { isFieldName } from "../model/fields";
import type { FlowPlan } from "../model/plan";
import { readField } from "./read-field";
import type { RunState } from "./types";

/**
 * Fills {{placeholders}} in messages written in the studio: any rule field ("{{intent.label}}"), plus
 * ticket.id and customer.name. Unknown placeholders stay visible rather than silently vanishing.
 */
export function renderTemplate(text: string, state: RunState, plan: FlowPlan): string {
  const parts = partsOf(text);
  if (parts.length === 1 && typeof parts[0] === "string") return parts[0];
  let out = "";
  for (const part of parts) out += typeof part === "string" ? part : fill(part, state, plan);
  return out;
}

/** A placeholder: the field it names and the text it was written as (kept when the name is unknown). */
type Placeholder = { name: string; whole: string };

function fill({ name, whole }: Placeholder, state: RunState, plan: FlowPlan): string {
  if (name === "ticket.id") return state.ticket?.id ?? "";
  if (name === "customer.name") return state.ticket?.customer.name ?? "there";
  if (!isFieldName(name)) return whole;
  const value = readField(name, state, plan);
  if (value === null) return "";
  return Array.isArray(value) ? value.join(", ") : String(value);
}

/** Messages belong to plans and repeat for every ticket: each is split into text and placeholders once. */
const parsed = new Map<string, Array<string | Placeholder>>();
const PARSED_LIMIT = 1024;

function partsOf(text: string): Array<string | Placeholder> {
  let parts = parsed.get(text);
  if (parts !== undefined) return parts;
  parts = [];
  let last = 0;
  for (const m of text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push({ name: m[1]!, whole: m[0] });
    last = m.index + m[0].length;
  }
  if (last < text.length || parts.length === 0) parts.push(text.slice(last));
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  parsed.set(text, parts);
  return parts;
}

/** The context an agent gets on handoff: what the flow learned and did, in one paragraph. */
export function handoffSummary(state: RunState): string {
  const t = state.ticket;
  const f = state.facts;
  const parts: string[] = [];
  if (t !== null) {
    // A chat has no subject: `"" via chat` would read as a fault.
    parts.push(t.subject.trim() === "" ? `via ${t.channel}` : `"${t.subject}" via ${t.channel}`);
    if (t.customer.enterprise) parts.push("enterprise customer");
    if (t.customer.contactsLast24h > 1) parts.push(`${t.customer.contactsLast24h} contacts in 24 h`);
  }
  if (f.intent !== null) parts.push(`intent ${f.intent.label} (${Math.round(f.intent.confidence * 100)}%)`);
  if (f.sentiment !== null) parts.push(`sentiment ${f.sentiment.label}${f.sentiment.frustrated ? ", frustrated" : ""}`);
  if (f.asksForHuman === true) parts.push("asked for a human");
  const steps = state.trace.slice(-6).map((e) => `${e.nodeType}: ${e.decision}`);
  if (steps.length > 0) parts.push(`flow so far: ${steps.join(" → ")}`);
  return parts.join("; ");
}
