import "server-only";
import type { TLookupResult } from "../../../workflows/model/lookup";
import { templateParts } from "../../../lib/lookups/template";
import type { TLookupContext } from "./lookup-types";

/**
 * Fills a data source's answer template ("Your order {{fields.id}} is {{fields.status}}, {{customer.name}}") from
 * a found lookup and the ticket. Null when the lookup found nothing or a name it uses has no value: a reply reading
 * "Your order is ." must never reach a customer, so the provider answers as it would without the lookup.
 */
export function renderAnswerTemplate(template: string, result: TLookupResult, context: TLookupContext): string | null {
  if (result.status !== "found") return null;
  let text = "";
  for (const part of templateParts(template)) {
    if ("text" in part) {
      text += part.text;
      continue;
    }
    const value = answerValue(part.name, result, context);
    if (value === null || value === "") return null;
    text += value;
  }
  return text;
}

function answerValue(name: string, result: TLookupResult, context: TLookupContext): string | null {
  if (name.startsWith("fields.")) return shown(result.fields[name.slice("fields.".length)]);
  if (name.startsWith("ticket.customFields.")) return shown(context.ticket.customFields[name.slice("ticket.customFields.".length)]);
  switch (name) {
    case "customer.name":
      return context.customer.name;
    case "customer.email":
      return context.customer.email;
    case "customer.plan":
      return context.customer.plan;
    case "customer.externalId":
      return context.customer.externalId;
    case "ticket.externalId":
      return context.ticket.externalId;
    case "ticket.subject":
      return context.ticket.subject;
    default:
      return null;
  }
}

function shown(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "boolean") return value ? "yes" : "no";
  return null;
}
