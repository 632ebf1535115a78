import { afterAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import { seedWorkspace } from "../../../prisma/seed/seed-workspace";
import { findLiveVersion, getLiveFlowId, setLiveFlow } from "../flows/live-flow";
import { saveDraft } from "../flows/save-draft";
import { shadowPublish } from "../flows/shadow-publish";
import { getWorkspaceCalendar } from "../settings/workspace-calendar";
import { getTierMap } from "../tier-map/get-tier-map";
import { exampleGraph, publishLive, uniqueId } from "../../../tests/integration/helpers";
import { testOutbox } from "../../../tests/integration/test-outbox";
import { createTicket } from "./create-ticket";
import { readIngestContext } from "./ingest-context";
import { contactsInLast24h } from "./ticket-snapshot";

/** Ingest reads its context in one statement: it must answer what the services that own each part answer. */
const prisma = getPrisma();
const previousLive = await getLiveFlowId(prisma);
await seedWorkspace(prisma, { demoHistory: false });

afterAll(async () => {
  if (previousLive !== null) await setLiveFlow(prisma, previousLive, "test");
});

describe("the ingest context", () => {
  it("matches the live version (with its shadow), the tier map, the calendar and the customer's contacts", async () => {
    const name = uniqueId("Ingest context");
    await publishLive(prisma, name, exampleGraph("intent-routing"));
    const flow = await prisma.flow.findFirstOrThrow({ where: { name } });
    await saveDraft(prisma, { flowId: flow.id, graph: exampleGraph("escalation-triggers") });
    await shadowPublish(prisma, { flowId: flow.id, actor: "test" });
    const source = uniqueId("context");
    const outbox = testOutbox(prisma, { start: async () => undefined, signal: async () => "no-run" });
    const first = await createTicket(prisma, outbox, { source, externalId: "1", subject: "s", body: "b", channel: "email", priority: "normal", tags: [], customer: { externalId: "c1" } });
    await outbox.drain();
    const at = new Date(first.ticket.createdAt.getTime() + 1000);

    const context = await readIngestContext(prisma, { source, externalId: "2", customerExternalId: "c1", createdAt: at });
    const live = await findLiveVersion(prisma);
    expect(live?.shadow).not.toBeNull();
    expect(context).toEqual({
      existingTicketId: null,
      live,
      liveError: null,
      tierMap: await getTierMap(prisma),
      calendar: await getWorkspaceCalendar(prisma),
      earlierContacts: await contactsInLast24h(prisma, first.ticket.customerId, at),
    });
    expect(context.earlierContacts).toBe(1);
    expect((await readIngestContext(prisma, { source, externalId: "1", customerExternalId: "c1", createdAt: at })).existingTicketId).toBe(first.ticket.id);
  });

  it("has no live version when no flow is live", async () => {
    await prisma.setting.deleteMany({ where: { key: "liveFlowId" } });
    const context = await readIngestContext(prisma, { source: uniqueId("none"), externalId: "1", customerExternalId: "c", createdAt: new Date() });
    expect(context).toMatchObject({ live: null, liveError: null, existingTicketId: null, earlierContacts: 0 });
  });
});
