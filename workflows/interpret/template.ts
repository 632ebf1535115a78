import { isFieldName } from "../model/fields";
import type { FlowPlan } from "../model/plan";
import { readField } from "./read-field";
import type { RunState } from "./types";

/**
 * Fills {{placeholders}} in messages written in the studio: any rule field ("{{intent.label}}"), plus
 * ticket.id and customer.name. Unknown placeholders stay visible rather than silently vanishing.
 */
export function renderTemplate(text: string, state: RunState, plan: FlowPlan): string {
  return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => {
    if (name === "ticket.id") return state.ticket?.id ?? "";
    if (name === "customer.name") return state.ticket?.customer.name ?? "there";
    if (!isFieldName(name)) return whole;
    const value = readField(name, state, plan);
    if (value === null) return "";
    return Array.isArray(value) ? value.join(", ") : String(value);
  });
}

/** The context an agent gets on handoff: what the flow learned and did, in one paragraph. */
export function handoffSummary(state: RunState): string {
  const t = state.ticket;
  const f = state.facts;
  const parts: string[] = [];
  if (t !== null) {
    parts.push(`"${t.subject}" via ${t.channel}`);
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
