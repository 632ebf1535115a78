import { z } from "zod";
import { weekDays } from "../../workflows/metrics/weeks";

/** An ISO week label, "2026-W49"; anything that is not a real week is refused with the same sentence. */
export const ZWeekLabelSchema = z.string().refine((label) => weekDays(label) !== null, { message: "That is not a week: write it as 2026-W49." });

/** A rate kept with the counts it came from and its 95% interval, as the metrics module gives it. */
const ZRateSchema = z.object({ rate: z.number().nullable(), numerator: z.number(), count: z.number(), low: z.number().nullable(), high: z.number().nullable() });

/** A flow version published in the week, with how many of the item's tickets it handled (0 in the week's list). */
const ZPublishedVersionSchema = z.object({
  versionId: z.string(),
  flowId: z.string(),
  flowName: z.string(),
  number: z.number(),
  message: z.string(),
  author: z.string(),
  publishedAt: z.string(),
  tickets: z.number(),
});

/** One category's week against the week before: automation rate and volume, each marked when too few tickets say it. */
const ZMovedItemSchema = z.object({
  key: z.string(),
  category: z.string(),
  before: z.object({ tickets: z.number(), automation: ZRateSchema }),
  now: z.object({ tickets: z.number(), automation: ZRateSchema }),
  /** In points of rate (0.06 is six points); null when either week had no tickets. */
  rateChange: z.number().nullable(),
  volumeChange: z.number(),
  rateNoise: z.boolean(),
  volumeNoise: z.boolean(),
  /** Tickets the change touches: what the list is ranked by. */
  impact: z.number(),
  versions: z.array(ZPublishedVersionSchema),
});

const ZTicketExampleSchema = z.object({ ticketId: z.string(), subject: z.string(), excerpt: z.string() });

/** An intent the classifier gave and the one agents said it was, how often, with the tickets' own words. */
const ZCorrectionItemSchema = z.object({ key: z.string(), from: z.string(), to: z.string(), count: z.number(), examples: z.array(ZTicketExampleSchema) });

const ZShadowItemSchema = z.object({
  key: z.string(),
  category: z.string(),
  status: z.enum(["ready", "needs-reviews"]),
  drafts: z.number(),
  reviewed: z.number(),
  correct: z.number(),
  rate: ZRateSchema,
});

const ZWrongArticleSchema = z.object({ key: z.string(), articleId: z.string(), title: z.string(), marked: z.number(), verdicts: z.record(z.string(), z.number()) });
const ZOverdueArticleSchema = z.object({ key: z.string(), articleId: z.string(), title: z.string(), owner: z.string().nullable(), reviewDue: z.string() });

const ZSlaItemSchema = z.object({ key: z.string(), queueId: z.string(), queueName: z.string(), breached: ZRateSchema, breachedBefore: z.number() });

/** What the weekly review shows, built once when it is first opened and kept, so it reads the same later. */
export const ZReviewSnapshotSchema = z.object({
  version: z.literal(1),
  week: z.string(),
  from: z.string(),
  to: z.string(),
  builtAt: z.string(),
  overall: z.object({ now: ZRateSchema, before: ZRateSchema, provisional: z.number() }),
  moved: z.array(ZMovedItemSchema),
  versions: z.array(ZPublishedVersionSchema),
  corrections: z.array(ZCorrectionItemSchema),
  shadow: z.object({ target: z.number(), minReviews: z.number(), items: z.array(ZShadowItemSchema) }),
  knowledge: z.object({ wrong: z.array(ZWrongArticleSchema), overdue: z.array(ZOverdueArticleSchema), overdueTotal: z.number() }),
  sla: z.array(ZSlaItemSchema),
});
export type TReviewSnapshot = z.infer<typeof ZReviewSnapshotSchema>;
export type TMovedItem = TReviewSnapshot["moved"][number];
export type TPublishedVersion = TReviewSnapshot["versions"][number];
export type TCorrectionItem = TReviewSnapshot["corrections"][number];
export type TShadowItem = TReviewSnapshot["shadow"]["items"][number];
export type TSlaItem = TReviewSnapshot["sla"][number];

/** Who checked an item off, and when. */
const ZReviewCheckSchema = z.object({ by: z.string(), at: z.string() });
/** A note on an item ("" is the note on the whole review), with who wrote it last and when. */
const ZReviewNoteSchema = z.object({ text: z.string(), by: z.string(), at: z.string() });
export const ZReviewChecksSchema = z.record(z.string(), ZReviewCheckSchema);
export const ZReviewNotesSchema = z.record(z.string(), ZReviewNoteSchema);
export type TReviewCheck = z.infer<typeof ZReviewCheckSchema>;
export type TReviewNote = z.infer<typeof ZReviewNoteSchema>;

/** The key of the review's own note, beside the items' keys. */
export const REVIEW_NOTE_KEY = "";

/** A published version's item key in the week's list of versions. */
export function versionKey(v: Pick<TPublishedVersion, "versionId">): string {
  return `version:${v.versionId}`;
}

/** Every item key of a snapshot: what a check or a note may attach to. */
export function itemKeys(s: TReviewSnapshot): string[] {
  return [...s.moved, ...s.versions.map((v) => ({ key: versionKey(v) })), ...s.corrections, ...s.shadow.items, ...s.knowledge.wrong, ...s.knowledge.overdue, ...s.sla].map((i) => i.key);
}

export const ZSetCheckSchema = z.object({ week: ZWeekLabelSchema, key: z.string().min(1).max(300), checked: z.boolean() });
export type TSetCheck = z.infer<typeof ZSetCheckSchema>;
export const ZSetNoteSchema = z.object({ week: ZWeekLabelSchema, key: z.string().max(300), text: z.string().max(5000, "Keep a note under 5,000 characters.") });
export type TSetNote = z.infer<typeof ZSetNoteSchema>;
