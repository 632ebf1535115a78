import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import { getLiveFlowId, setLiveFlow } from "../flows/live-flow";
import { eventually, publishLive, uniqueId } from "../../../tests/integration/helpers";
import { testOutbox } from "../../../tests/integration/test-outbox";
import { flow, n } from "../../../workflows/compile/test-graphs";
import type { TFlowGraph } from "../../../workflows/model/graph";
import type { FlowStarter } from "../tickets/flow-starter";
import { isConversationToken } from "./conversation-token";
import { rateConversation } from "./rate-conversation";
import { readConversation } from "./read-conversation";
import { sendWidgetMessage } from "./send-widget-message";
import { startConversation } from "./start-conversation";
import { WidgetError } from "./widget-error";
import { ZWidgetRatingSchema, ZWidgetStartSchema } from "./widget-schemas";

/** The widget's conversation services on the real database; a recording starter stands in for Temporal. */
const prisma = getPrisma();
const key = randomBytes(32);
const noKick = { kick: () => undefined };
const signals: Array<{ workflowId: string; name: string; payload: Record<string, unknown> }> = [];
const starter: FlowStarter = {
  start: async () => undefined,
  signal: async (workflowId, name, payload) => {
    signals.push({ workflowId, name, payload });
    return "delivered";
  },
};
const outbox = testOutbox(prisma, starter);
let previousLive: string | null = null;

const page = { url: "https://bank.example/help/cards", title: "Cards · Help centre" };
// Parsed as the route parses what the frame sends.
const startInput = (over: Partial<{ visitorId: string; clientMessageId: string; message: string; name: string; email: string }> = {}) =>
  ZWidgetStartSchema.parse({ visitorId: uniqueId("visitor"), clientMessageId: uniqueId("msg"), message: "How do I change my card PIN?", page, ...over });
const rating = (score: number, comment?: string) => ZWidgetRatingSchema.parse({ score, comment });

async function refusal(work: Promise<unknown>): Promise<{ status: number; message: string }> {
  const err = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WidgetError);
  return { status: (err as WidgetError).status, message: (err as WidgetError).message };
}

beforeAll(async () => {
  previousLive = await getLiveFlowId(prisma);
  await publishLive(prisma, uniqueId("Widget flow"), flow({ t: n.trigger(), e: n.end() }, ["t -> e"]) as unknown as TFlowGraph);
});

afterAll(async () => {
  await outbox.drain();
  if (previousLive !== null) await setLiveFlow(prisma, previousLive, "test");
});

describe("a widget conversation", () => {
  it("opens as a chat ticket of the widget source, with the page, the customer and a token for that ticket only", async () => {
    const input = startInput({ name: "Jamie", email: "jamie@bank.example" });
    const started = await startConversation({ prisma, outbox: noKick }, input, key);
    const ticket = await prisma.ticket.findUniqueOrThrow({ where: { id: started.conversation.id }, include: { customer: true, runs: true } });
    expect(ticket).toMatchObject({
      source: "widget",
      externalId: `chat-${input.clientMessageId}`,
      channel: "chat",
      subject: "Chat from “Cards · Help centre”",
      body: input.message,
      pageUrl: page.url,
    });
    expect(ticket.customer).toMatchObject({ source: "widget", externalId: input.visitorId, name: "Jamie", email: "jamie@bank.example" });
    // The live flow starts on it as on a webhook ticket.
    expect(ticket.runs).toHaveLength(1);
    expect(isConversationToken(ticket.id, started.token, key)).toBe(true);
    expect(started.conversation).toMatchObject({ ended: false, withPerson: false, rating: null });
    expect(started.conversation.messages).toEqual([
      { id: expect.any(String), from: "customer", name: null, body: input.message, at: expect.any(String), sources: [], handoff: false, survey: false },
    ]);
  });

  it("finds the same ticket when the browser retries the start, and refuses someone else's retry", async () => {
    const input = startInput();
    const first = await startConversation({ prisma, outbox: noKick }, input, key);
    const again = await startConversation({ prisma, outbox: noKick }, input, key);
    expect(again.conversation.id).toBe(first.conversation.id);
    expect(again.token).toBe(first.token);
    expect(await prisma.ticket.count({ where: { source: "widget", externalId: `chat-${input.clientMessageId}` } })).toBe(1);
    expect(await refusal(startConversation({ prisma, outbox: noKick }, { ...input, visitorId: uniqueId("other") }, key))).toMatchObject({ status: 409 });
  });

  it("shows the customer replies with their sources and the handoff, never internal notes", async () => {
    const { conversation } = await startConversation({ prisma, outbox: noKick }, startInput(), key);
    const ticketId = conversation.id;
    const handoff = "I'm connecting you with a specialist.";
    await prisma.message.createMany({
      data: [
        { ticketId, author: "ai", body: "Open Cards and tap Change PIN.", aiMeta: { citations: [{ articleId: "a1", title: "Change your card PIN" }] }, createdAt: new Date(Date.now() + 1_000) },
        { ticketId, author: "system", internal: true, body: "Escalated: asked for a human", createdAt: new Date(Date.now() + 2_000) },
        { ticketId, author: "ai", body: handoff, createdAt: new Date(Date.now() + 2_000) },
        { ticketId, author: "agent", authorName: "Sam", body: "Sam here.", createdAt: new Date(Date.now() + 3_000) },
      ],
    });
    await prisma.effect.create({ data: { idempotencyKey: uniqueId("escalate"), ticketId, kind: "escalate", payload: { customerMessage: handoff, reason: "asked" } } });

    const read = await readConversation(prisma, ticketId);
    expect(read.withPerson).toBe(true);
    expect(read.messages.map((m) => [m.from, m.body, m.sources.map((s) => s.title), m.handoff, m.name])).toEqual([
      ["customer", "How do I change my card PIN?", [], false, null],
      ["assistant", "Open Cards and tap Change PIN.", ["Change your card PIN"], false, null],
      ["assistant", handoff, [], true, null],
      ["agent", "Sam here.", [], false, "Sam"],
    ]);
  });

  it("passes the customer's next message to the run once, and notes a new page for agents once", async () => {
    const { conversation } = await startConversation({ prisma, outbox: noKick }, startInput({ name: "Jamie" }), key);
    const ticketId = conversation.id;
    const next = { clientMessageId: uniqueId("msg"), message: "And if it is blocked?", page: { url: "https://bank.example/help/pin", title: "PIN · Help centre" } };
    await sendWidgetMessage({ prisma, outbox }, ticketId, next);
    const again = await sendWidgetMessage({ prisma, outbox }, ticketId, next);
    await sendWidgetMessage({ prisma, outbox }, ticketId, { ...next, clientMessageId: uniqueId("msg"), message: "Thanks" });
    // The signals leave through the outbox once the run's start has.
    const heard = () => signals.filter((s) => s.workflowId === `ticket-${ticketId}`);
    await eventually("the run's signals", async () => {
      await outbox.drain();
      return heard().length >= 2;
    });

    expect(again.messages.filter((m) => m.from === "customer").map((m) => m.body)).toEqual(["How do I change my card PIN?", "And if it is blocked?"]);
    const stored = await prisma.message.findMany({ where: { ticketId }, orderBy: { createdAt: "asc" } });
    expect(stored.filter((m) => m.author === "customer").map((m) => [m.body, m.authorName])).toEqual([
      ["How do I change my card PIN?", "Jamie"],
      ["And if it is blocked?", "Jamie"],
      ["Thanks", "Jamie"],
    ]);
    expect(stored.filter((m) => m.internal).map((m) => m.body)).toEqual(["The customer is now writing from “PIN · Help centre” (https://bank.example/help/pin)."]);
    expect(heard().map((s) => [s.name, s.payload.body])).toEqual([
      ["customerReplied", "And if it is blocked?"],
      ["customerReplied", "Thanks"],
    ]);
  });

  it("refuses messages once the conversation has ended, and conversations of other channels", async () => {
    const { conversation } = await startConversation({ prisma, outbox: noKick }, startInput(), key);
    await prisma.ticket.update({ where: { id: conversation.id }, data: { status: "solved" } });
    expect((await readConversation(prisma, conversation.id)).ended).toBe(true);
    const message = { clientMessageId: uniqueId("msg"), message: "Hello?", page };
    expect(await refusal(sendWidgetMessage({ prisma, outbox }, conversation.id, message))).toMatchObject({ status: 409 });

    const customer = await prisma.customer.create({ data: { source: "api", externalId: uniqueId("api-customer") } });
    const other = await prisma.ticket.create({ data: { source: "api", externalId: uniqueId("api"), customerId: customer.id, subject: "Email", body: "Hi" } });
    expect(await refusal(readConversation(prisma, other.id))).toMatchObject({ status: 404 });
    expect(await refusal(rateConversation(prisma, other.id, rating(5)))).toMatchObject({ status: 404 });
    expect(await refusal(sendWidgetMessage({ prisma, outbox }, other.id, message))).toMatchObject({ status: 404 });
    expect((await prisma.ticket.findUniqueOrThrow({ where: { id: other.id } })).csat).toBeNull();
    expect(await refusal(readConversation(prisma, "no-such-ticket"))).toMatchObject({ status: 404 });
  });

  it("sets the ticket's CSAT from the rating once, with the comment as an internal note", async () => {
    const { conversation } = await startConversation({ prisma, outbox: noKick }, startInput(), key);
    const rated = await rateConversation(prisma, conversation.id, rating(4, "Quick and clear"));
    expect(rated.rating).toBe(4);
    expect((await prisma.ticket.findUniqueOrThrow({ where: { id: conversation.id } })).csat).toBe(4);
    expect(await refusal(rateConversation(prisma, conversation.id, rating(1)))).toMatchObject({ status: 409 });
    expect((await prisma.ticket.findUniqueOrThrow({ where: { id: conversation.id } })).csat).toBe(4);
    const notes = await prisma.message.findMany({ where: { ticketId: conversation.id, internal: true } });
    expect(notes.map((m) => m.body)).toEqual(["The customer rated this chat 4 out of 5: “Quick and clear”"]);
    expect(rated.messages.some((m) => m.body.includes("rated"))).toBe(false);
  });
});
