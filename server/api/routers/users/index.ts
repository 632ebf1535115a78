import "server-only";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { actorOf } from "@/server/api/actor";
import { authedProcedure, createTRPCRouter } from "@/server/api/trpc";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/server/auth/password-policy";
import { ROLES } from "@/lib/auth/roles";
import { changeRole, createUser, listUsers } from "@/server/services/users/users";

export const ZCreateUserInput = z.object({
  email: z.email("Enter an email address").trim(),
  name: z.string().trim().min(1, "Enter a name").max(120),
  role: z.enum(ROLES),
  // better-auth's limits (auth.ts sets them from the same constants); said here instead of failing at sign-in.
  password: z.string().min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`).max(MAX_PASSWORD_LENGTH),
});

export const ZChangeRoleInput = z.object({ userId: z.string().min(1), role: z.enum(ROLES) });

/** Admin only: who can sign in, and with which role. */
export const usersRouter = createTRPCRouter({
  list: authedProcedure("users.manage").query(({ ctx }) => listUsers(ctx.prisma)),
  create: authedProcedure("users.manage")
    .input(ZCreateUserInput)
    .mutation(({ ctx, input }) => createUser(ctx.prisma, { ...input, actor: actorOf(ctx.user) })),
  changeRole: authedProcedure("users.manage")
    .input(ZChangeRoleInput)
    .mutation(({ ctx, input }) => {
      // So the last admin cannot lock everyone out by a slip; another admin can still change it.
      if (input.userId === ctx.user?.id) throw new TRPCError({ code: "BAD_REQUEST", message: "You cannot change your own role; ask another admin." });
      return changeRole(ctx.prisma, { ...input, actor: actorOf(ctx.user) });
    }),
});
