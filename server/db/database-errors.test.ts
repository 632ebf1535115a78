import { describe, expect, it } from "vitest";
import { databaseErrorLine, isDatabaseUnreachable } from "./database-errors";

describe("isDatabaseUnreachable", () => {
  it("recognises a stopped or vanished server in Prisma's and pg's words", () => {
    expect(isDatabaseUnreachable(Object.assign(new Error("x"), { code: "P1001" }))).toBe(true);
    expect(isDatabaseUnreachable(new Error("\nInvalid `prisma.intentModel.update()` invocation:\n\nCan't reach database server at 127.0.0.1:54329"))).toBe(true);
    expect(isDatabaseUnreachable(new Error("connect ECONNREFUSED 127.0.0.1:54329"))).toBe(true);
    expect(isDatabaseUnreachable(new Error("terminating connection due to administrator command"))).toBe(true);
    expect(isDatabaseUnreachable(new Error("x", { cause: new Error("Connection terminated unexpectedly") }))).toBe(true);
  });

  it("leaves ordinary query failures alone", () => {
    expect(isDatabaseUnreachable(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBe(false);
    expect(isDatabaseUnreachable(new Error("No labelled tickets to learn from"))).toBe(false);
  });

  it("prints Prisma's reason, not its invocation", () => {
    expect(databaseErrorLine(new Error("\nInvalid `prisma.x()` invocation:\n\nCan't reach database server at h:1"))).toBe("Can't reach database server at h:1");
  });
});
