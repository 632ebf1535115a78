import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { can, forbiddenMessage, type Permission } from "../../lib/auth/roles";
import { sessionUser, type SessionUser } from "./session";

/** The header proxy.ts puts the requested path and query in, so a redirect to sign-in can come back. */
export const PATH_HEADER = "x-studio-path";

/** One session lookup per request, shared by the layout and the page. */
const currentUser = cache(async (): Promise<SessionUser | null> => sessionUser(new Headers(await headers())));

/** The signed-in user, or a redirect to /sign-in?next=<this page>. */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (user) return user;
  const path = (await headers()).get(PATH_HEADER) ?? "/flows";
  redirect(`/sign-in?next=${encodeURIComponent(path)}`);
}

/** For pages limited to some roles: the user, and the sentence to show instead of the page when refused. */
export async function requirePermission(permission: Permission): Promise<{ user: SessionUser; refused: string | null }> {
  const user = await requireUser();
  return { user, refused: can(user.role, permission) ? null : forbiddenMessage(user.role, permission) };
}
