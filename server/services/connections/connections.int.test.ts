import type { Prisma } from "@prisma/client";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createCaller } from "@/server/api/root";
import { contextAs, trpcCodeOf } from "../../../tests/auth";
import { uniqueId } from "../../../tests/integration/helpers";
import { flow, n } from "../../../workflows/compile/test-graphs";
import { getPrisma } from "../../db";
import type { HelpdeskClient, HelpdeskConnector } from "../../helpdesk/contract";
import { HelpdeskCallError } from "../../helpdesk/helpdesk-call-error";
import { publishFlowVersion } from "../flows/publish-flow-version";
import { forgetConnectionClients, helpdeskClientFor } from "./connection-clients";
import { resolveMapping } from "./resolve-mapping";
import { openSecrets } from "./secret-box";
import { workspaceKey } from "./workspace-key";

/**
 * Connections through their procedures, against the real database, with a stand-in Zendesk connector (the
 * registry is replaced, so these cases test the store, the status and the mappings, not a vendor): secrets sealed
 * and never returned, an empty secret keeping the saved one, refusals in the admin's words, every change in the
 * audit log, the cached rate-limited client and the status it writes, test, mapping suggestions and lookups.
 */
const fake = vi.hoisted(() => ({
  builds: [] as Array<{ settings: unknown; secrets: unknown }>,
  whoAmI: async (): Promise<string> => "Ava Ops <ava@acme.example>",
  groups: [] as Array<{ id: string; name: string }>,
  agents: [] as Array<{ id: string; name: string; email?: string | null }>,
  applied: [] as Array<{ ticket: string; key: string }>,
}));

vi.mock("../../helpdesk/connectors", async () => {
  const { z: zod } = await import("zod");
  const connector: HelpdeskConnector<{ subdomain: string }, { apiToken: string; webhookSecret: string }> = {
    kind: "zendesk",
    title: "Zendesk",
    requestsPerMinute: 600,
    settingsSchema: zod.object({ subdomain: zod.string().regex(/^[a-z0-9-]+$/, "use only the part before .zendesk.com") }),
    secretsSchema: zod.object({ apiToken: zod.string().min(1), webhookSecret: zod.string().min(1) }),
    fields: [
      { key: "subdomain", label: "Subdomain", secret: false },
      { key: "apiToken", label: "API token", secret: true },
      { key: "webhookSecret", label: "Webhook signing secret", secret: true },
    ],
    verify: () => ({ ok: false, reason: "not used here" }),
    parse: () => [],
    client(settings, secrets): HelpdeskClient {
      fake.builds.push({ settings, secrets });
      return {
        whoAmI: () => fake.whoAmI(),
        listGroups: async () => fake.groups,
        listAgents: async () => fake.agents,
        apply: async (ticket, _action, key) => void fake.applied.push({ ticket, key }),
      };
    },
    setupGuide: (settings, url) => ({ steps: [`In ${settings.subdomain}.zendesk.com, add a webhook to ${url}`], webhookBody: '{"ticket":"{{ticket.id}}"}', conditions: ["Ticket is Created"] }),
  };
  return {
    connectorFor: () => connector,
    allConnectors: () => [connector],
    isConnectionKind: (kind: string) => kind === "zendesk",
  };
});

const prisma = getPrisma();
const admin = createCaller(contextAs("admin"));
const manager = createCaller(contextAs("manager"));
const created: string[] = [];

async function newConnection(overrides: Partial<{ name: string; enabled: boolean; subdomain: string }> = {}) {
  const connection = await admin.connections.create({
    kind: "zendesk",
    name: overrides.name ?? uniqueId("Acme Zendesk"),
    enabled: overrides.enabled ?? true,
    settings: { subdomain: overrides.subdomain ?? "acme" },
    secrets: { apiToken: "token-one", webhookSecret: "hook-one" },
  });
  created.push(connection.id);
  return connection;
}

async function lastAudit(action: string, subject: string) {
  return prisma.auditLog.findFirst({ where: { action, subject }, orderBy: { createdAt: "desc" } });
}

beforeEach(() => {
  forgetConnectionClients();
  fake.builds.length = 0;
  fake.whoAmI = async () => "Ava Ops <ava@acme.example>";
});

afterAll(async () => {
  await prisma.connection.deleteMany({ where: { id: { in: created } } });
});

describe("saving a connection", () => {
  it("seals the secrets, returns only which are set, and audits the change without their values", async () => {
    const connection = await newConnection();
    expect(connection).toMatchObject({ kind: "zendesk", title: "Zendesk", enabled: true, settings: { subdomain: "acme" }, secretsSet: { apiToken: true, webhookSecret: true }, secretsUnreadable: false });
    expect(JSON.stringify(connection)).not.toMatch(/token-one|hook-one/);

    const row = await prisma.connection.findUniqueOrThrow({ where: { id: connection.id } });
    expect(row.sealedSecrets).not.toMatch(/token-one|hook-one/);
    expect(openSecrets(workspaceKey(), row.id, row.sealedSecrets)).toEqual({ apiToken: "token-one", webhookSecret: "hook-one" });

    const listed = (await admin.connections.list()).find((c) => c.id === connection.id);
    expect(listed?.secretsSet).toEqual({ apiToken: true, webhookSecret: true });
    expect(JSON.stringify(await admin.connections.list())).not.toMatch(/token-one|hook-one/);

    const audit = await lastAudit("connection.create", connection.id);
    expect(audit).toMatchObject({ actor: "admin@test.local", details: { kind: "zendesk", name: connection.name, enabled: true, settings: { subdomain: "acme" }, secretsSet: ["apiToken", "webhookSecret"] } });
    expect(JSON.stringify(audit?.details)).not.toMatch(/token-one|hook-one/);
  });

  it("keeps a secret left empty on update, replaces one typed again, and audits which changed", async () => {
    const connection = await newConnection();
    const updated = await admin.connections.update({ id: connection.id, name: connection.name, enabled: false, settings: { subdomain: "acme-eu" }, secrets: { apiToken: "", webhookSecret: "hook-two" } });
    expect(updated).toMatchObject({ enabled: false, settings: { subdomain: "acme-eu" }, secretsSet: { apiToken: true, webhookSecret: true } });
    const row = await prisma.connection.findUniqueOrThrow({ where: { id: connection.id } });
    expect(openSecrets(workspaceKey(), row.id, row.sealedSecrets)).toEqual({ apiToken: "token-one", webhookSecret: "hook-two" });
    expect((await lastAudit("connection.update", connection.id))?.details).toEqual({
      kind: "zendesk",
      before: { name: connection.name, enabled: true, settings: { subdomain: "acme" } },
      after: { name: connection.name, enabled: false, settings: { subdomain: "acme-eu" } },
      secretsChanged: ["webhookSecret"],
    });
  });

  it("refuses bad settings, a missing secret and a taken name with a sentence naming the field", async () => {
    const bad = admin.connections.create({ kind: "zendesk", name: uniqueId("Bad"), enabled: true, settings: { subdomain: "acme.zendesk.com" }, secrets: { apiToken: "t", webhookSecret: "s" } });
    await expect(bad).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Zendesk subdomain: Use only the part before .zendesk.com." });
    const missing = admin.connections.create({ kind: "zendesk", name: uniqueId("Bad"), enabled: true, settings: { subdomain: "acme" }, secrets: { apiToken: "t" } });
    await expect(missing).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Zendesk webhook signing secret is required." });

    const first = await newConnection();
    const again = admin.connections.create({ kind: "zendesk", name: first.name, enabled: true, settings: { subdomain: "acme" }, secrets: { apiToken: "t", webhookSecret: "s" } });
    await expect(again).rejects.toMatchObject({ code: "CONFLICT", message: `There is already a connection named “${first.name}”; pick another name.` });
  });

  it("is for admins only", async () => {
    const connection = await newConnection();
    expect(await trpcCodeOf(manager.connections.list())).toBe("FORBIDDEN");
    expect(await trpcCodeOf(manager.connections.get({ id: connection.id }))).toBe("FORBIDDEN");
    expect(await trpcCodeOf(manager.connections.test({ id: connection.id }))).toBe("FORBIDDEN");
    await expect(manager.connections.delete({ id: connection.id })).rejects.toMatchObject({ message: "Managing helpdesk connections needs the admin role; you are a manager" });
  });

  it("deletes a connection with its mappings, leaving an audit row", async () => {
    const connection = await newConnection();
    await admin.connections.saveMappings({ connectionId: connection.id, queues: [{ local: "general", remoteId: "g1", remoteName: "General" }], agents: [] });
    await admin.connections.delete({ id: connection.id });
    expect(await prisma.connection.findUnique({ where: { id: connection.id } })).toBeNull();
    expect(await prisma.connectionMapping.count({ where: { connectionId: connection.id } })).toBe(0);
    expect((await lastAudit("connection.delete", connection.id))?.details).toMatchObject({ kind: "zendesk", name: connection.name });
    expect(await trpcCodeOf(admin.connections.get({ id: connection.id }))).toBe("NOT_FOUND");
  });
});

describe("the connection's client", () => {
  it("is built once per saved version, and rebuilt with the new secrets after an update", async () => {
    const connection = await newConnection();
    const first = await helpdeskClientFor(prisma, connection.id);
    expect(await helpdeskClientFor(prisma, connection.id)).toBe(first);
    expect(fake.builds).toEqual([{ settings: { subdomain: "acme" }, secrets: { apiToken: "token-one", webhookSecret: "hook-one" } }]);

    await admin.connections.update({ id: connection.id, name: connection.name, enabled: true, settings: { subdomain: "acme" }, secrets: { apiToken: "token-two", webhookSecret: "" } });
    const second = await helpdeskClientFor(prisma, connection.id);
    expect(second).not.toBe(first);
    expect(fake.builds[1]).toEqual({ settings: { subdomain: "acme" }, secrets: { apiToken: "token-two", webhookSecret: "hook-one" } });
  });

  it("notes each call on the connection without touching updatedAt; a failure keeps the helpdesk's words", async () => {
    const connection = await newConnection();
    const before = await prisma.connection.findUniqueOrThrow({ where: { id: connection.id } });
    const client = await helpdeskClientFor(prisma, connection.id);
    await client.apply("123", { type: "note", body: "hi" }, "key-1");
    const afterCall = await prisma.connection.findUniqueOrThrow({ where: { id: connection.id } });
    expect(afterCall.lastCallAt).not.toBeNull();
    // Stored as UTC like Prisma's own writes: read back, it is this moment, not hours off.
    expect(Math.abs(afterCall.lastCallAt!.getTime() - Date.now())).toBeLessThan(60_000);
    expect(afterCall.lastError).toBeNull();
    expect(afterCall.updatedAt).toEqual(before.updatedAt);

    fake.whoAmI = async () => {
      throw new HelpdeskCallError("Zendesk answered 401: Couldn't authenticate you", 401, false);
    };
    await expect(client.whoAmI()).rejects.toThrow("Couldn't authenticate you");
    const failed = await prisma.connection.findUniqueOrThrow({ where: { id: connection.id } });
    expect(failed.lastError).toBe("Zendesk answered 401: Couldn't authenticate you");
    expect(failed.lastErrorAt).toEqual(failed.lastCallAt);
    expect(failed.updatedAt).toEqual(before.updatedAt);
    // The same client is still used: the status write did not look like a new version of the connection.
    expect(await helpdeskClientFor(prisma, connection.id)).toBe(client);

    fake.whoAmI = async () => "Ava";
    await client.whoAmI();
    const recovered = await prisma.connection.findUniqueOrThrow({ where: { id: connection.id } });
    expect(recovered.lastCallAt!.getTime()).toBeGreaterThanOrEqual(failed.lastCallAt!.getTime());
    expect(recovered.lastError).toBe("Zendesk answered 401: Couldn't authenticate you");
  });

  it("refuses, as a permanent helpdesk error, a connection that is turned off or gone", async () => {
    const off = await newConnection({ enabled: false });
    const refusal = await helpdeskClientFor(prisma, off.id).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(HelpdeskCallError);
    expect(refusal).toMatchObject({ retryable: false, message: `The helpdesk connection “${off.name}” is turned off in Settings → Connections.` });
    await expect(helpdeskClientFor(prisma, "no-such-connection")).rejects.toMatchObject({ retryable: false, message: expect.stringMatching(/no longer exists/) });
  });
});

describe("test connection", () => {
  it("says who the credentials belong to, or what the helpdesk answered, and notes it on the connection", async () => {
    const connection = await newConnection({ enabled: false });
    expect(await admin.connections.test({ id: connection.id })).toEqual({ ok: true, message: "Connected as Ava Ops <ava@acme.example>." });
    expect((await prisma.connection.findUniqueOrThrow({ where: { id: connection.id } })).lastCallAt).not.toBeNull();

    fake.whoAmI = async () => {
      throw new HelpdeskCallError("Zendesk answered 401: Couldn't authenticate you", 401, false);
    };
    const failed = await admin.connections.test({ id: connection.id });
    expect(failed).toEqual({ ok: false, message: "Zendesk answered 401: Couldn't authenticate you — check the credentials you entered and that they may use the API." });
    expect((await admin.connections.get({ id: connection.id })).lastError).toBe("Zendesk answered 401: Couldn't authenticate you");
  });
});

describe("secrets that no longer open", () => {
  it("show as lost, fail the test with the reason without counting a call, and can be entered again", async () => {
    const connection = await newConnection();
    // Sealed for another connection: the id bound into the seal no longer matches.
    const other = await newConnection();
    const foreign = (await prisma.connection.findUniqueOrThrow({ where: { id: other.id } })).sealedSecrets;
    await prisma.connection.update({ where: { id: connection.id }, data: { sealedSecrets: foreign } });

    expect((await admin.connections.get({ id: connection.id })).secretsUnreadable).toBe(true);
    const result = await admin.connections.test({ id: connection.id });
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/cannot be opened with this workspace's key/);
    const row = await prisma.connection.findUniqueOrThrow({ where: { id: connection.id } });
    expect(row.lastError).toBe(result.message);
    expect(row.lastCallAt).toBeNull();

    const refused = admin.connections.update({ id: connection.id, name: connection.name, enabled: true, settings: { subdomain: "acme" }, secrets: { apiToken: "fresh" } });
    await expect(refused).rejects.toMatchObject({ message: "Zendesk webhook signing secret is required." });
    const fixed = await admin.connections.update({ id: connection.id, name: connection.name, enabled: true, settings: { subdomain: "acme" }, secrets: { apiToken: "fresh", webhookSecret: "again" } });
    expect(fixed).toMatchObject({ secretsUnreadable: false, secretsSet: { apiToken: true, webhookSecret: true } });
    expect((await admin.connections.test({ id: connection.id })).ok).toBe(true);
  });
});

describe("mappings", () => {
  it("suggests groups by name and agents by email, saves them together, and resolves them for effects", async () => {
    const connection = await newConnection();
    const queueName = uniqueId("billing-emea");
    await prisma.queue.create({ data: { name: queueName } });
    const email = `${uniqueId("maya")}@acme.example`;
    await prisma.agent.create({ data: { name: "Maya Test", email } });
    fake.groups = [
      { id: "g-billing", name: queueName.replace(/-/g, " ").toUpperCase() },
      { id: "g-other", name: "Other" },
    ];
    fake.agents = [{ id: "u-maya", name: "M. Okafor", email: email.toUpperCase() }];

    const suggested = await admin.connections.suggestMappings({ id: connection.id });
    expect(suggested.groups.map((g) => g.id)).toEqual(["g-billing", "g-other"]);
    expect(suggested.queues.find((q) => q.local === queueName)).toEqual({ local: queueName, remoteId: "g-billing", remoteName: fake.groups[0]!.name, source: "suggested" });
    expect(suggested.agents.find((a) => a.local === email)).toEqual({ local: email, name: "Maya Test", remoteId: "u-maya", remoteName: "M. Okafor", source: "suggested" });

    const saved = await admin.connections.saveMappings({
      connectionId: connection.id,
      queues: [
        { local: queueName, remoteId: "g-billing", remoteName: fake.groups[0]!.name },
        { local: "general", remoteId: null },
      ],
      agents: [{ local: email.toUpperCase(), remoteId: "u-maya", remoteName: "M. Okafor" }],
    });
    expect(saved).toEqual({ queues: 1, agents: 1 });
    expect(await resolveMapping(prisma, connection.id, "queue", queueName)).toBe("g-billing");
    expect(await resolveMapping(prisma, connection.id, "queue", "general")).toBeNull();
    expect(await resolveMapping(prisma, connection.id, "agent", email.toUpperCase())).toBe("u-maya");
    expect((await lastAudit("connection.mappings", connection.id))?.details).toEqual({ queues: { [queueName]: fake.groups[0]!.name }, agents: { [email]: "M. Okafor" } });

    const again = await admin.connections.suggestMappings({ id: connection.id });
    expect(again.queues.find((q) => q.local === queueName)?.source).toBe("saved");
    await expect(admin.connections.saveMappings({ connectionId: connection.id, queues: [{ local: "a", remoteId: "1" }, { local: "a", remoteId: "2" }], agents: [] })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "The queue “a” is listed twice; map it once.",
    });
  });

  it("names the queues published flows route to that the connection does not map", async () => {
    const connection = await newConnection();
    const queue = (await prisma.queue.create({ data: { name: uniqueId("Tier2") } })).name;
    const flowName = uniqueId("Tiered support");
    const graph = flow({ t: n.trigger(), r: n.route(queue) }, ["t -> r"]);
    const row = await prisma.flow.create({ data: { name: flowName, draftGraph: graph as unknown as Prisma.InputJsonValue } });
    try {
      await publishFlowVersion(prisma, { flowId: row.id, graph, author: "test" });
      expect((await admin.connections.get({ id: connection.id })).unmappedQueues).toContainEqual({ queue, flows: [flowName] });
      await admin.connections.saveMappings({ connectionId: connection.id, queues: [{ local: queue, remoteId: "g2" }], agents: [] });
      const detail = await admin.connections.get({ id: connection.id });
      expect(detail.unmappedQueues.map((u) => u.queue)).not.toContain(queue);
      expect(detail.mappings).toEqual([{ kind: "queue", local: queue, remoteId: "g2", remoteName: null }]);
    } finally {
      await prisma.flow.update({ where: { id: row.id }, data: { activeVersionId: null } });
      await prisma.flow.delete({ where: { id: row.id } });
    }
  });
});

describe("setup guide", () => {
  it("gives the webhook address at the host the admin used, with the connector's steps", async () => {
    const connection = await newConnection();
    const caller = createCaller(contextAs("admin", "admin@test.local", new Headers({ host: "studio.acme.example", "x-forwarded-proto": "https" })));
    const guide = await caller.connections.setupGuide({ id: connection.id });
    const url = `https://studio.acme.example/api/webhooks/helpdesk/${connection.id}`;
    expect(guide).toEqual({ webhookUrl: url, steps: [`In acme.zendesk.com, add a webhook to ${url}`], webhookBody: '{"ticket":"{{ticket.id}}"}', conditions: ["Ticket is Created"] });
  });

  it("lists the helpdesks and their fields for the form", async () => {
    expect(await admin.connections.kinds()).toEqual([{ kind: "zendesk", title: "Zendesk", label: "Zendesk", takesStudioNames: false, fields: expect.arrayContaining([{ key: "apiToken", label: "API token", secret: true }]) }]);
  });
});
