import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { FlowCompileError } from "@/server/services/flows/flow-errors";
import { ServiceError, type ServiceErrorKind } from "@/server/services/lib/service-error";
import { contextAs } from "@/tests/auth";
import { authedProcedure, createCallerFactory, createTRPCRouter } from "./trpc";

// A router of its own: each procedure fails the way a service would, and nothing touches the database.
const router = createTRPCRouter({
  refuse: authedProcedure("flows.read").query((): never => {
    throw new ServiceError("not-found", "There is no flow with id \"x\".");
  }),
  refuseAs: authedProcedure("flows.read")
    .input((value) => value as ServiceErrorKind)
    .query(({ input }): never => {
      throw new ServiceError(input, `refused as ${input}`);
    }),
  compile: authedProcedure("flows.read").query((): never => {
    throw new FlowCompileError([{ code: "unknown-queue", nodeId: "n1", field: "queue", message: "Pick a queue" }]);
  }),
  fault: authedProcedure("flows.read").query((): never => {
    throw new Error("disk on fire");
  }),
});
const caller = createCallerFactory(router)(contextAs("designer"));

async function refusal(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

describe("a service's refusal through a procedure", () => {
  it("answers with its kind's code and its own message", async () => {
    const error = await refusal(caller.refuse());
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toBe('There is no flow with id "x".');
  });

  it("maps every kind", async () => {
    const codes = await Promise.all((["not-found", "conflict", "invalid", "forbidden"] as const).map(async (kind) => (await refusal(caller.refuseAs(kind))).code));
    expect(codes).toEqual(["NOT_FOUND", "CONFLICT", "BAD_REQUEST", "FORBIDDEN"]);
  });

  it("keeps the domain error as the cause, so the formatter can read its details", async () => {
    const error = await refusal(caller.compile());
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.cause).toBeInstanceOf(FlowCompileError);
  });

  it("leaves any other error a fault", async () => {
    expect((await refusal(caller.fault())).code).toBe("INTERNAL_SERVER_ERROR");
  });
});
