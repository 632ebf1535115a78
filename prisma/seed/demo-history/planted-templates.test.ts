import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import type { TImportTicket } from "../../../lib/history-import/import-record";
import { generateDemoHistory, type DemoHistory } from "./generate-demo-history";
import { BANKING77_FILE, BITEXT_FILE, CLINC150_FILE, hasDemoData } from "./load-texts";
import { prng } from "./random";
import { jaccard, SHARED_DATA, shingles } from "./test-support";

const now = new Date("2026-11-28T09:00:00Z");
const agentReplies = (t: TImportTicket) => t.messages.filter((m) => m.author === "agent" && !m.internal);

describe.skipIf(!hasDemoData(SHARED_DATA))("the demo history's texts and planted templates", () => {
  let history: DemoHistory;
  let tickets: TImportTicket[];
  /** Each agent reply's shingles and which template (by index into `planted`) it is a use of, if any. */
  let replies: { ticket: TImportTicket; first: boolean; body: string; template: number }[];
  beforeAll(() => {
    history = generateDemoHistory({ dataDir: SHARED_DATA, now });
    tickets = [...history.tickets];
    const canonicals = history.planted.map((p) => shingles(p.template));
    replies = tickets.flatMap((t) =>
      agentReplies(t).map((m, i) => {
        const s = shingles(m.body);
        return { ticket: t, first: i === 0, body: m.body, template: canonicals.findIndex((c) => jaccard(s, c) >= 0.6) };
      }),
    );
  }, 60_000);

  it("plants 6 to 10 templates over categories of several datasets, and reports exactly how many replies use each", () => {
    const { planted } = history;
    expect(planted.length).toBeGreaterThanOrEqual(6);
    expect(planted.length).toBeLessThanOrEqual(10);
    const datasetOf = new Map(tickets.map((t) => [t.category!, t.customFields.dataset]));
    expect(new Set(planted.flatMap((p) => p.categories.map((c) => datasetOf.get(c))))).toEqual(new Set(["banking77", "bitext", "clinc150"]));
    expect(planted.some((p) => p.categories.length === 2)).toBe(true);
    expect(new Set(planted.map((p) => p.tickets)).size).toBe(planted.length); // different volumes

    planted.forEach((p, index) => {
      const matches = replies.filter((r) => r.template === index);
      expect(matches.length, p.id).toBe(p.tickets);
      expect(matches.every((r) => r.first && p.categories.includes(r.ticket.category!)), p.id).toBe(true);
      const answered = tickets.filter((t) => p.categories.includes(t.category!) && t.firstResponseAt);
      const firstUses = matches.length;
      expect(firstUses / answered.length, p.id).toBeGreaterThan(0.65);
      expect(firstUses / answered.length, p.id).toBeLessThan(0.93);
    });
  });

  it("varies a template only a little: any two uses are near-duplicates", () => {
    const rand = prng(1);
    history.planted.forEach((p, index) => {
      const uses = replies.filter((r) => r.template === index).map((r) => r.body);
      expect(new Set(uses).size, p.id).toBeGreaterThan(uses.length / 2); // names and references differ...
      for (let i = 0; i < 50; i++) {
        const a = uses[Math.floor(rand() * uses.length)]!;
        const b = uses[Math.floor(rand() * uses.length)]!;
        expect(jaccard(shingles(a), shingles(b)), p.id).toBeGreaterThanOrEqual(0.6); // ...and little else
      }
    });
  });

  it("escalates some templated tickets that a template reply then resolved", () => {
    const found = replies.filter((r) => {
      const t = r.ticket;
      const note = t.messages.find((m) => m.internal);
      return r.template >= 0 && t.escalated && t.resolvedAt && note && note.createdAt < t.firstResponseAt!;
    });
    expect(found.length).toBeGreaterThan(10);
  });

  it("uses the datasets' real customer texts verbatim, and Bitext's own answers", () => {
    const raw = [BANKING77_FILE, BITEXT_FILE, CLINC150_FILE].map((f) => fs.readFileSync(path.join(SHARED_DATA, f), "utf8")).join("\n");
    const rand = prng(2);
    for (let i = 0; i < 300; i++) {
      const body = tickets[Math.floor(rand() * tickets.length)]!.body;
      const asCsv = body.replace(/"/g, '""');
      const asJson = JSON.stringify(body).slice(1, -1);
      expect(raw.includes(body) || raw.includes(asCsv) || raw.includes(asJson), body).toBe(true);
    }
    const bitext = parse(fs.readFileSync(path.join(SHARED_DATA, BITEXT_FILE), "utf8"), { columns: true }) as Record<string, string>[];
    // The opening words of Bitext's answers, up to their first placeholder.
    const openings = new Set(bitext.map((r) => r.response!.split("{{")[0]!.slice(0, 40)).filter((o) => o.length === 40));
    const bitextReplies = tickets.filter((t) => t.customFields.dataset === "bitext" && agentReplies(t).length > 0 && openings.has(agentReplies(t)[0]!.body.slice(0, 40)));
    expect(bitextReplies.length).toBeGreaterThan(2000);
    expect(tickets.flatMap(agentReplies).every((m) => !m.body.includes("{{"))).toBe(true);
  });
});
