import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import { createAiProvider } from "../ai/create-ai-provider";
import { uniqueId } from "../../../tests/integration/helpers";
import { ensureQueues, flowWithTwoVersions, importScoped, scopedFacts, scopedTicket } from "./backtest-test-kit";
import { changedTicketsCsv } from "./changed-tickets-csv";
import { startBacktest } from "./start-backtest";
import { backtestPorts } from "../../../tests/backtest-ports";

/*
 * Version A (v1):  trigger ─▶ is-enterprise ─true─▶ to-enterprise ─▶ end
 *                                         └false─▶ to-general ─▶ end
 * Version B (v2):  trigger ─▶ is-chat ─true─▶ to-technical ─▶ end
 *                                  └false─▶ is-enterprise ─...
 * 30 tickets, every third on chat: B changes exactly those 10, to "technical".
 */
const prisma = getPrisma();
const source = uniqueId("backtest-csv");
const facts = scopedFacts(30);
let runId: string;

async function csvOf(pageSize?: number): Promise<string> {
  let out = "";
  for await (const line of changedTicketsCsv(prisma, runId, pageSize === undefined ? {} : { pageSize })) out += line;
  return out;
}

describe("the changed tickets as CSV", () => {
  beforeAll(async () => {
    await ensureQueues(prisma, ["enterprise", "general", "technical"]);
    await importScoped(prisma, source, facts.map(scopedTicket));
    const flow = await flowWithTwoVersions(prisma, uniqueId("Backtest CSV"));
    const run = await startBacktest(
      backtestPorts(prisma, createAiProvider(prisma, "keyword")),
      { flowId: flow.flowId, candidate: { kind: "version", versionId: flow.b }, baseline: { kind: "version", versionId: flow.a }, selection: { sources: [source], seed: 1 }, runner: "in-process" },
      "ops@example.com",
      { wait: true },
    );
    runId = run.id;
  }, 60_000);

  it("has a header and one line per changed ticket, oldest first, the same read in pages of 3 as in one", async () => {
    const csv = await csvOf();
    const lines = csv.split("\r\n").filter((l) => l.length > 0);
    expect(lines[0]).toBe(
      "ticket_id,created_at,subject,category,baseline_outcome,candidate_outcome,baseline_queue,candidate_queue,baseline_tier,candidate_tier,baseline_escalation_reason,candidate_escalation_reason,baseline_ai_reply,candidate_ai_reply,baseline_intent,candidate_intent,candidate_intent_confidence,parted_at_node,explanation,what_changed",
    );
    const rows = lines.slice(1).map((l) => l.split(","));
    const chatSubjects = facts.map((f, i) => [f, i] as const).filter(([f]) => f.channel === "chat").map(([, i]) => `Card question ${i}`);
    expect(rows.map((r) => r[2])).toEqual(chatSubjects);
    expect(rows.every((r) => r[6] !== "technical" && r[7] === "technical" && r[4] === "routed" && r[5] === "routed" && r[17] === "Chat?")).toBe(true);
    expect(rows.map((r) => r[1])).toEqual([...rows.map((r) => r[1]!)].sort());
    expect(await csvOf(3)).toBe(csv);
  });
});
