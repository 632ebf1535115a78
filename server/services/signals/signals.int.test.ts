import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import { anonymousContext } from "../../api/trpc";
import { createCaller } from "../../api/root";
import { webPorts } from "../../../composition/web";
import { contextAs, trpcCodeOf } from "../../../tests/auth";
import { uniqueId } from "../../../tests/integration/helpers";
import { slackOutbox, slackStandIn } from "../../../tests/integration/slack-stand-in";
import { addDays } from "@/workflows/metrics/weeks";
import { windowsEndingOn } from "@/workflows/metrics/rising";
import { refreshMetrics } from "../metrics/refresh-metrics";
import type { TPossibleNewIntents } from "../unsure-clusters/possible-new-intents";
import { sendSignalsToSlack } from "./send-signals-to-slack";
import { sharedSignals } from "./shared-signals";
import { activeSignalShares, createSignalShare, resolveSignalShare, revokeSignalShare } from "./signal-shares";
import { signalTickets } from "./signal-tickets";
import { signalsCsv, signalsMarkdown } from "./signals-export";
import { signalsReport } from "./signals-report";
import type { TSignalsReport } from "./signal-types";

/**
 * Signals from seeded tickets, counted by the real refresher: a category whose volume tripled in the last 7 days
 * is flagged against its own 8 weeks, a flat one is not; page areas, repeat contacts, a category's tickets, shared
 * links (working, revoked, expired) and the Slack summary through a local receiver. Days in 2020, which no other
 * test file's tickets use, so the windows hold this file's tickets only.
 */
const prisma = getPrisma();
const TO = "2020-06-14";
const tag = uniqueId("sig");
// Letters only: a path segment with digits would be read as an id.
const slug = `p${Array.from(tag.replace(/[^a-z]/g, "")).slice(0, 10).join("")}`;
const RISING = `${tag}-login`;
const FLAT = `${tag}-billing`;
const view = { to: TO, origin: "all" as const };
const windows = windowsEndingOn(TO, 7, 9);

const fakeTopics = (ticketIds: string[]) => async (): Promise<TPossibleNewIntents> => ({
  windowDays: 30,
  maxTexts: 500,
  minSize: 3,
  unsure: ticketIds.length,
  capped: false,
  method: "n-grams",
  modelVersion: null,
  clusters: [{ size: ticketIds.length, ticketIds, terms: ["gift", "card"], first: new Date(), last: new Date(), examples: [], nearest: null }],
});

let seq = 0;
const ids: Record<string, string[]> = { rising: [], flat: [], current: [] };

async function ticket(category: string, day: string, page: string | null, customer = `c${seq}`, resolvedDays: number | null = 0): Promise<string> {
  seq++;
  const c = await prisma.customer.upsert({
    where: { source_externalId: { source: tag, externalId: customer } },
    create: { source: tag, externalId: customer },
    update: {},
  });
  const createdAt = new Date(`${day}T10:00:00.000Z`);
  const t = await prisma.ticket.create({
    data: {
      source: tag,
      externalId: `t${seq}`,
      customerId: c.id,
      subject: `${category} subject ${seq}`,
      body: "body",
      category,
      pageUrl: page,
      createdAt,
      resolvedAt: resolvedDays === null ? null : new Date(createdAt.getTime() + resolvedDays * 86_400_000 + 3_600_000),
      status: resolvedDays === null ? "open" : "solved",
      importHash: `h${seq}`,
    },
  });
  return t.id;
}

let report: TSignalsReport;

beforeAll(async () => {
  for (const [w, window] of windows.entries()) {
    const current = w === windows.length - 1;
    for (let i = 0; i < (current ? 36 : 12); i++) {
      const page = current && i % 4 === 3 ? `https://shop.example.com/${slug}/98765?utm=mail` : `https://shop.example.com/${slug}/checkout/step-two#pay`;
      const id = await ticket(RISING, addDays(window.from, i % 7), page);
      ids.rising!.push(id);
      if (current) ids.current!.push(id);
    }
    for (let i = 0; i < 15; i++) {
      // In the current window three customers write twice about billing, a day after the first answer.
      const pair = current && i < 6;
      const customer = pair ? `pair${Math.floor(i / 2)}` : undefined;
      const day = pair ? addDays(window.from, i % 2 === 0 ? 0 : 1) : addDays(window.from, i % 7);
      ids.flat!.push(await ticket(FLAT, day, `https://shop.example.com/${slug}/account`, customer));
    }
  }
  await refreshMetrics(prisma, { now: new Date("2020-08-01T00:00:00.000Z") });
  report = await signalsReport(prisma, view, { unsure: fakeTopics(ids.current!.slice(0, 4)) });
}, 600_000);

afterAll(async () => {
  await prisma.signalShare.deleteMany({ where: { createdBy: `${tag}@test.local` } });
});

describe("rising categories", () => {
  it("flags a category whose volume tripled against its own baseline, and not a flat one", () => {
    const rising = report.rising.categories.find((c) => c.category === RISING)!;
    expect(rising).toMatchObject({ observed: 36, expected: 12, rising: true });
    expect(rising.q).toBeLessThan(0.001);
    expect(rising.chance).toBe("very unlikely to be chance");
    expect(rising.trend).toEqual([12, 12, 12, 12, 12, 12, 12, 12, 36]);
    expect(rising.examples).toHaveLength(3);
    for (const e of rising.examples) expect(ids.current).toContain(e.ticketId);
    const flat = report.rising.categories.find((c) => c.category === FLAT)!;
    expect(flat).toMatchObject({ observed: 15, expected: 15, rising: false });
    expect(report.rising.categories[0]!.category).toBe(RISING);
  });

  it("opens the rising category's tickets a page at a time", async () => {
    const first = await signalTickets(prisma, { view, category: RISING, only: "all" });
    expect(first.total).toBe(36);
    expect(first.items).toHaveLength(20);
    expect(first.nextCursor).not.toBeNull();
    const second = await signalTickets(prisma, { view, category: RISING, only: "all", cursor: first.nextCursor! });
    expect(second.items).toHaveLength(16);
    expect(new Set([...first.items, ...second.items].map((t) => t.id))).toEqual(new Set(ids.current));
  });
});

describe("friction by page", () => {
  it("groups pages by their first two path segments, ids folded, against each area's own baseline", () => {
    const area = (name: string) => report.friction.areas.find((a) => a.area === name);
    expect(area(`/${slug}/checkout`)).toMatchObject({ tickets: 27, expected: 12, rising: true });
    expect(area(`/${slug}/:id`)).toMatchObject({ tickets: 9, expected: 0 });
    expect(area(`/${slug}/account`)).toMatchObject({ tickets: 15, expected: 15, rising: false, repeatContacts: 3 });
    expect(area(`/${slug}/checkout`)!.examples).toHaveLength(3);
    expect(report.friction.ticketsWithPage).toBe(51);
  });
});

describe("repeat contacts", () => {
  it("counts the customers who came back, by category, with the tickets they came back about", async () => {
    const billing = report.repeats.categories.find((c) => c.category === FLAT)!;
    expect(billing).toMatchObject({ tickets: 15, repeatContacts: 3, rate: 0.2 });
    expect(billing.low).toBeLessThan(0.2);
    expect(billing.high).toBeGreaterThan(0.2);
    expect(billing.examples).toHaveLength(3);
    expect(report.repeats.categories.find((c) => c.category === RISING)).toBeUndefined();
    const page = await signalTickets(prisma, { view, category: FLAT, only: "repeat-contact" });
    expect(page.total).toBe(3);
  });
});

describe("possible new intents", () => {
  it("adds each group's weekly trend, and a failure stays in its own section", async () => {
    expect(report.unsure.ok && report.unsure.topics[0]!.trend.at(-1)).toBe(4);
    const failed = await signalsReport(prisma, view, { unsure: () => Promise.reject(new Error("encoder missing")) });
    expect(failed.unsure).toEqual({ ok: false, message: "encoder missing" });
    expect(failed.rising.categories.find((c) => c.category === RISING)!.rising).toBe(true);
  });
});

describe("exports", () => {
  it("writes every signal as CSV and Markdown", () => {
    const csv = signalsCsv(report);
    expect(csv.split("\r\n")[0]).toBe("signal,name,tickets,expected,repeat contacts,escalated,rate,flagged,how likely chance,examples");
    expect(csv).toContain(`rising category,${RISING},36,12,,,,yes,very unlikely to be chance,`);
    const md = signalsMarkdown(report);
    expect(md).toContain(`- **${RISING}**: 36 tickets, 12 expected, very unlikely to be chance.`);
    expect(md).toContain(`- **${FLAT}**: 3 of 15 tickets (20%`);
  });
});

describe("shared links", () => {
  it("shows the same signals signed out without ticket ids, until revoked", async () => {
    const share = await createSignalShare(prisma, view, `${tag}@test.local`);
    expect(share.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(share.expiresAt.getTime() - share.createdAt.getTime()).toBe(30 * 86_400_000);
    expect((await activeSignalShares(prisma)).map((s) => s.token)).toContain(share.token);

    const shared = await createCaller(anonymousContext(new Headers(), webPorts())).signals.shared({ token: share.token });
    const rising = shared.report.rising.categories.find((c) => c.category === RISING)!;
    expect(rising.rising).toBe(true);
    expect(rising.examples.map((e) => e.ticketId)).toEqual([null, null, null]);
    expect(rising.examples[0]!.subject).toContain(RISING);

    await revokeSignalShare(prisma, share.token);
    await expect(resolveSignalShare(prisma, share.token)).rejects.toThrow(/expired or was revoked/);
    expect(await trpcCodeOf(createCaller(anonymousContext(new Headers(), webPorts())).signals.shared({ token: share.token }))).toBe("NOT_FOUND");
    expect((await activeSignalShares(prisma)).map((s) => s.token)).not.toContain(share.token);
  });

  it("stops working after 30 days", async () => {
    const made = new Date("2026-01-01T00:00:00.000Z");
    const share = await createSignalShare(prisma, view, `${tag}@test.local`, made);
    await expect(sharedSignals(prisma, share.token, new Date("2026-01-30T23:00:00.000Z"))).resolves.toBeDefined();
    await expect(resolveSignalShare(prisma, share.token, new Date("2026-01-31T00:00:00.000Z"))).rejects.toThrow(/expired/);
    await expect(resolveSignalShare(prisma, "no-such-token")).rejects.toThrow(/expired or was revoked/);
  });

  it("lets managers read and share, and refuses agents", async () => {
    expect(await trpcCodeOf(createCaller(contextAs("agent")).signals.report(view))).toBe("FORBIDDEN");
    expect(await trpcCodeOf(createCaller(contextAs("agent")).signals.share(view))).toBe("FORBIDDEN");
    const manager = createCaller(contextAs("manager", `${tag}@test.local`));
    const share = await manager.signals.share(view);
    await manager.signals.revokeShare({ token: share.token });
    expect(await trpcCodeOf(manager.signals.revokeShare({ token: "no-such-token" }))).toBe("NOT_FOUND");
  });
});

describe("Slack", () => {
  let slack: Awaited<ReturnType<typeof slackStandIn>>;

  beforeAll(async () => {
    slack = await slackStandIn();
    // Only this file's message reaches the stand-in.
    await prisma.outboxMessage.deleteMany({ where: { kind: "notify" } });
  });

  afterAll(() => slack.close());

  it("posts what stands out through the notifier, without ticket ids", async () => {
    const { notifier, outbox } = slackOutbox(prisma, slack.url);
    const result = await sendSignalsToSlack(prisma, notifier, view, { unsure: fakeTopics([]) });
    expect(result).toEqual({ delivered: "slack" });
    await outbox.drain();
    expect(slack.texts).toHaveLength(1);
    const text = slack.texts[0]!;
    expect(text).toMatch(/^signals: # Business signals, 2020-06-08 to 2020-06-14/);
    expect(text).toContain(`**${RISING}**: 36 tickets, 12 expected`);
    expect(text).toContain(`**/${slug}/checkout**`);
    for (const id of ids.current!) expect(text).not.toContain(id);
  });
});
