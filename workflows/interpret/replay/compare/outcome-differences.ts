import type { OutcomeDifference, OutcomeSummary } from "../types";
import { aiReplyWords, kindWords } from "./outcome-words";

export interface CompareOptions {
  /** The baseline is the history as it happened: only what the helpdesk recorded can differ. */
  baselineIsHistory?: boolean;
}

/**
 * Every way a ticket's outcome differs between two sides, named, with both values in words, in the order a
 * support lead reads a ticket: what happened to it, where it went, its tier and priority, why it was escalated,
 * what the AI reply step did, whether it was resolved, its tags and fields, what the customer was told, the
 * internal notes, the notifications, and each SLA timer. Times and intent are metrics, not outcomes.
 *
 * Against the history only what the helpdesk recorded can differ: the kind and the queue, and the tier when
 * one was recorded. It records no escalation reasons, AI replies, messages or SLA timers, so comparing those
 * would mark every ticket the flow touches as changed. A field absent on either side (the history, a run
 * stored before the field was kept) is not known there, so it cannot differ.
 */
export function outcomeDifferences(baseline: OutcomeSummary, candidate: OutcomeSummary, options: CompareOptions = {}): OutcomeDifference[] {
  const out: OutcomeDifference[] = [];
  walk(baseline, candidate, options.baselineIsHistory === true, out);
  return out;
}

/** Whether `outcomeDifferences` would name anything; stops at the first difference and builds no words (it runs for every ticket). */
export function outcomeChanged(baseline: OutcomeSummary, candidate: OutcomeSummary, options: CompareOptions = {}): boolean {
  return walk(baseline, candidate, options.baselineIsHistory === true, null);
}

/** One walk for both: with no `out` it returns at the first difference. */
function walk(b: OutcomeSummary, c: OutcomeSummary, vsHistory: boolean, out: OutcomeDifference[] | null): boolean {
  let found = false;
  if (b.kind !== c.kind) {
    if (out === null) return true;
    found = push(out, "outcome", "Outcome", kindWords(b.kind), kindWords(c.kind));
  }
  if (b.queue !== c.queue) {
    if (out === null) return true;
    found = push(out, "queue", "Queue", b.queue ?? "none", c.queue ?? "none");
  }
  if (b.tier !== c.tier && !(vsHistory && b.tier === null)) {
    if (out === null) return true;
    found = push(out, "tier", "Tier", tierWords(b.tier), tierWords(c.tier));
  }
  if (vsHistory) return found;
  if (b.priority !== undefined && c.priority !== undefined && b.priority !== c.priority) {
    if (out === null) return true;
    found = push(out, "priority", "Priority", b.priority, c.priority);
  }
  if (b.escalationReason !== c.escalationReason) {
    if (out === null) return true;
    found = push(out, "escalationReason", "Escalation reason", b.escalationReason ?? "none", c.escalationReason ?? "none");
  }
  if (b.aiReply !== c.aiReply) {
    if (out === null) return true;
    found = push(out, "aiReply", "AI reply", aiReplyWords(b.aiReply), aiReplyWords(c.aiReply));
  }
  // A change of kind to or from "automated" says it already.
  if (b.kind === c.kind && b.resolved !== undefined && c.resolved !== undefined && b.resolved !== c.resolved) {
    if (out === null) return true;
    found = push(out, "resolved", "Resolved by the flow", b.resolved ? "yes" : "no", c.resolved ? "yes" : "no");
  }
  if (b.tags !== undefined && c.tags !== undefined && !sameSet(b.tags, c.tags)) {
    if (out === null) return true;
    found = push(out, "tags", "Tags", listWords(b.tags), listWords(c.tags));
  }
  if (b.fields !== undefined && c.fields !== undefined && !sameFields(b.fields, c.fields)) {
    if (out === null) return true;
    found = fieldDifferences(b.fields ?? {}, c.fields ?? {}, out);
  }
  if (listsDiffer(b.customerMessages, c.customerMessages)) {
    if (out === null) return true;
    found = listDifferences(b.customerMessages!, c.customerMessages!, out, "customerMessages", "Message to the customer", "Message # to the customer");
  }
  if (listsDiffer(b.internalNotes, c.internalNotes)) {
    if (out === null) return true;
    found = listDifferences(b.internalNotes!, c.internalNotes!, out, "internalNotes", "Internal note", "Internal note #");
  }
  if (b.notifications !== undefined && c.notifications !== undefined && !sameNotifications(b.notifications, c.notifications)) {
    if (out === null) return true;
    found = listDifferences(b.notifications.map(notificationText), c.notifications.map(notificationText), out, "notifications", "Notification", "Notification #");
  }
  if (b.slaTimers !== undefined && c.slaTimers !== undefined && !sameSla(b.slaTimers, c.slaTimers)) {
    if (out === null) return true;
    found = slaDifferences(b.slaTimers, c.slaTimers, out);
  }
  return found;
}

function push(out: OutcomeDifference[], aspect: OutcomeDifference["aspect"], label: string, before: string, after: string): true {
  out.push({ aspect, label, before, after });
  return true;
}

function tierWords(tier: number | null): string {
  return tier === null ? "none" : `Tier ${tier}`;
}

function listWords(items: readonly string[]): string {
  return items.length === 0 ? "none" : items.join(", ");
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  for (const x of a) if (!b.includes(x)) return false;
  for (const x of b) if (!a.includes(x)) return false;
  return true;
}

type Fields = OutcomeSummary["fields"];

function sameFields(a: Fields, b: Fields): boolean {
  if (a === b) return true;
  const x = a ?? {};
  const y = b ?? {};
  for (const key in x) if (x[key] !== y[key]) return false;
  for (const key in y) if (!(key in x)) return false;
  return true;
}

function fieldDifferences(a: NonNullable<Fields>, b: NonNullable<Fields>, out: OutcomeDifference[]): true {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  for (const key of keys) {
    if (a[key] === b[key]) continue;
    push(out, "fields", key === "status" ? "Status set" : `Field “${key}”`, a[key] === undefined ? "not set" : String(a[key]), b[key] === undefined ? "not set" : String(b[key]));
  }
  return true;
}

/** Whether two lists differ; absent on either side is not known, so no difference. */
function listsDiffer(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === undefined || b === undefined || a === b) return false;
  if (a.length !== b.length) return true;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return true;
  return false;
}

/**
 * Lists compared position by position (the customer reads messages in order): one difference per position
 * that differs, labelled alone ("Message to the customer") when each side has at most one, else numbered.
 */
function listDifferences(a: readonly string[], b: readonly string[], out: OutcomeDifference[], aspect: OutcomeDifference["aspect"], single: string, numbered: string): true {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) continue;
    push(out, aspect, n === 1 ? single : numbered.replace("#", String(i + 1)), a[i] ?? "none", b[i] ?? "none");
  }
  return true;
}

type Notifications = NonNullable<OutcomeSummary["notifications"]>;

function sameNotifications(a: Notifications, b: Notifications): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.channel !== b[i]!.channel || a[i]!.text !== b[i]!.text) return false;
  return true;
}

function notificationText(n: Notifications[number]): string {
  return `${n.channel}: ${n.text}`;
}

type SlaTimers = NonNullable<OutcomeSummary["slaTimers"]>;

function sameSla(a: SlaTimers, b: SlaTimers): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.nodeId !== b[i]!.nodeId || a[i]!.result !== b[i]!.result) return false;
  return true;
}

/**
 * Each timer by its node (a version may relabel it), named by the candidate's label: met, breached, or not
 * reached on the side that never came to it.
 */
function slaDifferences(a: SlaTimers, b: SlaTimers, out: OutcomeDifference[]): true {
  let found = false;
  const nodes = [...new Set([...a.map((t) => t.nodeId), ...b.map((t) => t.nodeId)])];
  for (const nodeId of nodes) {
    const before = a.find((t) => t.nodeId === nodeId);
    const after = b.find((t) => t.nodeId === nodeId);
    if (before?.result === after?.result) continue;
    found = push(out, "slaTimers", `SLA “${(after ?? before)!.timer}”`, before?.result ?? "not reached", after?.result ?? "not reached");
  }
  // The same timers decided alike, in another order (a timer reached twice): still named, as the order.
  if (!found) push(out, "slaTimers", "SLA timers", slaWords(a), slaWords(b));
  return true;
}

function slaWords(timers: SlaTimers): string {
  return timers.length === 0 ? "none" : timers.map((t) => `${t.timer}: ${t.result}`).join(", ");
}
