import { describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { getPrisma } from "@/server/db";
import { loadTrainingRows } from "@/server/services/intent-models/training-rows";
import { contextAs, trpcCodeOf } from "../../../tests/auth";
import { uniqueId } from "../../../tests/integration/helpers";

/** tickets.flagAiReply and where a flag goes: the Feedback row, the audit log, the knowledge base review, the training rows. */
const as = (role: Parameters<typeof contextAs>[0]) => createCaller(contextAs(role));
const prisma = getPrisma();

async function liveTicketWithAiReply(opts: { imported?: boolean; citing?: string[] } = {}) {
  const customer = await prisma.customer.create({ data: { source: "feedback-test", externalId: uniqueId("c") } });
  const ticket = await prisma.ticket.create({
    data: {
      source: "feedback-test",
      externalId: uniqueId("t"),
      customerId: customer.id,
      subject: "Card never came",
      body: uniqueId("my card has not arrived after two weeks"),
      category: opts.imported ? "card_arrival" : null,
      importHash: opts.imported ? uniqueId("h") : null,
    },
  });
  const citations = (opts.citing ?? []).map((articleId) => ({ articleId, title: "t" }));
  const reply = await prisma.message.create({ data: { ticketId: ticket.id, author: "ai", body: "Refunds arrive within 3 days.", aiMeta: { citations, confidence: 0.8 } } });
  const customerMessage = await prisma.message.create({ data: { ticketId: ticket.id, author: "customer", body: "where is my card" } });
  return { ticket, reply, customerMessage };
}

const article = (title: string) => ({ title, body: `# ${title}\n\nOpen the app and tap **Cards**.`, category: "card_arrival", tags: [], status: "published" as const });

describe("flagging an AI reply", () => {
  it("stores the verdict with the cited articles and the agent, audits it, and shows it on the ticket", async () => {
    const cited = await as("admin").knowledge.create(article(uniqueId("Refund times")));
    const { ticket, reply } = await liveTicketWithAiReply({ citing: [cited.id] });
    const { id } = await as("agent").tickets.flagAiReply({
      ticketId: ticket.id,
      messageId: reply.id,
      verdict: "incorrect",
      correctAnswer: "Refunds take 5 to 10 business days.",
      correctedIntent: "refund_timing",
      comment: "Quoted the wrong window",
    });
    const row = await prisma.feedback.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      ticketId: ticket.id,
      messageId: reply.id,
      verdict: "incorrect",
      correctAnswer: "Refunds take 5 to 10 business days.",
      correctedIntent: "refund_timing",
      comment: "Quoted the wrong window",
      citedArticleIds: [cited.id],
      agent: "agent@test.local",
      agentUserId: "test-agent",
    });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "ticket.flag-ai-reply", subject: ticket.id } });
    expect(audit.actor).toBe("agent@test.local");
    expect(audit.details).toMatchObject({ feedbackId: id, verdict: "incorrect", citedArticleIds: [cited.id] });
    expect((await as("manager").tickets.aiFeedback({ ticketId: ticket.id })).map((f) => [f.messageId, f.verdict, f.correctedIntent])).toEqual([
      [reply.id, "incorrect", "refund_timing"],
    ]);
  });

  it("lets agents and admins flag, and refuses the other roles and non-AI messages", async () => {
    const { ticket, reply, customerMessage } = await liveTicketWithAiReply();
    const input = { ticketId: ticket.id, messageId: reply.id, verdict: "good" as const };
    for (const role of ["designer", "publisher", "manager"] as const) {
      expect(await trpcCodeOf(as(role).tickets.flagAiReply(input))).toBe("FORBIDDEN");
    }
    await expect(as("manager").tickets.flagAiReply(input)).rejects.toThrow("Flagging AI replies needs the agent or admin role; you are a manager");
    expect(await trpcCodeOf(as("admin").tickets.flagAiReply(input))).toBe("OK");
    const notAi = as("agent").tickets.flagAiReply({ ...input, messageId: customerMessage.id });
    expect(await trpcCodeOf(notAi)).toBe("BAD_REQUEST");
    await expect(notAi).rejects.toThrow("Only replies and drafts the AI wrote can be flagged.");
    const other = await liveTicketWithAiReply();
    expect(await trpcCodeOf(as("agent").tickets.flagAiReply({ ...input, messageId: other.reply.id }))).toBe("NOT_FOUND");
    expect(await prisma.feedback.count({ where: { ticketId: ticket.id } })).toBe(1);
  });

  it("marks the articles the reply cited as wrong in the knowledge base, and only for an incorrect verdict", async () => {
    const word = uniqueId("flagotter").replace(/-/g, "");
    const wrong = await as("admin").knowledge.create(article(`Wrong ${word}`));
    const meh = await as("admin").knowledge.create(article(`Meh ${word}`));
    const a = await liveTicketWithAiReply({ citing: [wrong.id] });
    const b = await liveTicketWithAiReply({ citing: [meh.id] });
    await as("agent").tickets.flagAiReply({ ticketId: a.ticket.id, messageId: a.reply.id, verdict: "incorrect", comment: "old policy" });
    await as("agent").tickets.flagAiReply({ ticketId: b.ticket.id, messageId: b.reply.id, verdict: "suboptimal" });
    const flagged = await as("agent").knowledge.list({ query: word, flag: "negative-feedback" });
    expect(flagged.articles.map((x) => x.title)).toEqual([`Wrong ${word}`]);
    const detail = await as("agent").knowledge.get({ id: wrong.id });
    expect(JSON.stringify(detail)).toContain("old policy");
    const suggestions = await as("designer").knowledge.guardrails.wrongAnswers();
    expect(suggestions.find((s) => s.ticketId === a.ticket.id)).toMatchObject({ answer: "Refunds arrive within 3 days.", reason: "old policy" });
    expect(suggestions.some((s) => s.ticketId === b.ticket.id)).toBe(false);
  });

  it("turns a corrected intent on a live ticket into an agent training row, the latest correction winning", async () => {
    const live = await liveTicketWithAiReply();
    const imported = await liveTicketWithAiReply({ imported: true });
    await as("agent").tickets.flagAiReply({ ticketId: live.ticket.id, messageId: live.reply.id, verdict: "incorrect", correctedIntent: "card_lost" });
    await as("admin").tickets.flagAiReply({ ticketId: live.ticket.id, messageId: live.reply.id, verdict: "incomplete", correctedIntent: "card_arrival" });
    await as("agent").tickets.flagAiReply({ ticketId: imported.ticket.id, messageId: imported.reply.id, verdict: "incorrect", correctedIntent: "card_lost" });

    const agentRows = await as("manager").aiModels.agentLabels();
    expect(agentRows.filter((r) => r.ticketId === live.ticket.id)).toMatchObject([{ label: "card_arrival", agent: "admin@test.local", text: live.ticket.body }]);
    expect(agentRows.some((r) => r.ticketId === imported.ticket.id)).toBe(false);

    const rows = await loadTrainingRows(prisma);
    expect(rows.filter((r) => r.text === live.ticket.body)).toEqual([{ text: live.ticket.body, label: "card_arrival" }]);
    // The imported ticket keeps the helpdesk's label: agent rows come from live tickets only.
    expect(rows.filter((r) => r.text === imported.ticket.body)).toEqual([{ text: imported.ticket.body, label: "card_arrival" }]);
    // A training limited to other sources does not take this ticket's correction.
    expect((await loadTrainingRows(prisma, { sources: [uniqueId("other-source")] })).some((r) => r.text === live.ticket.body)).toBe(false);
  });
});
