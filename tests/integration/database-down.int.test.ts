import net from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postHelpdesk } from "../../app/api/webhooks/helpdesk/[connectionId]/route";
import { POST as postTicket } from "../../app/api/webhooks/tickets/route";
import { POST as postMessage } from "../../app/api/webhooks/tickets/[id]/messages/route";
import { disconnectPrisma } from "../../server/db";
import { jsonRequest, uniqueId } from "./helpers";

/**
 * The database going away under the web app: the routes reach PostgreSQL through a TCP relay this file can cut,
 * which to them is the server stopping (open connections dropped, new ones refused). Every webhook then answers 503
 * with Retry-After and stores nothing; with the relay back, the same process takes tickets again.
 */
const realUrl = process.env.DATABASE_URL!;
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: realUrl }) });
let relay: { port: number; cut(): Promise<void>; restore(): Promise<void>; close(): Promise<void> };

function tcpRelay(target: URL): Promise<typeof relay> {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(target.port), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on("close", () => sockets.delete(s));
          s.on("error", () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, "127.0.0.1", () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  const cut = async () => {
    const closing = server;
    server = null;
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => (closing ? closing.close(() => resolve()) : resolve()));
  };
  return listen().then(() => ({ port, cut, restore: listen, close: cut }));
}

beforeAll(async () => {
  relay = await tcpRelay(new URL(realUrl));
  const routed = new URL(realUrl);
  routed.hostname = "127.0.0.1";
  routed.port = String(relay.port);
  await disconnectPrisma();
  process.env.DATABASE_URL = routed.toString();
});

afterAll(async () => {
  await disconnectPrisma();
  process.env.DATABASE_URL = realUrl;
  await relay?.close();
  await db.$disconnect();
});

const ticketOf = (externalId: string) => ({ source: "db-outage", externalId, subject: "Refund", body: "Where is my refund?", customer: { externalId: `c-${externalId}` } });

async function expectUnavailable(response: Response): Promise<void> {
  expect(response.status).toBe(503);
  expect(response.headers.get("retry-after")).toBe("30");
  expect(((await response.json()) as { error: string }).error).toBe("The studio's database is not reachable right now; nothing was stored. Send it again in a moment.");
}

describe("the database stopped", () => {
  it("answers every webhook 503 with Retry-After and stores nothing, then takes tickets again once it is back", async () => {
    // A first ticket while the database is up: the pool holds live connections when it goes.
    const before = await postTicket(jsonRequest("http://test/api/webhooks/tickets", ticketOf(uniqueId("up"))));
    expect(before.status).toBe(201);
    const { ticket } = (await before.json()) as { ticket: { id: string } };

    await relay.cut();
    const lost = uniqueId("down");
    await expectUnavailable(await postTicket(jsonRequest("http://test/api/webhooks/tickets", ticketOf(lost))));
    await expectUnavailable(
      await postMessage(jsonRequest(`http://test/api/webhooks/tickets/${ticket.id}/messages`, { author: "customer", body: "Hello?", externalId: "m-down" }), {
        params: Promise.resolve({ id: ticket.id }),
      }),
    );
    await expectUnavailable(await postHelpdesk(new Request("http://test/api/webhooks/helpdesk/any", { method: "POST", body: "{}" }), { params: Promise.resolve({ connectionId: "any" }) }));

    expect(await db.ticket.count({ where: { source: "db-outage", externalId: lost } })).toBe(0);
    expect(await db.customer.count({ where: { source: "db-outage", externalId: `c-${lost}` } })).toBe(0);
    expect(await db.message.count({ where: { ticketId: ticket.id, externalId: "m-down" } })).toBe(0);

    await relay.restore();
    const after = await postTicket(jsonRequest("http://test/api/webhooks/tickets", ticketOf(lost)));
    expect(after.status).toBe(201);
    expect(await db.ticket.count({ where: { source: "db-outage", externalId: lost } })).toBe(1);
  });
});
