import { randomBytes } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST as postDelivery } from "../../app/api/webhooks/helpdesk/[connectionId]/route";
import { getPrisma } from "../../server/db";
import { createConnection } from "../../server/services/connections/create-connection";
import { saveMappings } from "../../server/services/connections/save-mappings";
import { seedWorkspace } from "../../prisma/seed/seed-workspace";
import { flow, n } from "../../workflows/compile/test-graphs";
import type { TFlowGraph } from "../../workflows/model/graph";
import { freshdeskTime, signFreshdeskWebhook, startFreshdeskFake, type FreshdeskFake } from "../fakes/freshdesk-api";
import { intercomNewConversation, intercomNotification, signIntercomWebhook, startIntercomFake, type IntercomFake } from "../fakes/intercom-api";
import { eventually, publishLive, uniqueId } from "./helpers";
import { holdConnectionRow } from "./hold-connection-row";
import { workerProcesses } from "./worker-process";

/**
 * Intercom and Freshdesk end to end, as the Zendesk file does it: a signed delivery reaches the studio, the live flow
 * runs on a real worker, and its tag, group, note and reply arrive at a local stand-in of the vendor's API once,
 * though the worker is killed after its first call and before that batch commits.
 *
 *   trigger ─▶ tag(from-helpdesk) ─▶ escalate(Billing, high, "Connecting you…") ─▶ end
 */
const prisma = getPrisma();
const workers = workerProcesses();
process.env.STUDIO_SECRET_KEY ??= randomBytes(32).toString("base64");

const graph = flow(
  { t: n.trigger(), g: n.tag("from-helpdesk"), e: n.raw("escalate", { reason: "Billing question", queue: "Billing", priority: "high", customerMessage: "Connecting you with a billing specialist." }), done: n.end() },
  ["t -> g", "g -> e", "e -> done"],
) as unknown as TFlowGraph;

/** What a vendor's stand-in holds for one ticket, in the studio's words. */
interface SeenTicket {
  tags: string[];
  group: string | null;
  notes: string[];
  replies: string[];
}

interface Vendor {
  kind: "intercom" | "freshdesk";
  group: string;
  start(): Promise<{ settings: Record<string, string>; secrets: Record<string, string>; close(): Promise<void> }>;
  delivery(externalId: string): { body: string; headers: Record<string, string> };
  seen(externalId: string): SeenTicket;
  writes(): number;
  /** Accepted writes that tagged the ticket (a repeat answered from memory does not count). */
  tagWrites(externalId: string): number;
  violations(): string[];
}

let intercom: IntercomFake;
const intercomSecret = "intercom-client-secret";
const intercomVendor: Vendor = {
  kind: "intercom",
  group: "7001",
  async start() {
    intercom = await startIntercomFake({ teams: [{ id: "7001", name: "Billing" }] });
    return { settings: { region: "us", baseUrl: intercom.baseUrl }, secrets: { accessToken: intercom.accessToken, clientSecret: intercomSecret }, close: () => intercom.close() };
  },
  delivery(externalId) {
    const conversation = intercomNewConversation({ id: externalId, subject: "Charged twice", body: "I was charged twice for my card order.", customer: { id: `u-${externalId}`, email: "dana@example.com", name: "Dana" } });
    const body = intercomNotification("conversation.user.created", conversation);
    return { body, headers: { "content-type": "application/json", ...signIntercomWebhook(intercomSecret, body) } };
  },
  seen(externalId) {
    const c = intercom.conversation(externalId);
    return { tags: c.tagIds.map((id) => intercom.tags.get(id) ?? id), group: c.teamAssigneeId, notes: c.notes.map((x) => x.body), replies: c.replies.map((x) => x.body) };
  },
  writes: () => intercom.writes().length,
  tagWrites: (externalId) => intercom.writes().filter((r) => r.method === "POST" && r.path === `/conversations/${externalId}/tags`).length,
  violations: () => intercom.violations,
};

let freshdesk: FreshdeskFake;
const freshdeskSecret = "f".repeat(40);
const freshdeskVendor: Vendor = {
  kind: "freshdesk",
  group: "8001",
  async start() {
    freshdesk = await startFreshdeskFake({ groups: [{ id: 8001, name: "Billing" }], autoCreateTickets: true });
    return { settings: { domain: "acme", baseUrl: freshdesk.baseUrl }, secrets: { apiKey: freshdesk.apiKey, webhookSecret: freshdeskSecret }, close: () => freshdesk.close() };
  },
  delivery(externalId) {
    const body = JSON.stringify({
      event: "ticket_created",
      ticket_id: externalId,
      updated_at: freshdeskTime(new Date()),
      subject: "Charged twice",
      description: "<div>I was charged twice for my card order.</div>",
      latest_public_comment: "",
      status: "2",
      priority: "1",
      source: "Email",
      group_id: "",
      agent_id: "",
      requester_id: `60${externalId}`,
      requester_email: "dana@example.com",
      requester_name: "Dana",
    });
    return { body, headers: signFreshdeskWebhook(freshdeskSecret, body) };
  },
  seen(externalId) {
    const t = freshdesk.ticket(externalId);
    return {
      tags: t.tags,
      group: t.group_id === null ? null : String(t.group_id),
      notes: t.conversations.filter((c) => c.private).map((c) => c.body),
      replies: t.conversations.filter((c) => !c.private).map((c) => c.body),
    };
  },
  writes: () => freshdesk.writes().length,
  tagWrites: (externalId) => freshdesk.writes().filter((r) => r.method === "PUT" && r.path === `/tickets/${externalId}` && "tags" in (r.body as object)).length,
  violations: () => freshdesk.violations,
};

afterEach(() => workers.killAll());

describe.each([intercomVendor, freshdeskVendor])("a $kind ticket through the live flow", (vendor) => {
  let connectionId: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    await seedWorkspace(prisma, { demoHistory: false });
    await prisma.queue.upsert({ where: { name: "Billing" }, create: { name: "Billing" }, update: {} });
    const fake = await vendor.start();
    close = fake.close;
    const connection = await createConnection(prisma, { kind: vendor.kind, name: uniqueId(vendor.kind), enabled: true, settings: fake.settings, secrets: fake.secrets }, "test");
    connectionId = connection.id;
    await saveMappings(prisma, { connectionId, queues: [{ local: "Billing", remoteId: vendor.group }], agents: [] }, "test");
    await publishLive(prisma, uniqueId(`${vendor.kind} flow`), graph);
  });
  afterAll(() => close());

  async function deliver(externalId: string): Promise<number> {
    const d = vendor.delivery(externalId);
    const request = new Request(`http://test/api/webhooks/helpdesk/${connectionId}`, { method: "POST", headers: d.headers, body: d.body });
    return (await postDelivery(request, { params: Promise.resolve({ connectionId }) })).status;
  }

  it("its tag, group, note and reply reach the helpdesk once, though the worker is killed between a call and its commit", async () => {
    const externalId = String(3000 + Math.floor(Math.random() * 6000));
    expect(await deliver(externalId)).toBe(200);
    const hold = await holdConnectionRow(prisma, connectionId);
    const first = await workers.start();
    await eventually("the first call to reach the helpdesk", async () => vendor.writes() >= 1);
    await workers.kill(first);
    await hold.release();
    await workers.start();

    const ticket = await eventually("the ticket", () => prisma.ticket.findFirst({ where: { connectionId, externalId } }));
    const run = await eventually(
      "the run to complete",
      () => prisma.flowRun.findFirst({ where: { ticketId: ticket.id, status: "completed" }, include: { events: { orderBy: { seq: "asc" } } } }),
      120_000,
    );
    expect(run.outcome).toMatchObject({ kind: "escalated" });
    expect(run.events.filter((e) => e.decision === "failed")).toEqual([]);
    expect(vendor.violations()).toEqual([]);
    // The killed attempt's tag went out before the kill; its retry came with the same key (answered from memory) or,
    // on Freshdesk, read the tags already there and wrote nothing.
    expect(vendor.tagWrites(externalId)).toBe(1);
    const seen = vendor.seen(externalId);
    expect(seen.tags).toEqual(["from-helpdesk"]);
    expect(seen.group).toBe(vendor.group);
    expect(seen.notes).toHaveLength(1);
    expect(seen.notes[0]).toContain("Escalated: Billing question");
    expect(seen.replies).toHaveLength(1);
    expect(seen.replies[0]).toContain("Connecting you with a billing specialist.");
  });
});
