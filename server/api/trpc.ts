/**
 * tRPC setup, the create-t3-app way: one context, one `t`, and the builders every router uses.
 * Routers are thin adapters; business logic lives in server/services and workflows/.
 */
import "server-only";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { can, forbiddenMessage, type Permission } from "@/lib/auth/roles";
import { fieldErrorsOf, issueSentence, issuesSentence, type FieldErrors } from "@/lib/errors/issue-sentences";
import { answerServiceErrors } from "@/server/api/service-error-code";
import { sessionUser, type SessionUser } from "@/server/auth/session";
import type { WebPorts } from "@/server/ports";
import { FlowCompileError } from "@/server/services/flows/flow-errors";
import { ServiceError } from "@/server/services/lib/service-error";
import type { CompileError } from "@/workflows/model/plan";

export type Prisma = WebPorts["prisma"];

export interface TRPCContext {
  headers: Headers;
  /** The signed-in user (better-auth session cookie), or null when signed out. */
  user: SessionUser | null;
  /** What procedures hand their services: the web app's ports, built once by its composition root (composition/web.ts). */
  readonly ports: WebPorts;
  /** `ports.prisma`, resolved on first use, so procedures (and pages) that never touch the database never need one. */
  readonly prisma: Prisma;
}

/** A context without a user, for callers that only reach public procedures (the health check). */
export function anonymousContext(headers: Headers, ports: WebPorts): TRPCContext {
  return withUser(headers, null, ports);
}

export async function createTRPCContext(opts: { headers: Headers; ports: WebPorts }): Promise<TRPCContext> {
  return withUser(opts.headers, await sessionUser(opts.headers), opts.ports);
}

function withUser(headers: Headers, user: SessionUser | null, ports: WebPorts): TRPCContext {
  return {
    headers,
    user,
    ports,
    // A getter rather than a value: getPrisma() fails fast without DATABASE_URL, and that must only
    // happen for requests that actually query. Don't spread ctx or ports in middleware (it would call this).
    get prisma() {
      return ports.prisma;
    },
  };
}

/** One entry per failing field, with its dotted path and its sentence, so forms can put the message next to the input. */
export interface FieldIssue {
  path: string;
  message: string;
}

const t = initTRPC.context<TRPCContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const issues = error.cause instanceof ZodError ? error.cause.issues : null;
    const zodError = issues?.map((issue): FieldIssue => ({ path: issue.path.map(String).join("."), message: issueSentence(issue) })) ?? null;
    // A service's refusal about one input (a name another flow has) goes under that input too.
    const serviceField = error.cause instanceof ServiceError && error.cause.field !== undefined ? { [error.cause.field]: error.cause.message } : null;
    const fieldErrors: FieldErrors | null = issues === null ? serviceField : fieldErrorsOf(issues);
    // zod's own message is its issues as JSON; people get one sentence per field instead.
    const message = issues === null ? shape.message : issuesSentence(issues);
    // A publish refused by the compiler carries every error, so the editor can pin each to its node.
    const compileErrors: CompileError[] | null = error.cause instanceof FlowCompileError ? error.cause.errors : null;
    return { ...shape, message, data: { ...shape.data, zodError, fieldErrors, compileErrors } };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;
/** Every procedure answers a service's refusal (a ServiceError) with its code rather than a 500. */
const procedure = t.procedure.use(async ({ next }) => answerServiceErrors(await next()));
/** Only for what must answer signed out (system.health). Everything else is an authedProcedure. */
export const publicProcedure = procedure;

/**
 * A procedure for signed-in users whose role has `permission` (lib/auth/roles.ts): UNAUTHORIZED when
 * signed out, FORBIDDEN with a sentence naming the roles that may otherwise.
 */
export function authedProcedure(permission: Permission) {
  return procedure.use(({ ctx, next }) => {
    const user = ctx.user;
    if (!user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
    if (!can(user.role, permission)) throw new TRPCError({ code: "FORBIDDEN", message: forbiddenMessage(user.role, permission) });
    // Plain next(): passing `ctx` makes tRPC spread the context, which would resolve the lazy prisma getter.
    return next();
  });
}
