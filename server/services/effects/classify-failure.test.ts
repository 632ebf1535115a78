import { Prisma } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { InvalidOutputError } from "../../ai/openai/retry";
import { HelpdeskCallError } from "../../helpdesk/helpdesk-call-error";
import { classifyFailure } from "./classify-failure";
import { EffectRejected } from "./effect-rejected";
import { RetryLater } from "./retry-later";

const known = (code: string, message = "failed", meta?: Record<string, unknown>) =>
  new Prisma.PrismaClientKnownRequestError(message, { code, clientVersion: "6.19.0", ...(meta ? { meta } : {}) });

describe("classifyFailure", () => {
  it("keeps the effect layer's own verdicts", () => {
    expect(classifyFailure(new EffectRejected('Queue "x" does not exist'))).toEqual({ kind: "permanent", reason: 'Queue "x" does not exist' });
    expect(classifyFailure(new RetryLater("Zendesk answered 429", 30_000))).toEqual({ kind: "infrastructure", reason: "Zendesk answered 429", retryAfterMs: 30_000 });
  });

  it("sorts helpdesk answers: 5xx, 429 and the network are worth waiting for, other refusals are not", () => {
    const headers = { get: () => null };
    expect(classifyFailure(HelpdeskCallError.fromResponse("Zendesk", 503, headers, "down"))).toMatchObject({ kind: "infrastructure" });
    expect(classifyFailure(HelpdeskCallError.fromResponse("Zendesk", 429, { get: () => "7" }, ""))).toMatchObject({ kind: "infrastructure", retryAfterMs: 7000 });
    expect(classifyFailure(HelpdeskCallError.network("Zendesk", new Error("socket hang up")))).toMatchObject({ kind: "infrastructure" });
    expect(classifyFailure(HelpdeskCallError.fromResponse("Zendesk", 422, headers, "bad field"))).toEqual({ kind: "permanent", reason: "Zendesk answered 422: bad field" });
  });

  it("waits for a database that is away, slow or in conflict", () => {
    expect(classifyFailure(known("P1001", "Can't reach database server at 127.0.0.1:5432"))).toMatchObject({ kind: "infrastructure" });
    expect(classifyFailure(known("P2028", "Transaction already closed"))).toMatchObject({ kind: "infrastructure" });
    expect(classifyFailure(known("P2034", "write conflict"))).toMatchObject({ kind: "infrastructure" });
    expect(classifyFailure(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))).toMatchObject({ kind: "infrastructure" });
    expect(classifyFailure(known("P2010", "Raw query failed. Code: `40001`. Message: `could not serialize access`"))).toMatchObject({ kind: "infrastructure" });
    expect(classifyFailure(known("P2010", "Raw query failed", { driverAdapterError: { cause: { originalCode: "40P01" } } }))).toMatchObject({ kind: "infrastructure" });
    expect(classifyFailure(new Error("Connection terminated unexpectedly"))).toMatchObject({ kind: "infrastructure", reason: "The database is not reachable: Connection terminated unexpectedly" });
  });

  it("gives up at once on what the database refuses for good", () => {
    expect(classifyFailure(known("P2025", "Record to update not found."))).toEqual({ kind: "permanent", reason: "The database refused the change: Record to update not found." });
    expect(classifyFailure(known("P2010", "Raw query failed. Code: `23514`. Message: `check constraint`"))).toMatchObject({ kind: "permanent" });
    expect(classifyFailure(new Prisma.PrismaClientValidationError("Argument `id` is missing.", { clientVersion: "6.19.0" }))).toMatchObject({ kind: "permanent" });
  });

  it("waits for the network and for HTTP answers that say 'later', refuses on other 4xx", () => {
    expect(classifyFailure(Object.assign(new Error("connect ECONNREFUSED 10.0.0.1:443"), { code: "ECONNREFUSED" }))).toMatchObject({ kind: "infrastructure" });
    expect(classifyFailure(Object.assign(new Error("getaddrinfo EAI_AGAIN hooks.slack.com"), { code: "EAI_AGAIN" }))).toMatchObject({ kind: "infrastructure" });
    expect(classifyFailure(Object.assign(new Error("Slack answered"), { original: { response: { status: 503 } } }))).toMatchObject({ kind: "infrastructure" });
    expect(classifyFailure(Object.assign(new Error("rate limited"), { status: 429 }))).toMatchObject({ kind: "infrastructure" });
    expect(classifyFailure(Object.assign(new Error("no_service"), { statusCode: 404 }))).toEqual({ kind: "permanent", reason: "A service refused the call with 404: no_service" });
  });

  it("gives up at once on a model that cannot answer, so the read's own failure handling applies", () => {
    expect(classifyFailure(new InvalidOutputError("empty content"))).toEqual({ kind: "permanent", reason: "The AI model could not answer: empty content" });
  });

  it("refuses invalid data at once", () => {
    const invalid = z.object({ queue: z.string() }).safeParse({ queue: 1 });
    expect(invalid.success).toBe(false);
    const result = classifyFailure(invalid.error);
    expect(result.kind).toBe("permanent");
    expect(result.reason).toMatch(/^The data is not valid: queue: /);
  });

  it("waits on what it does not know, so nothing is skipped silently", () => {
    expect(classifyFailure(new Error("No flow run for workflow ticket-1"))).toEqual({
      kind: "infrastructure",
      reason: "An unexpected error stopped the step: No flow run for workflow ticket-1",
      retryAfterMs: null,
    });
    expect(classifyFailure("a string")).toMatchObject({ kind: "infrastructure" });
  });
});
