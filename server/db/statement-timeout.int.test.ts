import { TRPCError } from "@trpc/server";
import { afterAll, describe, expect, it } from "vitest";
import { createCallerFactory, createTRPCRouter, publicProcedure } from "../api/trpc";
import { createPrismaClient, DEFAULT_WEB_STATEMENT_TIMEOUT_MS, getPrisma, webStatementTimeoutMs } from "../db";
import { isStatementTimeout, STATEMENT_TIMEOUT_MESSAGE } from "./database-errors";
import { contextAs } from "../../tests/auth";

const limited = createPrismaClient(process.env.DATABASE_URL!, { statementTimeoutMs: 300 });
afterAll(() => limited.$disconnect());

describe("the web process's statement timeout", () => {
  it("is read from STUDIO_WEB_STATEMENT_TIMEOUT_MS, with a default, and 0 turns it off", () => {
    expect(webStatementTimeoutMs({})).toBe(DEFAULT_WEB_STATEMENT_TIMEOUT_MS);
    expect(webStatementTimeoutMs({ STUDIO_WEB_STATEMENT_TIMEOUT_MS: "5000" })).toBe(5000);
    expect(webStatementTimeoutMs({ STUDIO_WEB_STATEMENT_TIMEOUT_MS: "0" })).toBeNull();
    expect(webStatementTimeoutMs({ STUDIO_WEB_STATEMENT_TIMEOUT_MS: "soon" })).toBe(DEFAULT_WEB_STATEMENT_TIMEOUT_MS);
  });

  it("is set on a limited client's connections and not on the process client outside the web server", async () => {
    expect(await limited.$queryRaw<Array<{ statement_timeout: string }>>`SHOW statement_timeout`).toEqual([{ statement_timeout: "300ms" }]);
    // Tests, the worker, migrations and the CLI run outside Next.js: their long work is not cut off.
    expect(await getPrisma().$queryRaw<Array<{ statement_timeout: string }>>`SHOW statement_timeout`).toEqual([{ statement_timeout: "0" }]);
  });

  it("cancels a statement that runs longer, and the client goes on answering", async () => {
    const error = await limited.$queryRaw`SELECT pg_sleep(3)`.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    expect(isStatementTimeout(error)).toBe(true);
    expect(await limited.$queryRaw<Array<{ one: number }>>`SELECT 1 AS one`).toEqual([{ one: 1 }]);
    expect(isStatementTimeout(new Error("duplicate key value violates unique constraint"))).toBe(false);
  });

  it("reaches a tRPC caller as a sentence, not as PostgreSQL's words", async () => {
    const router = createTRPCRouter({ slow: publicProcedure.query(() => limited.$queryRaw`SELECT pg_sleep(3)`) });
    const caller = createCallerFactory(router)(contextAs("admin"));
    const error = await caller.slow().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TRPCError);
    expect(error).toMatchObject({ code: "TIMEOUT", message: STATEMENT_TIMEOUT_MESSAGE });
  });
});
