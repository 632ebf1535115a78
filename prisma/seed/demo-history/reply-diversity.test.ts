import { beforeAll, describe, expect, it } from "vitest";
import type { TImportTicket } from "../../../lib/history-import/import-record";
import { composeFirstReply, composeSecondReply, type ReplyContext } from "./compose-reply";
import { generateDemoHistory, type DemoHistory } from "./generate-demo-history";
import { hasDemoData } from "./load-texts";
import { prng } from "./random";
import { jaccard, SHARED_DATA, shingles } from "./test-support";

describe("composed agent replies", () => {
  it("share few 5-word shingles even for the same category, customer and agent", () => {
    const rand = prng(3);
    const ctx: ReplyContext = { first: "Ava", topic: "card arrival", quote: "my card has not arrived yet", day: "Monday", agent: "Luis Romero", team: "cards", queue: "cards" };
    const replies = Array.from({ length: 400 }, (_, i) => shingles(i % 2 ? composeFirstReply(rand, ctx) : composeSecondReply(rand, ctx)));
    let sum = 0;
    let max = 0;
    for (let i = 0; i < 2000; i++) {
      const a = replies[Math.floor(rand() * replies.length)]!;
      const b = replies[Math.floor(rand() * replies.length)]!;
      if (a === b) continue;
      const j = jaccard(a, b);
      sum += j;
      max = Math.max(max, j);
    }
    expect(sum / 2000).toBeLessThan(0.1);
    expect(max).toBeLessThan(0.6);
  });
});

describe.skipIf(!hasDemoData(SHARED_DATA))("the demo history's agent replies outside the planted templates", () => {
  let history: DemoHistory;
  let tickets: TImportTicket[];
  beforeAll(() => {
    history = generateDemoHistory({ dataDir: SHARED_DATA, now: new Date("2026-11-28T09:00:00Z") });
    tickets = [...history.tickets];
  }, 60_000);

  it("are not near-duplicates of each other, even within one category", () => {
    const canonicals = history.planted.map((p) => shingles(p.template));
    const byCategory = new Map<string, Set<string>[]>();
    for (const t of tickets) {
      for (const m of t.messages) {
        if (m.author !== "agent" || m.internal) continue;
        const s = shingles(m.body);
        if (canonicals.some((c) => jaccard(s, c) >= 0.6)) continue;
        byCategory.set(t.category!, [...(byCategory.get(t.category!) ?? []), s]);
      }
    }
    const groups = [...byCategory.values()];
    const rand = prng(4);
    let near = 0;
    let sum = 0;
    const pairs = 20_000;
    for (let i = 0; i < pairs; i++) {
      const group = groups[Math.floor(rand() * groups.length)]!;
      const a = group[Math.floor(rand() * group.length)]!;
      const b = group[Math.floor(rand() * group.length)]!;
      if (a === b) continue;
      const j = jaccard(a, b);
      sum += j;
      if (j >= 0.6) near++;
    }
    // Bitext's own answers to one intent are sometimes close to each other; the generator adds no more than that.
    expect(near).toBeLessThanOrEqual(2);
    expect(sum / pairs).toBeLessThan(0.08);
  });
});
