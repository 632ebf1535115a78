import "server-only";
import { CATEGORY_FIELD, optionalText } from "../import-streams/import-values";
import type { TCategorySource } from "../../../lib/history-import/category-source";

/**
 * One custom field value of a ticket. The API exports know the field's id, and its title only when the export
 * sideloads `ticket_fields`; the CSV export knows only the title (its "Contact reason [list]" column).
 */
export interface ZendeskFieldValue {
  id: string | null;
  title: string | null;
  value: unknown;
}

/**
 * The ticket's category as the chosen source gives it, or null. Dropdown values are kept as Zendesk stores them
 * (the option's tag, e.g. `card_arrival`), as automatic detection always did, so a category reads the same whichever
 * way it was found.
 */
export function zendeskCategory(source: TCategorySource, fields: readonly ZendeskFieldValue[], tags: readonly string[]): string | null {
  switch (source.kind) {
    case "automatic":
      return automaticCategory(fields);
    case "field": {
      const wanted = source.field.trim();
      const field = fields.find((f) => f.id === wanted) ?? fields.find((f) => f.title !== null && sameTitle(f.title, wanted));
      return field ? fieldValue(field.value) : null;
    }
    case "tagPrefix":
      return tagCategory(tags, source.prefix);
    case "none":
      return null;
    default: {
      const never: never = source;
      throw new Error(`unknown category source ${JSON.stringify(never)}`);
    }
  }
}

/** The first field named like a category that has a value; unnamed fields are judged by their id, which never reads so. */
function automaticCategory(fields: readonly ZendeskFieldValue[]): string | null {
  for (const f of fields) {
    if (!CATEGORY_FIELD.test(f.title ?? f.id ?? "")) continue;
    const value = optionalText(f.value);
    if (value !== null) return value;
  }
  return null;
}

/** Zendesk lowercases tags, so a prefix typed as "Topic_" still matches `topic_billing`. */
export function tagCategory(tags: readonly string[], prefix: string): string | null {
  const p = prefix.trim().toLowerCase();
  for (const tag of tags) {
    const rest = tag.trim();
    if (rest.toLowerCase().startsWith(p) && rest.length > p.length) return rest.slice(p.length);
  }
  return null;
}

/** A multi-select field holds a list of option tags: its first one stands for the ticket. */
function fieldValue(value: unknown): string | null {
  if (Array.isArray(value)) {
    for (const v of value) {
      const t = optionalText(v);
      if (t !== null) return t;
    }
    return null;
  }
  return optionalText(value);
}

function sameTitle(a: string, b: string): boolean {
  return a.trim().localeCompare(b.trim(), "en", { sensitivity: "accent" }) === 0;
}
