import { describe, expect, it } from "vitest";
import { filterRows, nextSort, pageWindow, showingSentence, sortRows, tableView } from "./table-view";

interface Row {
  name: string;
  tickets: number;
  csat: number | null;
}

const rows: Row[] = Array.from({ length: 134 }, (_, i) => ({ name: `category_${i + 1}`, tickets: (i * 37) % 101, csat: i % 5 === 0 ? null : (i % 9) / 2 }));
const NOUN = { one: "category", many: "categories" };

describe("pageWindow", () => {
  it("cuts 134 rows into pages of 25", () => {
    expect(pageWindow(134, 0, 25)).toEqual({ pageIndex: 0, pageCount: 6, from: 1, to: 25 });
    expect(pageWindow(134, 5, 25)).toEqual({ pageIndex: 5, pageCount: 6, from: 126, to: 134 });
  });

  it("falls back to the last page when a search leaves fewer pages", () => {
    expect(pageWindow(30, 4, 25)).toEqual({ pageIndex: 1, pageCount: 2, from: 26, to: 30 });
  });

  it("shows nothing, on one page, when nothing matches", () => {
    expect(pageWindow(0, 3, 25)).toEqual({ pageIndex: 0, pageCount: 1, from: 0, to: 0 });
  });
});

describe("sortRows", () => {
  it("puts rows without a value last in both directions", () => {
    const data = [{ v: 2 }, { v: null }, { v: 5 }, { v: 1 }];
    expect(sortRows(data, (r) => r.v, false).map((r) => r.v)).toEqual([1, 2, 5, null]);
    expect(sortRows(data, (r) => r.v, true).map((r) => r.v)).toEqual([5, 2, 1, null]);
  });

  it("orders text naturally and ignores case", () => {
    const data = ["tier 10", "Tier 2", "tier 1"].map((v) => ({ v }));
    expect(sortRows(data, (r) => r.v, false).map((r) => r.v)).toEqual(["tier 1", "Tier 2", "tier 10"]);
  });

  it("keeps the original order of ties", () => {
    const data = [{ k: "a", v: 1 }, { k: "b", v: 1 }, { k: "c", v: 0 }];
    expect(sortRows(data, (r) => r.v, true).map((r) => r.k)).toEqual(["a", "b", "c"]);
  });
});

describe("filterRows", () => {
  it("needs every word, in any case", () => {
    const data = ["card_arrival", "card_payment_fee_charged", "Refund_not_showing_up"];
    expect(filterRows(data, "CARD fee", (s) => s)).toEqual(["card_payment_fee_charged"]);
    expect(filterRows(data, "refund", (s) => s)).toEqual(["Refund_not_showing_up"]);
    expect(filterRows(data, "   ", (s) => s)).toEqual(data);
  });
});

describe("tableView", () => {
  it("searches, then sorts, then pages", () => {
    const view = tableView({
      rows,
      query: "category_1",
      searchText: (r) => r.name,
      sort: { columnId: "tickets", desc: true },
      sortValue: (r, id) => (id === "tickets" ? r.tickets : r.csat),
      pageIndex: 0,
      pageSize: 25,
    });
    // category_1, category_10..19, category_100..134
    expect(view.matching).toBe(1 + 10 + 35);
    expect(view.total).toBe(134);
    expect(view.pageRows).toHaveLength(25);
    expect(view.pageRows.every((r) => r.name.startsWith("category_1"))).toBe(true);
    const tickets = view.pageRows.map((r) => r.tickets);
    expect(tickets).toEqual([...tickets].sort((a, b) => b - a));
    expect(showingSentence(view, "category_1", NOUN)).toBe("Showing 1–25 of 46 categories matching “category_1” (134 in all)");
  });

  it("says how many are shown of all", () => {
    const view = tableView({ rows, query: "", sort: null, pageIndex: 1, pageSize: 25 });
    expect(view.pageRows[0]!.name).toBe("category_26");
    expect(showingSentence(view, "", NOUN)).toBe("Showing 26–50 of 134 categories");
    expect(showingSentence(tableView({ rows, query: "zzz", searchText: (r) => r.name, sort: null, pageIndex: 0, pageSize: 25 }), "zzz", NOUN)).toBe(
      "No category matches “zzz” (134 in all).",
    );
  });
});

describe("nextSort", () => {
  it("starts a new column in its natural direction and flips the same one", () => {
    expect(nextSort({ columnId: "name", desc: false }, "tickets", true)).toEqual({ columnId: "tickets", desc: true });
    expect(nextSort({ columnId: "tickets", desc: true }, "tickets", true)).toEqual({ columnId: "tickets", desc: false });
  });
});
