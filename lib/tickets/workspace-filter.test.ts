import { describe, expect, it } from "vitest";
import { filterFromSearch, searchOfFilter } from "./workspace-filter";

describe("the workspace filter in the URL", () => {
  it("defaults to every live ticket and writes nothing for it", () => {
    const filter = filterFromSearch(new URLSearchParams(""));
    expect(filter).toEqual({ view: "all", origin: "live" });
    expect(searchOfFilter(filter)).toBe("");
  });

  it("reads back what it wrote", () => {
    const search = "?view=escalated&q=refund&status=open&tier=2&queue=billing&channel=chat&customer=ada&origin=all";
    const filter = filterFromSearch(new URLSearchParams(search));
    expect(filter).toMatchObject({ view: "escalated", q: "refund", status: "open", tier: 2, queue: "billing", channel: "chat", customer: "ada", origin: "all" });
    expect(searchOfFilter(filter)).toBe(search);
  });

  it("drops a value that does not parse and keeps the rest", () => {
    const filter = filterFromSearch({ view: "nonsense", status: "lost", tier: "9", intent: ["refund", "other"] });
    expect(filter).toEqual({ view: "all", origin: "live", intent: "refund" });
  });
});
