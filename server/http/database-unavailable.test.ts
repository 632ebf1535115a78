import { Prisma } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { databaseUnavailable, isDatabaseDown, unlessDatabaseDown } from "./database-unavailable";

const known = (code: string, message = "x") => new Prisma.PrismaClientKnownRequestError(message, { code, clientVersion: "6.19.0" });

describe("isDatabaseDown", () => {
  it("is true for the pg adapter's socket failures as Prisma reports them, and the pool's own", () => {
    expect(isDatabaseDown(known("P1001", "Can't reach database server at 127.0.0.1:5432"))).toBe(true);
    expect(isDatabaseDown(known("P1017", "Server has closed the connection."))).toBe(true);
    expect(isDatabaseDown(known("P1008", "Operations timed out"))).toBe(true);
    expect(isDatabaseDown(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseDown(new Error("timeout exceeded when trying to connect"))).toBe(true);
  });

  it("is false for errors a retry would not cure", () => {
    expect(isDatabaseDown(known("P2002", "Unique constraint failed on the fields: (`source`,`externalId`)"))).toBe(false);
    expect(isDatabaseDown(known("P2025", "Record to update not found."))).toBe(false);
    expect(isDatabaseDown(new Error("No ticket with id t1"))).toBe(false);
    expect(isDatabaseDown(new TypeError("Cannot read properties of undefined"))).toBe(false);
  });
});

describe("unlessDatabaseDown", () => {
  it("answers 503 with Retry-After for a database that is away and lets every other error through", async () => {
    const answer = await unlessDatabaseDown(async () => {
      throw known("P1001");
    });
    expect(answer.status).toBe(503);
    expect(answer.headers.get("retry-after")).toBe("30");
    expect(await answer.json()).toEqual(await databaseUnavailable().json());
    await expect(
      unlessDatabaseDown(async () => {
        throw known("P2002");
      }),
    ).rejects.toThrow("x");
  });
});
