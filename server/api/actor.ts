import "server-only";
import { TRPCError } from "@trpc/server";
import type { SessionUser } from "@/server/auth/session";

/**
 * Who is acting, for authorship and the audit log: the signed-in user's email. authedProcedure has already
 * refused signed-out callers; the check here only narrows the type (and would refuse if a procedure forgot).
 */
export function actorOf(user: Pick<SessionUser, "email"> | null): string {
  if (!user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  return user.email;
}
