import { z } from "zod";

/** The longest draft "Test a draft" takes: far beyond any reply, short enough to check at once. */
export const MAX_DRAFT_CHARS = 20_000;

/** "Test a draft": the text to check and, optionally, the category it answers (rules may be limited to some). */
export const ZDraftCheckSchema = z.object({
  text: z
    .string()
    .trim()
    .min(1, "Paste a draft to check")
    .max(MAX_DRAFT_CHARS, `The test draft can be at most ${MAX_DRAFT_CHARS.toLocaleString("en-US")} characters`),
  category: z.string().trim().max(120, "The category can be at most 120 characters").nullish(),
});
export type TDraftCheck = z.infer<typeof ZDraftCheckSchema>;
