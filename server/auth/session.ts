import "server-only";
import { getAuth } from "./auth";
import { isRole, type Role } from "../../lib/auth/roles";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** The signed-in user for a request's cookies, or null. An unknown role counts as signed out. */
export async function sessionUser(headers: Headers): Promise<SessionUser | null> {
  const session = await getAuth().api.getSession({ headers });
  if (!session) return null;
  const { id, email, name, role } = session.user as { id: string; email: string; name: string; role?: unknown };
  return isRole(role) ? { id, email, name, role } : null;
}
