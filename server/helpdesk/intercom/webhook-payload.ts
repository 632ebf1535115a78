import "server-only";
import { z } from "zod";

/**
 * The parts of an Intercom webhook notification the studio reads (API 2.x webhook models). Every notification is the
 * same envelope; `data.item` is the conversation as it stands after the change, with only the new conversation parts.
 * Ids arrive as strings or numbers depending on the field and API version, so both are read as strings.
 */
const ZIdSchema = z.union([z.string(), z.number()]).transform(String);

const ZAuthorSchema = z.object({
  type: z.string().nullish(),
  id: ZIdSchema.nullish(),
  name: z.string().nullish(),
  email: z.string().nullish(),
});
export type TIntercomAuthor = z.infer<typeof ZAuthorSchema>;

const ZPartSchema = z.object({
  id: ZIdSchema,
  part_type: z.string(),
  body: z.string().nullish(),
  author: ZAuthorSchema.nullish(),
  attachments: z.array(z.object({ name: z.string().nullish(), url: z.string().nullish() })).nullish(),
  /** Set when the part was created through the API by an app (the studio's own writes among them). */
  app_package_code: z.string().nullish(),
});
export type TIntercomPart = z.infer<typeof ZPartSchema>;

export const ZIntercomConversationSchema = z.object({
  id: ZIdSchema,
  created_at: z.number().nullish(),
  title: z.string().nullish(),
  source: z
    .object({
      type: z.string().nullish(),
      subject: z.string().nullish(),
      body: z.string().nullish(),
      author: ZAuthorSchema.nullish(),
      url: z.string().nullish(),
    })
    .nullish(),
  contacts: z.object({ contacts: z.array(z.object({ id: ZIdSchema })).default([]) }).nullish(),
  admin_assignee_id: ZIdSchema.nullish(),
  team_assignee_id: ZIdSchema.nullish(),
  conversation_parts: z.object({ conversation_parts: z.array(ZPartSchema).default([]) }).nullish(),
  conversation_rating: z.object({ rating: z.number().nullish(), remark: z.string().nullish() }).nullish(),
});
export type TIntercomConversation = z.infer<typeof ZIntercomConversationSchema>;

export const ZIntercomNotificationSchema = z.object({
  type: z.literal("notification_event"),
  id: z.string().min(1),
  topic: z.string().min(1),
  created_at: z.number(),
  data: z.object({ item: z.unknown() }),
});
export type TIntercomNotification = z.infer<typeof ZIntercomNotificationSchema>;
