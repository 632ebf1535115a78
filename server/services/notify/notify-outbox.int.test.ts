import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import { getLiveFlowId, setLiveFlow } from "../flows/live-flow";
import { createTicket } from "../tickets/create-ticket";
import { eventually, publishLive, startInProcessWorker, uniqueId } from "../../../tests/integration/helpers";
import { slackOutbox, slackStandIn } from "../../../tests/integration/slack-stand-in";
import { flow, n } from "../../../workflows/compile/test-graphs";
import type { TFlowGraph } from "../../../workflows/model/graph";
import { notifySlack } from "./notify-slack";

/**
 * Slack messages go out through the outbox, against a local server standing in for Slack: queued with the change
 * they report and sent only once it commits, sent once however often a dispatcher runs, timed out and sent again
 * when Slack hangs, and with people's words escaped, so they can never ping a channel or disguise a link.
 */
const prisma = getPrisma();
let slack: Awaited<ReturnType<typeof slackStandIn>>;

/** A customer's words that would ping everyone and show a link as something else, were they not escaped. */
const HOSTILE = "<!channel> refund me <https://evil.example|your invoice> & <@U123>";
const HOSTILE_AS_TEXT = "&lt;!channel&gt; refund me &lt;https://evil.example|your invoice&gt; &amp; &lt;@U123&gt;";

async function ticketRow(): Promise<string> {
  const source = uniqueId("notify");
  const ticket = await prisma.ticket.create({
    data: { source, externalId: "1", subject: "Hello", body: "Hi", customer: { create: { source, externalId: "c1" } } },
  });
  return ticket.id;
}

beforeAll(async () => {
  slack = await slackStandIn();
});

afterAll(() => slack.close());

beforeEach(async () => {
  // Messages other files left would reach this file's stand-in.
  await prisma.outboxMessage.deleteMany();
  slack.behave("ok");
  slack.texts.length = 0;
});

describe("Slack through the outbox", () => {
  it("sends a flow's message only once its change commits: a rolled-back change sends nothing", async () => {
    const { notifier, outbox } = slackOutbox(prisma, slack.url);
    const ticketId = await ticketRow();
    const rolledBack = uniqueId("rolled-back");
    await expect(
      prisma.$transaction(async (tx) => {
        await notifySlack(tx, notifier, { ticketId, channel: "#support", text: "never", idempotencyKey: rolledBack });
        throw new Error("the batch failed after the notify step");
      }),
    ).rejects.toThrow("the batch failed");
    expect(await prisma.outboxMessage.count()).toBe(0);
    const requestsBefore = slack.requests();
    await outbox.drain();
    expect(slack.requests()).toBe(requestsBefore);

    const committed = uniqueId("committed");
    const result = await notifySlack(prisma, notifier, { ticketId, channel: "#support", text: HOSTILE, idempotencyKey: committed });
    expect(result).toMatchObject({ delivered: "slack", duplicate: false });
    await outbox.drain();
    expect(slack.texts).toEqual([`#support: ${HOSTILE_AS_TEXT}`]);
    expect(await prisma.outboxMessage.count()).toBe(0);
  });

  it("sends a message once, whether two dispatchers run at once, one runs again, or the same key is queued again", async () => {
    const first = slackOutbox(prisma, slack.url);
    const second = slackOutbox(prisma, slack.url);
    const key = uniqueId("once");
    await first.notifier.send({ channel: "ops", text: "Deploy finished", idempotencyKey: key });
    await Promise.all([first.outbox.drain(), second.outbox.drain()]);
    await Promise.all([first.outbox.drain(), second.outbox.drain()]);
    expect(slack.texts).toEqual(["ops: Deploy finished"]);

    // Queued again under the same key (a retried caller): marked sent, so nothing more goes out.
    await second.notifier.send({ channel: "ops", text: "Deploy finished", idempotencyKey: key });
    expect(await prisma.outboxMessage.count()).toBe(1);
    await second.outbox.drain();
    expect(slack.texts).toEqual(["ops: Deploy finished"]);
    expect(await prisma.outboxMessage.count()).toBe(0);

    // A flow's step retried after its batch committed finds its effect and queues nothing.
    const ticketId = await ticketRow();
    const step = { ticketId, channel: "#support", text: "Ticket escalated", idempotencyKey: uniqueId("step") };
    await notifySlack(prisma, first.notifier, step);
    expect(await notifySlack(prisma, first.notifier, step)).toMatchObject({ duplicate: true });
    await first.outbox.drain();
    expect(slack.texts).toEqual(["ops: Deploy finished", "#support: Ticket escalated"]);
  });

  it("times out on a Slack that hangs, keeps trying while Slack is away, and sends once it answers", async () => {
    const { notifier, outbox } = slackOutbox(prisma, slack.url, { timeoutMs: 300, maxAttempts: 2, backoffMs: () => 3_600_000 });
    const idempotencyKey = uniqueId("hang");
    const key = `notify:${idempotencyKey}`;
    const requestsBefore = slack.requests();
    slack.behave("hang");
    await notifier.send({ channel: "ops", text: "Queue is backing up", idempotencyKey });
    await outbox.drain();
    expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { key } })).toMatchObject({
      attempts: 1,
      lastError: "Slack did not answer within 0.3 s; the message will be sent again later",
    });

    // The next attempt is an hour away; it comes, and Slack answers with an error.
    slack.behave("fail");
    await prisma.outboxMessage.update({ where: { key }, data: { availableAt: new Date(0) } });
    await outbox.drain();
    // Past the last attempt, but Slack was away, not refusing: the message stays.
    expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { key } })).toMatchObject({ attempts: 2, lastError: expect.stringContaining("503") });
    expect(slack.texts).toEqual([]);

    slack.behave("ok");
    await prisma.outboxMessage.update({ where: { key }, data: { availableAt: new Date(0) } });
    await outbox.drain();
    expect(slack.texts).toEqual(["ops: Queue is backing up"]);
    expect(slack.requests() - requestsBefore).toBe(3);
    expect(await prisma.outboxMessage.count({ where: { key } })).toBe(0);
  });

  describe("a live run", () => {
    let worker: { stop(): Promise<void> } | undefined;
    let previousLive: string | null = null;

    beforeAll(async () => {
      previousLive = await getLiveFlowId(prisma);
      worker = await startInProcessWorker();
    });

    afterEach(async () => {
      if (previousLive !== null) await setLiveFlow(prisma, previousLive, "test");
    });

    afterAll(async () => {
      await worker?.stop();
    });

    it("posts its notify step with the customer's words as text, once the step's batch has committed", async () => {
      const graph = flow({ t: n.trigger(), note: n.notify("#support"), e: n.end() }, ["t -> note", "note -> e"]) as unknown as TFlowGraph;
      const notifyNode = graph.nodes.find((node) => node.id === "note")!;
      Object.assign(notifyNode.data, { message: "New ticket: {{ticket.subject}}" });
      await publishLive(prisma, uniqueId("Notify escaped"), graph);
      const { outbox } = slackOutbox(prisma, slack.url, { sweepMs: 100, sweepGraceMs: 0 });
      outbox.startSweep();
      try {
        const created = await createTicket(prisma, outbox, {
          source: uniqueId("notify-live"),
          externalId: "1",
          subject: HOSTILE,
          body: "Please",
          channel: "email",
          priority: "normal",
          tags: [],
          customer: { externalId: "c1" },
        });
        await eventually("the notification to reach Slack", async () => slack.texts.length > 0);
        expect(slack.texts).toEqual([`#support: New ticket: ${HOSTILE_AS_TEXT}`]);
        expect(await prisma.effect.findMany({ where: { ticketId: created.ticket.id }, select: { kind: true } })).toEqual([{ kind: "notify" }]);
      } finally {
        await outbox.stop();
      }
    });
  });
});
