import "server-only";
import { z } from "zod";
import { describeCategorySource, ZCategorySourceSchema, type TCategorySource } from "../../../lib/history-import/category-source";
import type { TCategoryCensus } from "./category-census";

/**
 * What a Zendesk import job keeps in its `mapping` column (the CSV column mapping's place): where the category comes
 * from, and once the import ends how many tickets got one, with a sentence when the choice found nothing.
 */
export const ZCategoryOutcomeSchema = z.object({
  tickets: z.number().int().min(0),
  categorised: z.number().int().min(0),
  note: z.string().nullable(),
});
export type TCategoryOutcome = z.infer<typeof ZCategoryOutcomeSchema>;

export const ZZendeskJobSettingsSchema = z.object({
  category: ZCategorySourceSchema,
  outcome: ZCategoryOutcomeSchema.optional(),
});
export type TZendeskJobSettings = z.infer<typeof ZZendeskJobSettingsSchema>;

export function categoryOutcome(source: TCategorySource, census: TCategoryCensus): TCategoryOutcome {
  return { tickets: census.tickets, categorised: census.categorised, note: categoryNote(source, census) };
}

/** "Categories: 9 of 10 tickets from custom field 360000111." */
export function categorySummary(source: TCategorySource, outcome: Pick<TCategoryOutcome, "tickets" | "categorised">): string {
  if (source.kind === "none") return "Categories: none taken from the file; the audit categorises the tickets.";
  return `Categories: ${outcome.categorised.toLocaleString("en")} of ${outcome.tickets.toLocaleString("en")} tickets from ${describeCategorySource(source)}.`;
}

/** Why a choice found nothing, in the person's words, with what the file offers instead; null when there is nothing to say. */
export function categoryNote(source: TCategorySource, census: TCategoryCensus): string | null {
  if (census.tickets === 0 || census.categorised > 0) return null;
  switch (source.kind) {
    case "field": {
      const check = /^\d+$/.test(source.field)
        ? "check the id"
        : "check the title (an export names its fields only when it includes ticket_fields; otherwise give the field's id)";
      return `No ticket had custom field ${source.field}; ${check}. ${fieldsOffered(census)}`;
    }
    case "tagPrefix": {
      const offered = census.tagPrefixes.map((p) => `${p.prefix} (e.g. ${p.examples.join(", ")})`).join("; ");
      return `No ticket had a tag starting with ${source.prefix}; check the prefix. ${offered ? `Tag prefixes in this file: ${offered}.` : "No tags in this file share a prefix."}`;
    }
    case "automatic":
      if (census.fields.length === 0) return null;
      return (
        "No custom field is named like a category (Category, Topic, Contact reason, Issue type, Request type), so the audit will categorise " +
        `these tickets. If one of the file's fields holds the category, choose it. ${fieldsOffered(census)}`
      );
    case "none":
      return null;
    default: {
      const never: never = source;
      throw new Error(`unknown category source ${JSON.stringify(never)}`);
    }
  }
}

function fieldsOffered(census: TCategoryCensus): string {
  if (census.fields.length === 0) return "The tickets in this file have no custom field values.";
  return `Custom fields in this file: ${census.fields.map((f) => `${f.field} (e.g. ${f.examples.join(", ")})`).join("; ")}.`;
}

/** A Zendesk job's settings from its row; null for other formats and for rows from before the choice existed. */
export function zendeskJobSettings(job: { format: string; mapping: unknown }): TZendeskJobSettings | null {
  if (job.format !== "zendesk" || job.mapping === null || job.mapping === undefined) return null;
  const parsed = ZZendeskJobSettingsSchema.safeParse(job.mapping);
  return parsed.success ? parsed.data : null;
}
