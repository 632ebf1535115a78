import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { createCallerFactory } from "@/server/api/trpc";
import { contextAs } from "@/tests/auth";
import { fixtureText } from "@/server/connectors/zendesk/test-fixtures";
import { compile } from "@/workflows/compile";
import { flowImportRouter } from ".";

// The procedure never touches the database, so a context without DATABASE_URL is enough.
const caller = createCallerFactory(flowImportRouter)(contextAs("designer"));

async function rejection(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

describe("flowImport.zendeskTrigger", () => {
  it("returns the conversion, with queues mapped from groupNames, and a graph that compiles", async () => {
    const out = await caller.zendeskTrigger({ json: fixtureText("trigger-urgent-escalation.json"), groupNames: { "360001234567": "escalations" } });
    expect(out.conversions).toHaveLength(1);
    const [c] = out.conversions;
    expect(c!.unsupported.map((u) => u.field)).toEqual(["organization_id", "role", "assignee_id"]);
    expect(compile(c!.graph, { knownQueues: ["escalations"] }).ok).toBe(true);
  });

  it("tells the person to choose an unmapped group's queue in the dialog's table", async () => {
    const out = await caller.zendeskTrigger({ json: fixtureText("trigger-urgent-escalation.json") });
    expect(out.conversions[0]!.unsupported.find((u) => u.field === "group_id")!.reason).toBe(
      "Zendesk group 360001234567 has no queue yet: choose its queue in the “Zendesk groups → queues” table, then convert again",
    );
  });

  it("answers BAD_REQUEST for text that is not JSON", async () => {
    const error = await rejection(caller.zendeskTrigger({ json: "{ trigger: " }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/^Not valid JSON/);
  });

  it("answers BAD_REQUEST with the failing paths for JSON of the wrong shape", async () => {
    const error = await rejection(caller.zendeskTrigger({ json: JSON.stringify({ trigger: { title: "x", conditions: { all: [{ field: 1 }] }, actions: [] } }) }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("trigger.conditions.all.0.field");
    // trpc.ts's error formatter turns a ZodError cause into data.zodError [{ path, message }] for the client.
    expect(error.cause).toBeInstanceOf(ZodError);
    const cause = error.cause as unknown as ZodError;
    expect(cause.issues.map((i) => i.path.join("."))).toEqual(["trigger.conditions.all.0.field", "trigger.conditions.all.0.operator"]);
  });

  it("gives an HTTP client the failing paths in data.zodError", async () => {
    const input = { json: JSON.stringify({ triggers: [{ title: "x", conditions: { all: [] }, actions: [{ value: 1 }] }] }) };
    const res = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request("http://localhost/api/trpc/zendeskTrigger", { method: "POST", body: JSON.stringify(superjson.serialize(input)), headers: { "content-type": "application/json" } }),
      router: flowImportRouter,
      createContext: () => contextAs("designer"),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { json: { data: { zodError: unknown } } } };
    expect(body.error.json.data.zodError).toEqual([{ path: "triggers.0.actions.0.field", message: expect.any(String) }]);
  });

  it("validates its own input", async () => {
    const error = await rejection(caller.zendeskTrigger({ json: "" }));
    expect(error.code).toBe("BAD_REQUEST");
  });
});
