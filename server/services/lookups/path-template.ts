import "server-only";
import { templateParts } from "../../../lib/lookups/template";
import type { TLookupContext } from "./lookup-types";

export type TRenderedPath = { ok: true; path: string } | { ok: false; missing: string };

/**
 * Fills a request path template from the ticket (and a tool call's `args`), each value URL-encoded so it stays one
 * path segment or query value. The first value the ticket lacks ends it, named in the admin's words ("the ticket has
 * no order number"), so the lookup is skipped rather than asking for `/orders/`.
 */
export function renderPathTemplate(template: string, context: TLookupContext, args: Record<string, string> = {}): TRenderedPath {
  let path = "";
  for (const part of templateParts(template)) {
    if ("text" in part) {
      path += part.text;
      continue;
    }
    const value = pathValue(part.name, context, args);
    if (value === null || value === "") return { ok: false, missing: missingSentence(part.name) };
    path += encodeURIComponent(value);
  }
  return { ok: true, path };
}

function pathValue(name: string, context: TLookupContext, args: Record<string, string>): string | null {
  if (name === "ticket.externalId") return context.ticket.externalId;
  if (name === "customer.email") return context.customer.email;
  if (name === "customer.externalId") return context.customer.externalId;
  // A tool call names the number the customer meant (the first number in the text may be a phone or a date); it is
  // still scanned, so only digits reach the path.
  if (name === "text.number") return firstNumberIn(args["text.number"] ?? "") ?? firstNumberOf(context);
  if (name.startsWith("args.")) return args[name.slice("args.".length)] ?? null;
  if (name.startsWith("ticket.customFields.")) return scalarText(context.ticket.customFields[name.slice("ticket.customFields.".length)]);
  return null;
}

function missingSentence(name: string): string {
  if (name === "text.number") return "the ticket has no order number (no number of 4 to 20 digits in its messages)";
  if (name === "ticket.externalId") return "the ticket has no helpdesk id";
  if (name === "customer.email") return "the customer has no email address";
  if (name === "customer.externalId") return "the customer has no helpdesk id";
  if (name.startsWith("args.")) return `the lookup was not given “${name.slice("args.".length)}”`;
  if (name.startsWith("ticket.customFields.")) return `the ticket has no custom field “${name.slice("ticket.customFields.".length)}”`;
  return `the path names “${name}”, which the studio does not know`;
}

function scalarText(value: unknown): string | null {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "boolean") return String(value);
  return null;
}

/** The order number a customer wrote: the first run of 4–20 digits in their latest message, else the subject, else the body. */
export function firstNumberOf(context: TLookupContext): string | null {
  return firstNumberIn(context.ticket.latestMessage) ?? firstNumberIn(context.ticket.subject) ?? firstNumberIn(context.ticket.body);
}

/**
 * One pass over the text: each maximal run of digits is a candidate, taken when it has 4 to 20 of them ("#48213"
 * gives 48213; a 30-digit card-like run is passed over, not cut). Linear in the text's length whatever it holds.
 */
export function firstNumberIn(text: string): string | null {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const digit = i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57;
    if (digit && start === -1) start = i;
    if (!digit && start !== -1) {
      const length = i - start;
      if (length >= 4 && length <= 20) return text.slice(start, i);
      start = -1;
    }
  }
  return null;
}
