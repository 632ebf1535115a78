import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueId } from "../../../tests/integration/helpers";
import { slackOutbox, slackStandIn } from "../../../tests/integration/slack-stand-in";
import { itemKeys, versionKey } from "../../../lib/weekly-review/snapshot";
import { reviewMarkdown } from "../../../lib/weekly-review/markdown";
import { getPrisma } from "../../db";
import { exportWeeklyReview } from "./export-weekly-review";
import { openWeeklyReview, rebuildWeeklyReview } from "./open-weekly-review";
import { setReviewCheck, setReviewNote } from "./review-marks";
import { sendReviewToSlack } from "./send-review-to-slack";

/**
 * The weekly review on a seeded week: the rollups say what moved and where SLAs broke, agents' feedback says which
 * intents they corrected and which articles were wrong, reviewers' verdicts say which shadow categories are ready.
 * The week is in 2020, so nothing another test writes falls in it; `now` is passed in, so it can be "this week".
 */
const prisma = getPrisma();
const WEEK = "2020-W10"; // Monday 2 March to Sunday 8 March 2020
const DURING = new Date("2020-03-05T12:00:00.000Z");
const AFTER = new Date("2020-05-01T12:00:00.000Z");
const tag = uniqueId("wr").replace(/[^a-z0-9]/gi, "").toLowerCase();
const cat = (name: string) => `${tag}-${name}`;
const at = (day: string) => new Date(`${day}T10:00:00.000Z`);
let queueId = "";
let flowId = "";
let versionId = "";
let wrongArticleId = "";
let overdueArticleId = "";
const tickets: Record<string, string> = {};

function rollupRow(day: string, category: string, counts: { tickets: number; automated: number; slaBreached?: number }, dims: { queueId?: string; versionId?: string } = {}) {
  return {
    day: new Date(`${day}T00:00:00.000Z`),
    origin: "live",
    category,
    tier: 1,
    channel: "email",
    queueId: dims.queueId ?? "",
    flowId: dims.versionId ? flowId : "",
    versionId: dims.versionId ?? "",
    connectionId: "",
    escalationReason: "",
    tickets: counts.tickets,
    automated: counts.automated,
    human: counts.tickets - counts.automated,
    resolved: counts.tickets,
    slaBreached: counts.slaBreached ?? 0,
  };
}

async function ticket(name: string, intent: string | null, subject: string, body: string): Promise<string> {
  const customer = await prisma.customer.create({ data: { source: "test", externalId: `${tag}-${name}` } });
  const row = await prisma.ticket.create({ data: { source: "test", externalId: `${tag}-${name}`, customerId: customer.id, subject, body, intent, createdAt: at("2020-03-03") } });
  tickets[name] = row.id;
  return row.id;
}

function shadowDrafts(category: string, reviewed: number, correct: number) {
  return Array.from({ length: reviewed }, (_, i) => ({
    ticketId: `${tag}-t`,
    runId: `${tag}-${category}-${i}`,
    workflowId: `${tag}-wf`,
    versionId: `${tag}-v`,
    seq: 1,
    nodeId: "ai",
    intent: category,
    category,
    text: "draft",
    citations: [],
    confidence: 0.8,
    threshold: 0.5,
    verdict: i < correct ? "send" : "wrong",
    reviewer: "reviewer@test",
    reviewedAt: at("2020-03-04"),
  }));
}

beforeAll(async () => {
  await prisma.weeklyReview.deleteMany({ where: { week: WEEK } });
  queueId = (await prisma.queue.create({ data: { name: `Billing ${tag}` } })).id;
  const flow = await prisma.flow.create({ data: { name: `Billing flow ${tag}`, draftGraph: {} } });
  flowId = flow.id;
  versionId = (
    await prisma.flowVersion.create({
      data: { flowId, number: 3, graph: {}, plan: {}, contentHash: tag, status: "published", author: "pat@test", message: "Answer refunds", publishedAt: at("2020-03-04") },
    })
  ).id;
  await prisma.metricRollup.createMany({
    data: [
      rollupRow("2020-02-25", cat("billing"), { tickets: 100, automated: 30, slaBreached: 4 }, { queueId }),
      rollupRow("2020-03-03", cat("billing"), { tickets: 120, automated: 72, slaBreached: 12 }, { queueId, versionId }),
      rollupRow("2020-02-26", cat("tiny"), { tickets: 3, automated: 1 }),
      rollupRow("2020-03-04", cat("tiny"), { tickets: 5, automated: 4 }),
    ],
  });

  const wrong = await prisma.kbArticle.create({ data: { title: `Refund policy ${tag}`, body: "Refunds take 5 days.", reviewDue: at("2021-01-01") } });
  wrongArticleId = wrong.id;
  overdueArticleId = (await prisma.kbArticle.create({ data: { title: `Shipping times ${tag}`, body: "…", owner: "sam@test", reviewDue: at("2019-06-01") } })).id;
  await prisma.kbArticle.create({ data: { title: `Draft article ${tag}`, body: "…", status: "draft", reviewDue: at("2019-06-01") } });

  const feedback = (ticketId: string, data: { correctedIntent?: string; verdict?: string; day?: string; cited?: string[] }) =>
    prisma.feedback.create({
      data: { ticketId, agent: "agent@test", verdict: data.verdict ?? "incorrect", correctedIntent: data.correctedIntent ?? null, citedArticleIds: data.cited ?? [], createdAt: at(data.day ?? "2020-03-04") },
    });
  for (let i = 1; i <= 3; i++) {
    const id = await ticket(`locked-${i}`, cat("password"), `Cannot get in ${i}`, `My account says locked after ${i} tries, reset does nothing`);
    await feedback(id, { correctedIntent: cat("locked"), cited: i <= 2 ? [wrongArticleId] : [] });
  }
  await feedback(tickets["locked-1"]!, { correctedIntent: cat("locked"), day: "2020-03-05" }); // the same ticket twice counts once
  const refund = await ticket("refund", null, "Money back?", "I want my money back for order 12");
  await feedback(refund, { correctedIntent: cat("refund"), verdict: "incomplete", cited: [wrongArticleId] });
  const agreed = await ticket("agreed", cat("billing"), "Invoice", "Where is my invoice");
  await feedback(agreed, { correctedIntent: cat("billing"), verdict: "good", cited: [wrongArticleId] });
  await feedback(agreed, { correctedIntent: cat("other"), day: "2020-03-10" }); // the week after

  await prisma.shadowDraft.createMany({ data: [...shadowDrafts(cat("ready"), 30, 30), ...shadowDrafts(cat("few"), 5, 5), ...shadowDrafts(cat("poor"), 30, 10)] });
});

afterAll(async () => {
  await prisma.metricRollup.deleteMany({ where: { category: { startsWith: tag } } });
  await prisma.shadowDraft.deleteMany({ where: { category: { startsWith: tag } } });
  await prisma.weeklyReview.deleteMany({ where: { week: WEEK } });
});

describe("weekly review", () => {
  it("builds every section from the week's data the first time it is opened", async () => {
    const review = await openWeeklyReview(prisma, WEEK, AFTER);
    const s = review.snapshot;
    expect(review).toMatchObject({ week: WEEK, from: "2020-03-02", to: "2020-03-08", isCurrent: false, previousWeek: "2020-W09", nextWeek: "2020-W11" });

    const billing = s.moved.find((m) => m.category === cat("billing"))!;
    expect(billing).toMatchObject({ before: { tickets: 100 }, now: { tickets: 120 }, volumeChange: 20, rateNoise: false, volumeNoise: true });
    expect(billing.rateChange).toBeCloseTo(0.3, 5);
    expect(billing.now.automation).toMatchObject({ numerator: 72, count: 120 });
    expect(billing.versions).toEqual([expect.objectContaining({ versionId, flowName: `Billing flow ${tag}`, number: 3, tickets: 120 })]);
    const tiny = s.moved.find((m) => m.category === cat("tiny"))!;
    expect(tiny).toMatchObject({ rateNoise: true, volumeNoise: true });
    expect(s.moved.indexOf(billing)).toBeLessThan(s.moved.indexOf(tiny));
    expect(s.versions).toContainEqual(expect.objectContaining({ versionId, message: "Answer refunds", author: "pat@test" }));

    const locked = s.corrections.find((c) => c.to === cat("locked"))!;
    expect(locked).toMatchObject({ from: cat("password"), count: 3 });
    expect(locked.examples.map((e) => e.ticketId).sort()).toEqual([tickets["locked-1"], tickets["locked-2"], tickets["locked-3"]].sort());
    expect(locked.examples[0]!.excerpt).toMatch(/locked after/);
    expect(s.corrections.find((c) => c.to === cat("refund"))).toMatchObject({ from: "", count: 1 });
    expect(s.corrections.some((c) => c.to === cat("billing") || c.to === cat("other"))).toBe(false);

    expect(s.shadow.items.find((i) => i.category === cat("ready"))).toMatchObject({ status: "ready", reviewed: 30, correct: 30 });
    expect(s.shadow.items.find((i) => i.category === cat("few"))).toMatchObject({ status: "needs-reviews", reviewed: 5 });
    expect(s.shadow.items.some((i) => i.category === cat("poor"))).toBe(false);

    expect(s.knowledge.wrong.find((a) => a.articleId === wrongArticleId)).toMatchObject({ marked: 3, verdicts: { incorrect: 2, incomplete: 1 } });
    expect(s.knowledge.overdue.map((a) => a.title)).toContain(`Shipping times ${tag}`);
    expect(s.knowledge.overdue.map((a) => a.title)).not.toContain(`Draft article ${tag}`);

    expect(s.sla.find((q) => q.queueId === queueId)).toMatchObject({ queueName: `Billing ${tag}`, breached: { numerator: 12, count: 120 }, breachedBefore: 4 });
    expect(new Set(itemKeys(s)).size).toBe(itemKeys(s).length);
  });

  it("keeps the snapshot: later data does not change a past review, and only the current week can be rebuilt", async () => {
    const first = await openWeeklyReview(prisma, WEEK, AFTER);
    const id = await ticket("late", cat("password"), "Late", "Locked again");
    await prisma.feedback.create({ data: { ticketId: id, agent: "agent@test", verdict: "incorrect", correctedIntent: cat("locked"), createdAt: at("2020-03-06") } });
    const again = await openWeeklyReview(prisma, WEEK, AFTER);
    expect(again.snapshot).toEqual(first.snapshot);
    await expect(rebuildWeeklyReview(prisma, WEEK, "manager@test", AFTER)).rejects.toThrow(/Only this week's review can be rebuilt/);

    const rebuilt = await rebuildWeeklyReview(prisma, WEEK, "manager@test", DURING);
    expect(rebuilt.isCurrent).toBe(true);
    expect(rebuilt.nextWeek).toBeNull();
    expect(rebuilt.snapshot.builtAt).toBe(DURING.toISOString());
    expect(rebuilt.snapshot.corrections.find((c) => c.to === cat("locked"))!.count).toBe(4);
    expect(rebuilt.updatedBy).toBe("manager@test");
  });

  it("refuses labels that are not weeks and weeks that have not started", async () => {
    await expect(openWeeklyReview(prisma, "shadow", AFTER)).rejects.toThrow(/not a week/);
    await expect(openWeeklyReview(prisma, "2020-W54", AFTER)).rejects.toThrow(/not a week/);
    await expect(openWeeklyReview(prisma, "2020-W11", DURING)).rejects.toThrow(/has not started yet/);
  });

  it("keeps checks and notes with who and when, clears them, and refuses keys the review does not have", async () => {
    const key = `moved:${cat("billing")}`;
    await setReviewCheck(prisma, { week: WEEK, key, checked: true }, "manager@test", DURING);
    await setReviewCheck(prisma, { week: WEEK, key: versionKey({ versionId }), checked: true }, "designer@test", DURING);
    await setReviewNote(prisma, { week: WEEK, key, text: "  Refund answers went live on Wednesday.  " }, "manager@test", DURING);
    await setReviewNote(prisma, { week: WEEK, key: "", text: "Good week overall." }, "designer@test", DURING);
    let review = await openWeeklyReview(prisma, WEEK, AFTER);
    expect(review.checks[key]).toEqual({ by: "manager@test", at: DURING.toISOString() });
    expect(review.checks[versionKey({ versionId })]).toMatchObject({ by: "designer@test" });
    expect(review.notes[key]).toEqual({ text: "Refund answers went live on Wednesday.", by: "manager@test", at: DURING.toISOString() });
    expect(review.notes[""]).toMatchObject({ text: "Good week overall.", by: "designer@test" });

    await setReviewCheck(prisma, { week: WEEK, key: versionKey({ versionId }), checked: false }, "designer@test", DURING);
    await setReviewNote(prisma, { week: WEEK, key: "", text: "" }, "designer@test", DURING);
    review = await openWeeklyReview(prisma, WEEK, AFTER);
    expect(review.checks).not.toHaveProperty(versionKey({ versionId }));
    expect(review.notes[""]).toBeUndefined();
    expect(review.checks[key]).toBeDefined();
    await expect(setReviewCheck(prisma, { week: WEEK, key: "moved:nothing-like-it", checked: true }, "manager@test", DURING)).rejects.toThrow(/no longer in this review/);
  });

  it("exports Markdown with the sections, checks, notes and links, and a PDF", async () => {
    const review = await openWeeklyReview(prisma, WEEK, AFTER);
    const md = reviewMarkdown(review, "http://studio.test");
    for (const heading of ["# Weekly review 2020-W10", "## What moved and why", "## Flow versions published this week", "## Intents agents corrected most", "## Shadow categories ready for autonomy", "## Knowledge articles", "## SLA breaches by queue"]) {
      expect(md.split("\n")).toContain(heading);
    }
    expect(md).toMatch(new RegExp(`- \\[x\\] ${cat("billing")}: automation 30% → 60% \\(\\+30 points\\); volume 100 → 120 \\(\\+20, within noise\\) _\\(checked by manager@test, 2020-03-05 12:00 UTC\\)_`));
    expect(md).toContain("> **Note** (manager@test, 2020-03-05 12:00 UTC): Refund answers went live on Wednesday.");
    expect(md).toContain(`[Cannot get in 1](http://studio.test/inbox/${tickets["locked-1"]})`);
    expect(md).toContain(`(http://studio.test/knowledge/${overdueArticleId})`);
    expect(md).toContain(`- [ ] ${cat("ready")}: ready.`);
    expect(md).toMatch(new RegExp(`- \\[ \\] Billing ${tag}: 12 breaches, 10% \\(12 of 120 tickets; 95% interval \\d+%–\\d+%\\); 4 the week before`));

    const pdf = await exportWeeklyReview(prisma, WEEK, "pdf", "http://studio.test", AFTER);
    expect(pdf.contentType).toBe("application/pdf");
    expect(Buffer.from(pdf.body as Uint8Array).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect((pdf.body as Uint8Array).length).toBeGreaterThan(1000);
  });

  it("sends a digest to a Slack webhook: the headline, the items with their checks, and the link to the review", async () => {
    const slack = await slackStandIn();
    try {
      // Only this test's message reaches the stand-in.
      await prisma.outboxMessage.deleteMany({ where: { kind: "notify" } });
      const { notifier, outbox } = slackOutbox(prisma, slack.url);
      const result = await sendReviewToSlack(prisma, notifier, { week: WEEK, origin: "http://studio.test", actor: "manager@test", now: AFTER });
      expect(result).toEqual({ delivered: "slack" });
      await outbox.drain();
      expect(slack.texts).toHaveLength(1);
      const text = slack.texts[0]!;
      expect(text).toContain("*Weekly review 2020-W10*");
      expect(text).toContain(`☑ ${cat("billing")}: automation 30% → 60%`);
      expect(text).toContain(`☐ Billing ${tag}: 12 breaches`);
      expect(text).toContain("<http://studio.test/review/2020-W10|Open the review>");
      expect(await prisma.auditLog.findFirst({ where: { action: "review.send-to-slack", subject: WEEK } })).toMatchObject({ actor: "manager@test", details: { delivered: "slack" } });
    } finally {
      await slack.close();
    }
  });
});
