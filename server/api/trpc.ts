/**
 * tRPC setup, the create-t3-app way: one context, one `t`, and the builders every router uses.
 * Routers are thin adapters; business logic lives in server/services and workflows/.
 */
import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { getPrisma } from "@/server/db";
import { FlowCompileError } from "@/server/services/flows/flow-errors";
import type { CompileError } from "@/workflows/model/plan";

export type Prisma = ReturnType<typeof getPrisma>;

export interface TRPCContext {
  headers: Headers;
  /** Resolved on first use, so procedures (and pages) that never touch the database never need one. */
  readonly prisma: Prisma;
}

export function createTRPCContext(opts: { headers: Headers }): TRPCContext {
  let prisma: Prisma | undefined;
  return {
    headers: opts.headers,
    // A getter rather than a value: getPrisma() fails fast without DATABASE_URL, and that must only
    // happen for requests that actually query. Don't spread ctx in middleware (it would call this).
    get prisma() {
      prisma ??= getPrisma();
      return prisma;
    },
  };
}

/** One entry per failing field, with its dotted path, so forms can put the message next to the input. */
export interface FieldIssue {
  path: string;
  message: string;
}

const t = initTRPC.context<TRPCContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const zodError =
      error.cause instanceof ZodError
        ? error.cause.issues.map((issue): FieldIssue => ({ path: issue.path.map(String).join("."), message: issue.message }))
        : null;
    // A publish refused by the compiler carries every error, so the editor can pin each to its node.
    const compileErrors: CompileError[] | null = error.cause instanceof FlowCompileError ? error.cause.errors : null;
    return { ...shape, data: { ...shape.data, zodError, compileErrors } };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure;
