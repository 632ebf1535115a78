import { ZCategorySourceSchema, type TCategorySource } from "../../lib/history-import/category-source";
import type { TImportFormat } from "../../lib/history-import/import-record";

/** `studio import`'s options for where a Zendesk export's category comes from (see ZCategorySourceSchema). */
export interface CategoryFlags {
  categoryField?: string;
  categoryTagPrefix?: string;
  categoryAuto?: boolean;
  categoryNone?: boolean;
}

export const CATEGORY_OPTIONS = [
  ["--category-field <id-or-title>", "Zendesk: take the category from this custom field (its id, or its title when the export names fields)"],
  ["--category-tag-prefix <prefix>", "Zendesk: take the category from the first tag starting with this prefix, e.g. topic_"],
  ["--category-auto", "Zendesk: a custom field named like a category (Category, Topic, Contact reason…), the default"],
  ["--category-none", "Zendesk: take no category from the file; the audit categorises the tickets"],
] as const;

/**
 * The choice the flags make, undefined when they make none (the import then uses the one remembered for the
 * source), or the usage mistake as a sentence.
 */
export function categoryFromFlags(flags: CategoryFlags, format: TImportFormat): { choice: TCategorySource | undefined } | { error: string } {
  const given: TCategorySource[] = [];
  if (flags.categoryField !== undefined) given.push({ kind: "field", field: flags.categoryField });
  if (flags.categoryTagPrefix !== undefined) given.push({ kind: "tagPrefix", prefix: flags.categoryTagPrefix });
  if (flags.categoryAuto) given.push({ kind: "automatic" });
  if (flags.categoryNone) given.push({ kind: "none" });
  if (given.length === 0) return { choice: undefined };
  if (format !== "zendesk") return { error: `--category-… options are for Zendesk exports (--format zendesk); a ${format} import takes its category from its own fields` };
  if (given.length > 1) return { error: "Choose one of --category-field, --category-tag-prefix, --category-auto and --category-none" };
  const parsed = ZCategorySourceSchema.safeParse(given[0]);
  if (parsed.success) return { choice: parsed.data };
  const flag = given[0]!.kind === "field" ? "--category-field" : "--category-tag-prefix";
  return { error: `${flag}: ${parsed.error.issues[0]!.message}` };
}
