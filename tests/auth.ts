import type { PrismaClient } from "@prisma/client";
import { TRPCError } from "@trpc/server";
import { webPorts } from "../composition/web";
import type { TRPCContext } from "../server/api/trpc";
import { getAuth } from "../server/auth/auth";
import type { Role } from "../lib/auth/roles";
import { createPasswordUser } from "../server/auth/users";
import { getPrisma } from "../server/db";

/**
 * Test helpers for signed-in calls. `contextAs` builds the tRPC context object directly (what
 * createTRPCContext returns after reading a session), so tests of procedures need no cookie and
 * production code needs no bypass. Its ports are the web app's own (composition/web.ts).
 */
export function contextAs(role: Role, email = `${role}@test.local`, headers = new Headers()): TRPCContext {
  const ports = webPorts();
  return {
    headers,
    user: { id: `test-${role}`, email, name: role, role },
    ports,
    // Lazy, like the real context: tests of procedures that never query need no DATABASE_URL.
    get prisma() {
      return ports.prisma;
    },
  };
}

/** Creates a user with a password (or reuses one with that email) and signs in; returns the Cookie header. */
export async function signIn(
  email: string,
  role: Role,
  password = "test-password-123",
  prisma: PrismaClient = getPrisma(),
): Promise<string> {
  if (!(await prisma.user.findUnique({ where: { email } }))) await createPasswordUser(prisma, { email, name: email, role, password });
  const response = await getAuth().api.signInEmail({ body: { email, password }, asResponse: true });
  if (!response.ok) throw new Error(`sign-in as ${email} failed: ${response.status} ${await response.text()}`);
  // "name=value; Path=/; HttpOnly; ..." for each cookie: keep the name=value parts.
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

/** The outcome of a tRPC call as its code: "OK", or the TRPCError code (FORBIDDEN, CONFLICT, ...). */
export async function trpcCodeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "OK";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}
