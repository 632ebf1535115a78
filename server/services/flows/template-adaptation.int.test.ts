import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedWorkspace } from "../../../prisma/seed/seed-workspace";
import { toImportItem } from "../../../lib/history-import/import-record";
import { getPrisma } from "../../db";
import { findExample } from "../../../workflows/examples";
import { intentLabelsIn, unknownIntentLabels } from "../../../workflows/lint/unknown-intent-labels";
import type { TFlowGraph } from "../../../workflows/model/graph";
import { uniqueId } from "../../../tests/integration/helpers";
import { importTickets } from "../history-import/import-tickets";
import { workspaceIntentLabels } from "../intent-models/intent-labels";
import { createModelVersion, trainModelVersion } from "../intent-models/train-and-store";
import { compileForWorkspace } from "./compile-for-workspace";
import { createFlow } from "./create-flow";
import { draftOf, uniqueName } from "./flow-test-kit";
import { listTemplates } from "./list-templates";

/**
 * Templates created in a workspace shaped like the demo: the seeded queues, and a labelled history whose
 * categories were handled by those queues. The database is shared with other test files (which may have
 * loaded the whole demo history), so the exact cases are checked on this file's own tickets (`sources`),
 * and the workspace as a whole only for what must hold whatever else is in it: no errors, no warnings.
 *
 * category            queue (tickets)                  what the keyword baseline answers
 * card_declined       cards 9 · escalations 1 (×3)     card_issue
 * track_order         orders 8 (×3)                    general (its catch-all)
 * card_arrival        cards 6 (×3)                     card_issue
 * request_refund      disputes 5 (×3)                  refund
 * transfer_timing     transfers 4 (×3)                 transfer
 * passcode_forgotten  account-security 3 (×3)          password_reset
 * compromised_card    account-security 2 (×3)          fraud
 * create_account      general 2 (×3)                   general
 */
const prisma = getPrisma();
const source = uniqueId("template-vocab");
const mine = { sources: [source] };

const HISTORY: Array<[category: string, queue: string, count: number, texts: string[]]> = [
  ["card_declined", "cards", 9, ["My card was declined at the shop", "Why was my card declined today", "The payment with my card got declined"]],
  ["card_declined", "escalations", 1, ["My card keeps getting declined everywhere"]],
  ["track_order", "orders", 8, ["Where is my order, it still has not shipped", "Can you tell me where my parcel is", "Has my order been dispatched yet"]],
  ["card_arrival", "cards", 6, ["When will my new card arrive", "My card has still not arrived in the post", "How long until my card arrives"]],
  ["request_refund", "disputes", 5, ["I want a refund for this purchase", "Please refund the money for my order", "How do I get a refund"]],
  ["transfer_timing", "transfers", 4, ["How long does a transfer take", "When will my transfer reach the other bank", "Is a transfer to Spain instant"]],
  ["passcode_forgotten", "account-security", 3, ["I forgot my passcode", "I cannot remember my passcode", "What do I do with a forgotten passcode"]],
  ["compromised_card", "account-security", 2, ["This is fraud, my details were compromised", "I think my account was hacked, fraud"]],
  ["create_account", "general", 2, ["How do I open an account with you", "Can I sign up as a new customer"]],
];

async function importHistory(): Promise<void> {
  const tickets = HISTORY.flatMap(([category, queue, count, texts], h) =>
    Array.from({ length: count * 3 }, (_, i) => ({
      externalId: `${category}-${queue}-${i}`,
      subject: texts[i % texts.length]!,
      body: `${texts[(i + 1) % texts.length]!} (ref ${h}-${i})`,
      createdAt: new Date(Date.UTC(2026, 0, 5, h, i)).toISOString(),
      category,
      queue,
      customer: { externalId: `customer-${h}-${i}` },
    })),
  );
  const result = await importTickets(prisma, tickets.map((t, i) => toImportItem({ record: i + 1 }, t)), { source });
  expect(result.rejected).toBe(0);
}

const switchCases = (g: TFlowGraph, id: string) => {
  const sw = g.nodes.find((n) => n.id === id);
  if (sw?.type !== "switch") throw new Error(`${id} is not a switch in ${JSON.stringify(g.nodes.map((n) => n.id))}`);
  return sw.data.cases.map((c) => {
    const target = g.edges.find((e) => e.source === id && e.sourceHandle === c.id)?.target;
    const route = g.nodes.find((n) => n.id === target);
    return { id: c.id, labels: intentLabelsIn(c.rules), queue: route?.type === "route" ? route.data.queue : target };
  });
};

/** The draft compiles against the workspace and names no label its classifier never gives. */
async function expectClean(flowId: string): Promise<TFlowGraph> {
  const draft = await draftOf(prisma, flowId);
  const compiled = await compileForWorkspace(prisma, draft);
  expect(compiled.ok ? [] : compiled.errors).toEqual([]);
  const { labels } = await workspaceIntentLabels(prisma);
  expect(unknownIntentLabels(draft, new Set(labels))).toEqual([]);
  return draft;
}

beforeAll(async () => {
  await seedWorkspace(prisma, { demoHistory: false });
  await prisma.intentModel.updateMany({ data: { active: false } });
  await importHistory();
});

// The other flow tests expect the keyword baseline: leave no model of this file active.
afterAll(async () => {
  await prisma.intentModel.updateMany({ where: { author: "template-test" }, data: { active: false } });
});

describe("templates in a workspace with the keyword baseline only", () => {
  it("keeps route by intent as written: it already uses the baseline's labels", async () => {
    const flow = await createFlow(prisma, { name: uniqueName("intent-routing"), template: "intent-routing", actor: "ada" }, mine);
    expect(flow).toMatchObject({ adaptedTo: null, notes: [] });
    expect(await expectClean(flow.id)).toEqual(findExample("intent-routing")!.graph);
  });

  it("translates tiered support's categories into the baseline's labels, by the history", async () => {
    const flow = await createFlow(prisma, { name: uniqueName("tiered-support"), template: "tiered-support", actor: "ada" }, mine);
    expect(flow.adaptedTo).toBe("the keyword baseline");
    const draft = await expectClean(flow.id);
    expect(switchCases(draft, "by-tier")).toEqual([
      { id: "tier-3", labels: ["fraud"], queue: "tier-3" },
      { id: "tier-1", labels: ["transfer", "password_reset"], queue: "tier-1" },
    ]);
    expect(switchCases(draft, "by-team")).toEqual([
      { id: "enterprise", labels: [], queue: "enterprise" },
      { id: "cards", labels: ["card_issue"], queue: "cards" },
      { id: "account-security", labels: ["password_reset", "fraud"], queue: "account-security" },
      { id: "disputes", labels: ["refund", "dispute"], queue: "disputes" },
      { id: "transfers", labels: ["transfer"], queue: "transfers" },
      // Labels no ticket here got go to the queue named like them.
      { id: "billing", labels: ["billing"], queue: "billing" },
      { id: "technical", labels: ["technical"], queue: "technical" },
    ]);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { subject: flow.id, action: "flow.create" } });
    expect(audit.details).toMatchObject({ template: "tiered-support", adaptedTo: "the keyword baseline" });
  });

  it("creates both templates clean from the whole workspace's history too", async () => {
    for (const template of ["intent-routing", "tiered-support"]) await expectClean((await createFlow(prisma, { name: uniqueName(template), template, actor: "ada" })).id);
  });
});

describe("templates in a workspace with a trained model", () => {
  let version = 0;
  beforeAll(async () => {
    const row = await createModelVersion(prisma, "template-test");
    const trained = await trainModelVersion(prisma, row.id, mine);
    expect(trained).toMatchObject({ status: "ready", active: true });
    version = trained.version;
  });

  it("routes the model's intents to the teams that handled them, busiest team first", async () => {
    const flow = await createFlow(prisma, { name: uniqueName("intent-routing"), template: "intent-routing", actor: "ada" }, mine);
    expect(flow.adaptedTo).toBe(`intent model v${version}`);
    const draft = await expectClean(flow.id);
    expect(switchCases(draft, "by-intent")).toEqual([
      { id: "cards", labels: ["card_declined", "card_arrival"], queue: "cards" },
      { id: "orders", labels: ["track_order"], queue: "orders" },
      { id: "account-access", labels: ["passcode_forgotten", "compromised_card"], queue: "account-security" },
      { id: "disputes", labels: ["request_refund"], queue: "disputes" },
      { id: "transfers", labels: ["transfer_timing"], queue: "transfers" },
    ]);
    expect(flow.notes).toEqual([
      '"Route by intent" routes 7 intents to 5 teams; the biggest: card_declined → cards, track_order → orders, card_arrival → cards. Anything else goes to general.',
    ]);
  });

  it("keeps the categories the model knows in tiered support's tiers, and routes its teams", async () => {
    const flow = await createFlow(prisma, { name: uniqueName("tiered-support"), template: "tiered-support", actor: "ada" }, mine);
    const draft = await expectClean(flow.id);
    expect(switchCases(draft, "by-tier")).toEqual([
      { id: "tier-3", labels: ["compromised_card"], queue: "tier-3" },
      { id: "tier-1", labels: ["card_arrival", "passcode_forgotten", "transfer_timing"], queue: "tier-1" },
    ]);
    expect(switchCases(draft, "by-team").map((c) => c.queue)).toEqual(["enterprise", "cards", "orders", "account-security", "disputes", "transfers"]);
  });

  it("lists the templates as they will be created, saying what adapting them changed", async () => {
    const templates = await listTemplates(prisma, mine);
    const routing = templates.find((t) => t.slug === "intent-routing")!;
    expect(routing).toMatchObject({ adaptedTo: `intent model v${version}`, nodeCount: 9 });
    expect(routing.notes[0]).toContain("routes 7 intents to 5 teams");
    for (const template of ["intent-routing", "tiered-support"]) await expectClean((await createFlow(prisma, { name: uniqueName(template), template, actor: "ada" })).id);
  });
});
