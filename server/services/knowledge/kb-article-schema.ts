import "server-only";
import { z } from "zod";
import { normalisePageTag } from "../../../lib/knowledge/page-tags";

/** An article's publication state: drafts are never retrieved (nor used by the gap report). */
export const KB_STATUSES = ["draft", "published"] as const;
export const ZKbStatusSchema = z.enum(KB_STATUSES, { error: 'Status must be "draft" or "published"' });
export type TKbStatus = z.infer<typeof ZKbStatusSchema>;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v === undefined || v === null || v === "" ? null : v));

export const MAX_PAGES_PER_ARTICLE = 50;

/**
 * The pages an article applies to (path prefixes or full addresses, lib/knowledge/page-tags.ts), stored in their
 * normal form without repeats. A tag that is not a page is refused with what is wrong with it, never dropped:
 * a silently dropped tag would leave ops wondering why the article is not preferred there.
 */
export const ZKbPagesSchema = z
  .array(z.string(), { error: "Pages must be a list of paths or addresses" })
  .max(MAX_PAGES_PER_ARTICLE, `An article applies to at most ${MAX_PAGES_PER_ARTICLE} pages`)
  .default([])
  .transform((raw, ctx) => {
    const pages: string[] = [];
    raw.forEach((tag, index) => {
      if (tag.trim() === "") return;
      const checked = normalisePageTag(tag);
      if (!checked.ok) ctx.addIssue({ code: "custom", message: checked.error, path: [index] });
      else if (!pages.includes(checked.tag)) pages.push(checked.tag);
    });
    return pages;
  });

/** What a person (or an importer) writes: the editable fields of a KbArticle. */
export const ZKbArticleInputSchema = z.object({
  title: z.string().trim().min(1, "Title is required").max(300, "Title is longer than 300 characters"),
  body: z.string().trim().min(1, "Body is required").max(200_000, "Body is longer than 200,000 characters"),
  category: optionalText(120),
  owner: optionalText(200),
  tags: z
    .array(z.string().trim().max(80))
    .default([])
    .transform((tags) => [...new Set(tags.filter((t) => t !== ""))]),
  pages: ZKbPagesSchema,
  status: ZKbStatusSchema.default("published"),
  reviewDue: z.coerce.date({ error: "Review due is not a valid date" }).nullish().transform((v) => v ?? null),
});
export type TKbArticleInput = z.infer<typeof ZKbArticleInputSchema>;
export type TKbArticleInputRaw = z.input<typeof ZKbArticleInputSchema>;

/** Review flags the list can filter by. */
export const KB_FLAGS = ["stale", "negative-feedback", "lint"] as const;
export const ZKbListFilterSchema = z.object({
  /** Words searched in title, body and tags (all must occur, case-insensitive). */
  query: z.string().trim().max(200).default(""),
  category: z.string().trim().max(120).optional(),
  owner: z.string().trim().max(200).optional(),
  status: ZKbStatusSchema.optional(),
  flag: z.enum(KB_FLAGS).optional(),
  /** A customer's page (an address or a path): only articles tagged with a page that covers it. */
  page: z.string().trim().max(2000).optional(),
});
export type TKbListFilter = z.infer<typeof ZKbListFilterSchema>;

/** How often an article is reviewed when nothing else is said. */
export const DEFAULT_REVIEW_CADENCE_DAYS = 90;
/** An article nobody changed for this long is stale even when its review is not due. */
export const STALE_AFTER_DAYS = 180;
