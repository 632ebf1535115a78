import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { contextAs, trpcCodeOf } from "../../../tests/auth";
import { uniqueId } from "../../../tests/integration/helpers";
import { getPrisma } from "../../db";
import { workspaceKey } from "../connections/workspace-key";
import { openDataSourceSecret } from "./data-source-secret";
import { liveLookups } from "./live-lookups";
import { lookupContextOf } from "./lookup-context";
import { recordedLookups } from "./recorded-lookups";

/**
 * Data sources through their procedures and the two lookup adapters, against the real database and a local stand-in
 * for an order system: found, 404, 500, a timeout, a field of the wrong type, a ticket without an order number; the
 * per-ticket cache (a second lookup makes no call); the auth header sent and never in any result, view or audit row;
 * a backtest's adapter reading only what was kept; admins only.
 */
const SECRET = "Bearer ord-secret-5521";
const prisma = getPrisma();
const admin = createCaller(contextAs("admin"));
const designer = createCaller(contextAs("designer"));
const calls: Array<{ path: string; headers: IncomingHttpHeaders }> = [];
const sources: string[] = [];
const customers: string[] = [];
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    calls.push({ path: req.url ?? "/", headers: req.headers });
    const path = (req.url ?? "/").replace(/^\/api/, "");
    const send = (status: number, body: string) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(body);
    };
    if (path.startsWith("/slow/")) {
      setTimeout(() => send(200, "{}"), 2000).unref();
      return;
    }
    if (path === "/orders/48213") return send(200, JSON.stringify({ order: { id: 48213, status: "shipped", tracking: null, echo: req.headers.authorization } }));
    if (path === "/orders/50000") return send(500, JSON.stringify({ error: "database down" }));
    if (path === "/orders/77777") return send(200, JSON.stringify({ order: { id: "77777", status: 3 } }));
    if (path === "/orders/12121") return send(200, "<html>not json</html>");
    return send(404, JSON.stringify({ error: "no such order" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
});

afterAll(async () => {
  await prisma.dataSource.deleteMany({ where: { id: { in: sources } } });
  await prisma.ticket.deleteMany({ where: { customerId: { in: customers } } });
  await prisma.customer.deleteMany({ where: { id: { in: customers } } });
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  calls.length = 0;
});

async function newSource(overrides: { pathTemplate?: string; timeoutMs?: number; intents?: string[]; secret?: string } = {}) {
  const source = await admin.dataSources.create({
    name: uniqueId("orders").toLowerCase(),
    description: "The order system",
    baseUrl,
    pathTemplate: overrides.pathTemplate ?? "/orders/{{text.number}}",
    authHeaderName: "Authorization",
    secret: overrides.secret ?? SECRET,
    intents: overrides.intents ?? ["order_status"],
    fields: [
      { name: "status", path: "order.status", type: "string" },
      { name: "id", path: "order.id", type: "number" },
      { name: "tracking", path: "order.tracking", type: "string" },
    ],
    answerTemplate: "Your order {{fields.id}} is {{fields.status}}.",
    timeoutMs: overrides.timeoutMs ?? 3000,
  });
  sources.push(source.id);
  return source;
}

/** A ticket whose customer wrote `message` last (a later agent reply must not count). */
async function newTicket(message: string) {
  const customer = await prisma.customer.create({ data: { source: "test", externalId: uniqueId("cus"), email: "ana@example.com", name: "Ana" } });
  customers.push(customer.id);
  const ticket = await prisma.ticket.create({
    data: {
      source: "test",
      externalId: uniqueId("t"),
      customerId: customer.id,
      subject: "Where is my order?",
      body: "Hello, I am waiting for a parcel.",
      messages: {
        create: [
          { author: "customer", body: "Hello, I am waiting for a parcel.", createdAt: new Date(Date.now() - 60_000) },
          { author: "customer", body: message, createdAt: new Date(Date.now() - 30_000) },
          { author: "agent", body: "Could you send order 99999?", createdAt: new Date() },
        ],
      },
    },
  });
  const context = await lookupContextOf(prisma, ticket.id);
  return { id: ticket.id, context: context! };
}

describe("a live lookup", () => {
  it("sends the auth header, reads the declared fields, and answers a second lookup from the ticket's kept result", async () => {
    const source = await newSource();
    const ticket = await newTicket("It is order #48213");
    expect(ticket.context.ticket.latestMessage).toBe("It is order #48213");
    const lookups = liveLookups(prisma);

    const first = await lookups.lookup({ source: source.name, ticketId: ticket.id, context: ticket.context });
    expect(first).toEqual({ source: source.name, status: "found", request: "/orders/48213", fields: { status: "shipped", id: 48213, tracking: null }, error: null });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ path: "/api/orders/48213", headers: { authorization: SECRET, accept: "application/json" } });

    const second = await lookups.lookup({ source: source.name, ticketId: ticket.id, context: ticket.context });
    expect(second).toEqual({ ...first, cached: true });
    expect(calls).toHaveLength(1);

    // A test ticket has no row to keep a result on: it always calls out.
    await lookups.lookup({ source: source.name, ticketId: null, context: ticket.context });
    expect(calls).toHaveLength(2);
    expect(JSON.stringify([first, second])).not.toContain("ord-secret");
  });

  it("reports 404 as not found, and 500, bad JSON and a wrong type as failed in plain words", async () => {
    const source = await newSource();
    const lookups = liveLookups(prisma);
    const lookup = async (message: string) => {
      const ticket = await newTicket(message);
      return lookups.lookup({ source: source.name, ticketId: ticket.id, context: ticket.context });
    };
    expect(await lookup("order 40404")).toMatchObject({ status: "not_found", request: "/orders/40404", fields: {} });
    expect(await lookup("order 50000")).toMatchObject({ status: "failed", error: "The data source answered 500 Internal Server Error" });
    expect(await lookup("order 12121")).toMatchObject({ status: "failed", error: "The answer is not JSON" });
    expect(await lookup("order 77777")).toMatchObject({ status: "failed", error: "The field “status” (order.status) should be a string but the answer has a number (3) there" });
  });

  it("gives up after the timeout, keeps the failure for backtests, and asks again next time", async () => {
    const source = await newSource({ pathTemplate: "/slow/{{text.number}}", timeoutMs: 300 });
    const ticket = await newTicket("order 48213");
    const lookups = liveLookups(prisma);
    const failed = await lookups.lookup({ source: source.name, ticketId: ticket.id, context: ticket.context });
    expect(failed).toMatchObject({ status: "failed", request: "/slow/48213", error: "The lookup failed: no answer within 300 ms" });
    expect(await recordedLookups(prisma).lookup({ source: source.name, ticketId: ticket.id, context: ticket.context })).toMatchObject({ status: "failed", cached: true });
    await lookups.lookup({ source: source.name, ticketId: ticket.id, context: ticket.context });
    expect(calls.filter((c) => c.path.startsWith("/api/slow/"))).toHaveLength(2);
  });

  it("is skipped, without a call, when the ticket has no order number", async () => {
    const source = await newSource();
    const ticket = await newTicket("Any news?");
    const result = await liveLookups(prisma).lookup({ source: source.name, ticketId: ticket.id, context: ticket.context });
    expect(result).toMatchObject({ status: "skipped", request: null, error: expect.stringMatching(/^The ticket has no order number/) });
    expect(calls).toHaveLength(0);
  });

  it("fills a tool call's args and calls again for another value", async () => {
    const source = await newSource({ pathTemplate: "/orders/{{args.orderId}}" });
    const ticket = await newTicket("Any news?");
    const lookups = liveLookups(prisma);
    expect(await lookups.lookup({ source: source.name, ticketId: ticket.id, context: ticket.context, args: { orderId: "48213" } })).toMatchObject({ status: "found" });
    expect(await lookups.lookup({ source: source.name, ticketId: ticket.id, context: ticket.context, args: { orderId: "40404" } })).toMatchObject({ status: "not_found", request: "/orders/40404" });
    expect(calls).toHaveLength(2);
  });

  it("lists the turned-on sources an intent may use, without their secrets", async () => {
    const source = await newSource({ pathTemplate: "/orders/{{text.number}}?sku={{args.sku}}", intents: ["order_status", "refund"] });
    const listed = await liveLookups(prisma).sourcesFor("refund");
    expect(listed.find((s) => s.name === source.name)).toEqual({
      name: source.name,
      description: "The order system",
      intents: ["order_status", "refund"],
      fields: [
        { name: "status", type: "string" },
        { name: "id", type: "number" },
        { name: "tracking", type: "string" },
      ],
      variables: ["text.number", "args.sku"],
      answerTemplate: "Your order {{fields.id}} is {{fields.status}}.",
    });
    expect((await liveLookups(prisma).sourcesFor("billing")).some((s) => s.name === source.name)).toBe(false);
    await admin.dataSources.update({ ...(await admin.dataSources.get({ id: source.id })), secret: "", enabled: false });
    expect((await liveLookups(prisma).sourcesFor("refund")).some((s) => s.name === source.name)).toBe(false);
  });
});

describe("a backtest's lookup", () => {
  it("reads the kept result and never calls out; without one it is not recorded", async () => {
    const source = await newSource();
    const ticket = await newTicket("order #48213");
    const recorded = recordedLookups(prisma);
    expect(await recorded.lookup({ source: source.name, ticketId: ticket.id, context: ticket.context })).toMatchObject({ status: "not_recorded", error: expect.stringContaining("never calls out") });
    expect(calls).toHaveLength(0);
    await liveLookups(prisma).lookup({ source: source.name, ticketId: ticket.id, context: ticket.context });
    expect(await recorded.lookup({ source: source.name, ticketId: ticket.id, context: ticket.context })).toMatchObject({ status: "found", fields: { status: "shipped" }, cached: true });
    expect(calls).toHaveLength(1);
  });
});

describe("the data sources' procedures", () => {
  it("seal the auth header value, never return it, keep it when left empty, and audit without it", async () => {
    const source = await newSource();
    expect(source).toMatchObject({ secretSet: true, secretUnreadable: false, variables: ["text.number"] });
    const row = await prisma.dataSource.findUniqueOrThrow({ where: { id: source.id } });
    expect(row.sealedSecret).not.toContain("ord-secret");
    expect(openDataSourceSecret(workspaceKey(), row.id, row.sealedSecret)).toBe(SECRET);

    const updated = await admin.dataSources.update({ ...source, description: "Orders, EU", secret: "" });
    expect(updated).toMatchObject({ description: "Orders, EU", secretSet: true });
    const kept = await prisma.dataSource.findUniqueOrThrow({ where: { id: source.id } });
    expect(openDataSourceSecret(workspaceKey(), kept.id, kept.sealedSecret)).toBe(SECRET);

    const audits = await prisma.auditLog.findMany({ where: { subject: source.id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["data-source.create", "data-source.update"]);
    expect(audits[1]?.details).toMatchObject({ before: { description: "The order system" }, after: { description: "Orders, EU" }, secretChanged: false });
    expect(JSON.stringify([audits, await admin.dataSources.list(), await admin.dataSources.get({ id: source.id })])).not.toContain("ord-secret");

    const cleared = await admin.dataSources.update({ ...source, secret: "", clearSecret: true });
    expect(cleared.secretSet).toBe(false);
    await admin.dataSources.delete({ id: source.id });
    expect(await trpcCodeOf(admin.dataSources.get({ id: source.id }))).toBe("NOT_FOUND");
    expect((await prisma.auditLog.findFirst({ where: { subject: source.id, action: "data-source.delete" } }))?.details).not.toHaveProperty("secret");
  });

  it("refuse a bad path variable and a taken name with a sentence", async () => {
    const source = await newSource();
    const again = admin.dataSources.create({ name: source.name, baseUrl, pathTemplate: "/o", fields: [] });
    await expect(again).rejects.toMatchObject({ code: "CONFLICT", message: `There is already a data source named “${source.name}”; pick another name.` });
    const bad = admin.dataSources.create({ name: uniqueId("bad"), baseUrl, pathTemplate: "/orders/{{ticket.orderId}}", fields: [] });
    await expect(bad).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("“{{ticket.orderId}}” is not a value the studio knows") });
  });

  it("test a lookup with typed values or a real ticket, showing the request, the fields and the raw answer with the secret masked", async () => {
    const source = await newSource();
    const typed = await admin.dataSources.test({ id: source.id, values: { "text.number": "Order #48213" } });
    expect(typed).toMatchObject({ url: `${baseUrl}orders/48213`, httpStatus: 200, result: { status: "found", request: "/orders/48213", fields: { status: "shipped" } }, ticket: null });
    expect(typed.raw).toContain('"status":"shipped"');
    // The stand-in echoes the auth header back; the page shows it masked.
    expect(typed.raw).toContain('"echo":"•••"');
    expect(JSON.stringify(typed)).not.toContain("ord-secret");

    const ticket = await newTicket("it's 40404");
    expect(await admin.dataSources.test({ id: source.id, ticketId: ticket.id })).toMatchObject({ httpStatus: 404, result: { status: "not_found" }, ticket: { id: ticket.id } });
    await expect(admin.dataSources.test({ id: source.id, ticketId: "no-such-ticket" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await prisma.lookupResult.count({ where: { ticketId: ticket.id } })).toBe(0);
  });

  it("are for admins only, but the flow editor's names", async () => {
    const source = await newSource();
    expect(await trpcCodeOf(designer.dataSources.list())).toBe("FORBIDDEN");
    expect(await trpcCodeOf(designer.dataSources.get({ id: source.id }))).toBe("FORBIDDEN");
    expect(await trpcCodeOf(designer.dataSources.test({ id: source.id, values: { "text.number": "48213" } }))).toBe("FORBIDDEN");
    expect(await trpcCodeOf(designer.dataSources.delete({ id: source.id }))).toBe("FORBIDDEN");
    expect(calls).toHaveLength(0);
    // The flow editor's list: names for anyone who reads flows, never the address or the secret.
    const names = await designer.dataSources.names();
    expect(names.find((s) => s.name === source.name)).toEqual({ name: source.name, description: "The order system", enabled: true });
    expect(JSON.stringify(names)).not.toMatch(/ord-secret|127\.0\.0\.1/);
  });
});
