import { describe, expect, it } from "vitest";
import { routerQueries } from "./check-router-queries";

describe("routerQueries", () => {
  it("finds model calls and raw queries on any Prisma handle", () => {
    const text = [
      "const flows = await ctx.prisma.flow.findMany({});",
      "await prisma.$transaction(async (tx) => {});",
      "return ctx.prisma.ticket.count();",
    ].join("\n");
    expect(routerQueries("r.ts", text)).toEqual([
      "r.ts:1: const flows = await ctx.prisma.flow.findMany({});",
      "r.ts:2: await prisma.$transaction(async (tx) => {});",
      "r.ts:3: return ctx.prisma.ticket.count();",
    ]);
  });

  it("lets a router hand its Prisma handle to a service", () => {
    expect(routerQueries("r.ts", "return listFlows(ctx.prisma, input);\nconst db = ctx.prisma;")).toEqual([]);
  });
});
