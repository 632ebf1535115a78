import { z } from "zod";

/**
 * Where a Zendesk export's ticket category comes from. Exports often keep it in a dropdown custom field known only
 * by its id (no `ticket_fields` sideload to name it) or in a tag prefix, which no automatic rule can guess, so the
 * person importing says which. Shared by the import page, `historyImport.start`, the job row, the CLI and the parser.
 *
 * - `automatic`: the first custom field whose title (or id, when unnamed) reads like a category: Category, Topic,
 *   Contact reason, Issue type, Request type. What imports did before this choice existed, and the default.
 * - `field`: one custom field, by its id (`360000111`) or, when the export names its fields, its title.
 * - `tagPrefix`: the first tag starting with the prefix, the prefix stripped (`topic_billing` → `billing`).
 * - `none`: no category from the file; the audit categorises every ticket.
 */
export const ZCategorySourceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("automatic") }),
  z.object({
    kind: z.literal("field"),
    field: z.string().trim().min(1, "Give the custom field's id (e.g. 360000111) or its title").max(200),
  }),
  z.object({
    kind: z.literal("tagPrefix"),
    prefix: z
      .string()
      .trim()
      .min(1, "A tag prefix cannot be empty: give the start the category tags share, e.g. topic_")
      .max(100)
      .regex(/^\S+$/, "Zendesk tags have no spaces, so a tag prefix cannot contain one"),
  }),
  z.object({ kind: z.literal("none") }),
]);
export type TCategorySource = z.infer<typeof ZCategorySourceSchema>;

export const AUTOMATIC_CATEGORY: TCategorySource = { kind: "automatic" };

/** The choice as a person reads it: "custom field 360000111", "tags starting with topic_". */
export function describeCategorySource(source: TCategorySource): string {
  switch (source.kind) {
    case "automatic":
      return "a custom field named like a category (automatic)";
    case "field":
      return `custom field ${source.field}`;
    case "tagPrefix":
      return `tags starting with ${source.prefix}`;
    case "none":
      return "no field (the audit categorises the tickets)";
    default: {
      const never: never = source;
      throw new Error(`unknown category source ${JSON.stringify(never)}`);
    }
  }
}
