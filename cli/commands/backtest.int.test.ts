import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../server/db";
import { dbTicketSource } from "../../server/services/backtests/sources/db-source";
import { selectTicketIds } from "../../server/services/backtests/sources/select-tickets";
import { ensureQueues, flowWithTwoVersions, importScoped, routingGraphs, scopedFacts, scopedTicket } from "../../server/services/backtests/backtest-test-kit";
import { uniqueId } from "../../tests/integration/helpers";
import { studio } from "../run-studio";

/*
 * `studio backtest` as a person runs it, against the test database (the child process inherits DATABASE_URL).
 * The flows are server/services/backtests/fixtures/*.json:
 *
 * A:  trigger ─▶ is-enterprise ─true─▶ to-enterprise ─▶ end        B:  trigger ─▶ is-chat ─true─▶ to-technical ─▶ end
 *                           └false─▶ to-general ─▶ end                                  └false─▶ (A's rules)
 *
 * Over 30 tickets of which 10 are chats, handled as A routes them: B changes exactly the 10 chats.
 */
const prisma = getPrisma();
const source = uniqueId("cli-backtest");
const { aPath, bPath } = routingGraphs();
let ticketFile: string;
let flow: { flowId: string; a: string; b: string };

describe("studio backtest", () => {
  beforeAll(async () => {
    await ensureQueues(prisma, ["enterprise", "general", "technical"]);
    await importScoped(prisma, source, scopedFacts(30).map(scopedTicket));
    flow = await flowWithTwoVersions(prisma, uniqueId("CLI backtest"));
    // The same history as an NDJSON file of HistoricalTickets, one a line, as an export for --tickets.
    const ids = await selectTicketIds(prisma, { sources: [source], seed: 1 });
    const lines: string[] = [];
    for await (const t of dbTicketSource(prisma, ids)) lines.push(JSON.stringify(t));
    ticketFile = path.join(mkdtempSync(path.join(os.tmpdir(), "cli-backtest-")), "tickets.ndjson");
    writeFileSync(ticketFile, `${lines.join("\n")}\n`);
  }, 60_000);

  it("compares two graph files over a ticket file: metrics, deltas and the changed tickets as JSON, progress on stderr", async () => {
    const run = await studio("backtest", "--flow", bPath, "--vs", aPath, "--tickets", ticketFile, "--json");
    expect(run.stderr).toMatch(/Backtesting \[#+\] 100%.*30 tickets, 10 changed/);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({
      tickets: 30,
      changedCount: 10,
      candidate: { label: "route-chat-to-technical.json", metrics: { tickets: 30, routing: { compared: 30, correct: 20 } } },
      baseline: { label: "route-by-account.json", kind: "version", metrics: { tickets: 30, routing: { compared: 30, correct: 30 } } },
    });
    expect(report.changed).toHaveLength(10);
    // Every changed ticket is in one reason: the chat tickets now go to technical, parting at the new condition.
    const reasons = report.reasons as Array<{ divergenceNodeId: string; divergenceNode: string; change: string; count: number; example: string }>;
    expect(reasons.reduce((sum, r) => sum + r.count, 0)).toBe(10);
    for (const r of reasons) expect(r).toMatchObject({ divergenceNodeId: "is-chat", divergenceNode: "Chat?", change: expect.stringMatching(/^Queue: \w+ → technical$/), example: expect.stringContaining("“Chat?”") });
    expect(report.deltas.find((d: { key: string }) => d.key === "routingAccuracy")).toMatchObject({ candidate: 20 / 30, baseline: 1 });
  }, 120_000);

  it("without --vs compares with the history as it happened", async () => {
    const same = await studio("backtest", "--flow", aPath, "--tickets", ticketFile, "--json");
    expect(same.code).toBe(0);
    expect(JSON.parse(same.stdout)).toMatchObject({ changedCount: 0, baseline: { label: "History as it happened", kind: "history" } });
    const changed = await studio("backtest", "--flow", bPath, "--tickets", ticketFile, "--json");
    expect(JSON.parse(changed.stdout)).toMatchObject({ changedCount: 10 });
  }, 120_000);

  it("takes stored version ids and selects the workspace's tickets", async () => {
    const run = await studio("backtest", "--flow", flow.b, "--vs", flow.a, "--sources", source, "--json");
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ tickets: 30, changedCount: 10 });
    expect(report.candidate.label).toMatch(/ v2$/);
    expect(report.baseline.label).toMatch(/ v1$/);
    const sampled = await studio("backtest", "--flow", flow.b, "--vs", flow.a, "--sources", source, "--categories", "billing", "--json");
    // Billing is every odd ticket; the chats among them are t3, t9, t15, t21, t27.
    expect(JSON.parse(sampled.stdout)).toMatchObject({ tickets: 15, changedCount: 5 });
  }, 120_000);

  it("says what is wrong with its arguments and exits 2", async () => {
    const unknown = await studio("backtest", "--flow", "no-such-version", "--tickets", ticketFile);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("no-such-version is neither a graph file nor the id of a flow version");
    const both = await studio("backtest", "--flow", aPath, "--tickets", ticketFile, "--from", "2026-01-01");
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("--tickets replays a file");
  }, 120_000);
});
