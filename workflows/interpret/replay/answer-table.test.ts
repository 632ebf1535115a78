import { describe, expect, it } from "vitest";
import { aiRequestOf } from "./ai-request";
import { AnswerTable } from "./answer-table";

describe("AnswerTable", () => {
  it("finds an answer by ticket, activity and input, with texts built separately (equal content, different strings)", () => {
    const table = new AnswerTable();
    const text = ["My card", "has not arrived"].join(" ");
    table.set(aiRequestOf("classifyIntent", { ticketId: "t1", text }), "card_arrival");
    table.set(aiRequestOf("detectSentiment", { ticketId: "t1", text }), "neutral");
    expect(table.get(aiRequestOf("classifyIntent", { ticketId: "t1", text: `My card has not ${"arrived"}` }))).toBe("card_arrival");
    expect(table.get(aiRequestOf("detectSentiment", { ticketId: "t1", text, dryRun: true }))).toBe("neutral");
    // Another ticket, another text, another activity: all misses.
    expect(table.get(aiRequestOf("classifyIntent", { ticketId: "t2", text }))).toBeUndefined();
    expect(table.get(aiRequestOf("classifyIntent", { ticketId: "t1", text: `${text}\nAny news?` }))).toBeUndefined();
    expect(table.get(aiRequestOf("draftReply", { ticketId: "t1", text, intent: null, maxPassages: 3 }))).toBeUndefined();
    expect(table.size).toBe(2);
  });

  it("tells draft requests apart by intent and passage count, and answers the one stored", () => {
    const table = new AnswerTable();
    const draft = (intent: string | null, maxPassages: number) => aiRequestOf("draftReply", { ticketId: "t", text: "x", intent, maxPassages });
    table.set(draft("cards", 3), "a");
    table.set(draft(null, 3), "b");
    table.set(draft("cards", 2), "c");
    expect([table.get(draft("cards", 3)), table.get(draft(null, 3)), table.get(draft("cards", 2)), table.get(draft("fees", 3))]).toEqual(["a", "b", "c", undefined]);
    table.set(draft("cards", 3), "a2");
    expect(table.get(draft("cards", 3))).toBe("a2");
    expect(table.size).toBe(3);
  });

  it("compares an input of another shape (an extra field) deeply, as its request key would", () => {
    const table = new AnswerTable();
    const extra = (locale: unknown) => aiRequestOf("classifyIntent", { ticketId: "t", text: "x", locale } as never);
    table.set(extra({ lang: "en", region: ["GB"] }), "gb");
    expect(table.get(extra({ region: ["GB"], lang: "en" }))).toBe("gb");
    expect(table.get(extra({ lang: "en", region: ["IE"] }))).toBeUndefined();
    expect(table.get(aiRequestOf("classifyIntent", { ticketId: "t", text: "x" }))).toBeUndefined();
    table.set(extra(Number.NaN), "nan");
    expect(table.get(extra(Number.NaN))).toBe("nan");
  });

  it("drops the oldest answer first, ticket by ticket", () => {
    const table = new AnswerTable();
    const classify = (ticketId: string) => aiRequestOf("classifyIntent", { ticketId, text: "x" });
    const sentiment = (ticketId: string) => aiRequestOf("detectSentiment", { ticketId, text: "x" });
    table.set(classify("a"), 1);
    table.set(classify("b"), 2);
    table.set(sentiment("a"), 3);
    table.dropOldest();
    expect([table.get(classify("a")), table.get(sentiment("a")), table.get(classify("b"))]).toEqual([undefined, 3, 2]);
    table.dropOldest();
    expect(table.get(sentiment("a"))).toBeUndefined();
    table.set(classify("a"), 4);
    expect([table.get(classify("a")), table.get(classify("b")), table.size]).toEqual([4, 2, 2]);
  });

  it("finds tickets in the order they were stored and out of it", () => {
    const table = new AnswerTable();
    const classify = (i: number) => aiRequestOf("classifyIntent", { ticketId: `t${i}`, text: "x" });
    for (let i = 0; i < 10; i++) table.set(classify(i), i);
    expect(Array.from({ length: 10 }, (_, i) => table.get(classify(i)))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect([5, 2, 9, 3, 4, 0].map((i) => table.get(classify(i)))).toEqual([5, 2, 9, 3, 4, 0]);
    expect([table.get(classify(10)), table.hasTicket("t10"), table.get(classify(1))]).toEqual([undefined, false, 1]);
  });

  it("after many evictions, forgets the dropped tickets and still finds every other one", () => {
    const table = new AnswerTable();
    const classify = (i: number) => aiRequestOf("classifyIntent", { ticketId: `t${i}`, text: "x" });
    for (let i = 0; i < 3000; i++) table.set(classify(i), i);
    for (let i = 0; i < 2000; i++) table.dropOldest();
    expect(table.size).toBe(1000);
    expect([table.get(classify(0)), table.get(classify(1999)), table.get(classify(2000)), table.get(classify(2999))]).toEqual([undefined, undefined, 2000, 2999]);
    expect(Array.from({ length: 1000 }, (_, k) => table.get(classify(2000 + k))).every((v, k) => v === 2000 + k)).toBe(true);
    // A dropped ticket stored again goes to the back of the line.
    table.set(classify(5), "again");
    table.dropOldest();
    expect([table.get(classify(2000)), table.get(classify(5)), table.size]).toEqual([undefined, "again", 1000]);
  });
});
