import "server-only";
import type { PrismaClient } from "@prisma/client";
import { z } from "zod";
import { ZPasswordSchema, randomPassword } from "@/server/auth/password-policy";
import { ROLES, type Role } from "@/lib/auth/roles";
import { ServiceError } from "@/server/services/lib/service-error";
import { createUser } from "./users";

export const ZProvisionUserSchema = z.object({
  email: z.email("Enter an email address, e.g. ada@example.com.").trim().toLowerCase(),
  role: z.enum(ROLES, { error: (issue) => `There is no role "${String(issue.input)}": use one of ${ROLES.join(", ")}.` }),
  name: z.string().trim().min(1, "The name is empty.").max(120, "The name is too long: use at most 120 characters.").optional(),
  password: ZPasswordSchema.optional(),
});
/** The role is any string here, as typed in a shell: the schema is what checks it. */
export type TProvisionUser = Omit<z.input<typeof ZProvisionUserSchema>, "role"> & { role: string };

export type TProvisionedUser = { id: string; email: string; name: string; role: Role; password: string; generated: boolean };

/**
 * Creates a user from a script or a shell (`studio users create`): checks the input first and says what is
 * wrong in a sentence, makes up a password when none is given, and names the user after their email when no
 * name is given. An existing email is refused (CONFLICT), never overwritten.
 */
export async function provisionUser(prisma: PrismaClient, input: TProvisionUser & { actor: string }): Promise<TProvisionedUser> {
  const parsed = ZProvisionUserSchema.safeParse(input);
  if (!parsed.success) throw new ServiceError("invalid", parsed.error.issues.map((issue) => issue.message).join(" "));
  const { email, role } = parsed.data;
  const generated = parsed.data.password === undefined;
  const password = parsed.data.password ?? randomPassword();
  const name = parsed.data.name ?? email.split("@")[0]!;
  const user = await createUser(prisma, { email, name, role, password, actor: input.actor });
  return { ...user, password, generated };
}
