import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { expect, it } from "vitest";
import { z } from "zod";
import { contextAs } from "@/tests/auth";
import { ServiceError } from "@/server/services/lib/service-error";
import { authedProcedure, createTRPCRouter } from "./trpc";

// A procedure of its own: the formatter is what is under test, not any one router.
const router = createTRPCRouter({
  probe: authedProcedure("knowledge.read")
    .input(z.object({ sampleSize: z.number().int().min(1).max(200_000), text: z.string().max(20_000, "The test draft can be at most 20,000 characters") }))
    .mutation(() => "ok"),
  taken: authedProcedure("knowledge.read").mutation(() => {
    throw new ServiceError("conflict", "Another flow is already called “Billing”.", { field: "name" });
  }),
  refused: authedProcedure("knowledge.read").mutation(() => {
    throw new ServiceError("conflict", "Nothing new to publish.");
  }),
});

async function call(input: unknown, procedure = "probe") {
  const res = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(`http://localhost/api/trpc/${procedure}`, { method: "POST", body: JSON.stringify(superjson.serialize(input)), headers: { "content-type": "application/json" } }),
    router,
    createContext: () => contextAs("admin"),
  });
  const body = (await res.json()) as { error: { json: { message: string; data: { fieldErrors: Record<string, string> | null; zodError: unknown } } } };
  return { status: res.status, error: body.error.json };
}

it("answers an input error with one sentence per field and the sentences by path", async () => {
  const { status, error } = await call({ sampleSize: 999_999_999, text: "x".repeat(20_001) });
  expect(status).toBe(400);
  expect(error.message).toBe("Sample size must be at most 200,000. The test draft can be at most 20,000 characters.");
  expect(error.data.fieldErrors).toEqual({
    sampleSize: "Sample size must be at most 200,000.",
    text: "The test draft can be at most 20,000 characters.",
  });
  expect(error.data.zodError).toEqual([
    { path: "sampleSize", message: "Sample size must be at most 200,000." },
    { path: "text", message: "The test draft can be at most 20,000 characters." },
  ]);
});

it("leaves other refusals' messages alone and sends no field errors with them", async () => {
  const res = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request("http://localhost/api/trpc/nope", { method: "POST", body: "{}", headers: { "content-type": "application/json" } }),
    router,
    createContext: () => contextAs("admin"),
  });
  const body = (await res.json()) as { error: { json: { message: string; data: { fieldErrors: unknown } } } };
  expect(body.error.json.data.fieldErrors).toBeNull();
  expect(body.error.json.message).toMatch(/No procedure found/);
});

it("sends a service's refusal about one input as that input's field error, and other refusals with none", async () => {
  const taken = await call({}, "taken");
  expect(taken.status).toBe(409);
  expect(taken.error.message).toBe("Another flow is already called “Billing”.");
  expect(taken.error.data.fieldErrors).toEqual({ name: "Another flow is already called “Billing”." });
  const refused = await call({}, "refused");
  expect(refused.status).toBe(409);
  expect(refused.error.data.fieldErrors).toBeNull();
});
