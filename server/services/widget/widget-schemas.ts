import "server-only";
import { z } from "zod";

/** The studio's own chat channel: tickets the widget opens carry this source. */
export const WIDGET_SOURCE = "widget";

export const WIDGET_LIMITS = { message: 2000, name: 100, email: 200, pageUrl: 2000, pageTitle: 300, comment: 1000 } as const;

/** The host page as the embedding script reports it; never refused: a page that cannot be read is simply left out. */
export const ZWidgetPageSchema = z.object({ url: z.string().max(20_000).catch(""), title: z.string().max(20_000).catch("") }).catch({ url: "", title: "" });
export type TWidgetPage = z.infer<typeof ZWidgetPageSchema>;

const ZMessageTextSchema = z
  .string({ error: "Type a message first." })
  .trim()
  .min(1, "Type a message first.")
  .max(WIDGET_LIMITS.message, `That message is too long: please keep it under ${WIDGET_LIMITS.message.toLocaleString("en")} characters.`);

/** Made by the frame for each message it sends, so a retried send is stored once. */
const ZClientIdSchema = z.string({ error: "Please reload the chat and try again." }).regex(/^[A-Za-z0-9_-]{8,64}$/, "Please reload the chat and try again.");

const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((v) => (v ? v : undefined));

export const ZWidgetStartSchema = z.object({
  /** The anonymous visitor's id, kept in the frame's storage so a reload continues the conversation. */
  visitorId: ZClientIdSchema,
  clientMessageId: ZClientIdSchema,
  message: ZMessageTextSchema,
  name: optionalText(WIDGET_LIMITS.name, `Please keep your name under ${WIDGET_LIMITS.name} characters.`),
  email: z
    .union([z.literal(""), z.email("That email address does not look right: please check it, or leave it empty.").max(WIDGET_LIMITS.email, "That email address is too long.")])
    .optional()
    .transform((v) => (v ? v : undefined)),
  page: ZWidgetPageSchema,
});
export type TWidgetStart = z.infer<typeof ZWidgetStartSchema>;

export const ZWidgetMessageSchema = z.object({ clientMessageId: ZClientIdSchema, message: ZMessageTextSchema, page: ZWidgetPageSchema });
export type TWidgetMessage = z.infer<typeof ZWidgetMessageSchema>;

export const ZWidgetRatingSchema = z.object({
  score: z.number({ error: "Choose a rating from 1 to 5." }).int("Choose a rating from 1 to 5.").min(1, "Choose a rating from 1 to 5.").max(5, "Choose a rating from 1 to 5."),
  comment: optionalText(WIDGET_LIMITS.comment, `Please keep your comment under ${WIDGET_LIMITS.comment.toLocaleString("en")} characters.`),
});
export type TWidgetRating = z.infer<typeof ZWidgetRatingSchema>;

/** The page as stored: an http(s) address within bounds (else none) and a title cut to length. */
export function storedPage(page: TWidgetPage): { url: string | null; title: string | null } {
  const title = page.title.trim().replace(/\s+/g, " ").slice(0, WIDGET_LIMITS.pageTitle) || null;
  if (page.url.length === 0 || page.url.length > WIDGET_LIMITS.pageUrl) return { url: null, title };
  try {
    const url = new URL(page.url);
    return { url: url.protocol === "http:" || url.protocol === "https:" ? url.href : null, title };
  } catch {
    return { url: null, title };
  }
}
