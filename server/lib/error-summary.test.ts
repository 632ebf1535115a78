import { describe, expect, it } from "vitest";
import { summarizeError } from "./error-summary";

describe("summarizeError", () => {
  it("puts the reason of a Prisma error first and keeps the rest without blank lines", () => {
    const error = new Error("\nInvalid `prisma.flow.findMany()` invocation:\n\n\nCan't reach database server at 127.0.0.1:54329");
    expect(summarizeError(error)).toEqual({
      message: "Can't reach database server at 127.0.0.1:54329",
      detail: "Invalid `prisma.flow.findMany()` invocation:\nCan't reach database server at 127.0.0.1:54329",
    });
  });

  it("keeps a one-line message as is, with no detail", () => {
    expect(summarizeError(new Error("DATABASE_URL is not set"))).toEqual({ message: "DATABASE_URL is not set", detail: "" });
    expect(summarizeError("boom")).toEqual({ message: "boom", detail: "" });
  });
});
