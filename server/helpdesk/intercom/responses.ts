import "server-only";
import { z } from "zod";

/** The fields the studio reads from Intercom's answers (API 2.x); everything else in them is left alone. */
const ZIdSchema = z.union([z.string().min(1), z.number()]).transform(String);

export const ZIntercomMeSchema = z.object({
  type: z.literal("admin"),
  id: ZIdSchema,
  name: z.string().nullish(),
  email: z.string().nullish(),
  app: z.object({ name: z.string().nullish(), id_code: z.string().nullish() }).nullish(),
});

export const ZIntercomTeamListSchema = z.object({
  teams: z.array(z.object({ id: ZIdSchema, name: z.string() })),
});

export const ZIntercomAdminListSchema = z.object({
  admins: z.array(z.object({ id: ZIdSchema, name: z.string().nullish(), email: z.string().nullish() })),
});

export const ZIntercomTagSchema = z.object({ type: z.literal("tag"), id: ZIdSchema, name: z.string() });

export const ZIntercomTagListSchema = z.object({ data: z.array(ZIntercomTagSchema) });
