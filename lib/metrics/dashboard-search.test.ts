import { describe, expect, it } from "vitest";
import { filtersOfSearch, isNarrowed, paramsOfSearch, rangeDays, searchFromParams } from "./dashboard-search";

const SPAN = { from: "2026-09-01", to: "2026-12-06" };
// A Monday: 2026-12-07.
const TODAY = "2026-12-07";

describe("searchFromParams and paramsOfSearch", () => {
  it("reads every filter from the address and writes it back the same", () => {
    const qs = "?range=custom&from=2026-10-01&to=2026-10-31&origin=live&category=billing&tier=1&channel=email&queue=q1&flow=f1&version=v1&connection=c1&impact=v2";
    const search = searchFromParams(new URLSearchParams(qs));
    expect(search).toEqual({
      range: "custom",
      from: "2026-10-01",
      to: "2026-10-31",
      origin: "live",
      category: "billing",
      tier: 1,
      channel: "email",
      queue: "q1",
      flow: "f1",
      version: "v1",
      connection: "c1",
      impact: "v2",
    });
    expect(paramsOfSearch(search)).toBe(qs);
  });

  it("leaves the defaults out, so the plain dashboard's address has no query", () => {
    expect(paramsOfSearch(searchFromParams({}))).toBe("");
    expect(paramsOfSearch(searchFromParams({ range: "12w", origin: "all" }))).toBe("");
  });

  it("drops what does not parse, so a stale link still opens", () => {
    const search = searchFromParams({ range: "9y", tier: "many", origin: "sideways", category: "refunds" });
    expect(search).toEqual({ range: "12w", origin: "all", category: "refunds" });
  });

  it("falls back to the default range when custom dates are missing, and ignores days on a preset", () => {
    expect(searchFromParams({ range: "custom", from: "2026-10-01" }).range).toBe("12w");
    expect(searchFromParams({ range: "4w", from: "2026-10-01", to: "2026-10-02" })).toEqual({ range: "4w", origin: "all" });
  });
});

describe("rangeDays", () => {
  it("counts the last N weeks from Monday, this week included", () => {
    expect(rangeDays({ range: "4w", origin: "all" }, TODAY, SPAN)).toEqual({ from: "2026-11-16", to: TODAY });
    expect(rangeDays({ range: "12w", origin: "all" }, "2026-12-09", SPAN)).toEqual({ from: "2026-09-21", to: "2026-12-09" });
  });

  it("covers every day with tickets for all time, and today when there are none", () => {
    expect(rangeDays({ range: "all", origin: "all" }, TODAY, SPAN)).toEqual({ from: "2026-09-01", to: TODAY });
    expect(rangeDays({ range: "all", origin: "all" }, TODAY, { from: null, to: null })).toEqual({ from: TODAY, to: TODAY });
  });

  it("puts custom days in order", () => {
    expect(rangeDays({ range: "custom", from: "2026-10-31", to: "2026-10-01", origin: "all" }, TODAY, SPAN)).toEqual({ from: "2026-10-01", to: "2026-10-31" });
  });
});

describe("filtersOfSearch", () => {
  it("maps the address's short names to the metrics API's filters", () => {
    const search = searchFromParams({ range: "4w", origin: "imported", queue: "q1", flow: "f1", version: "v1", connection: "c1", tier: "0" });
    expect(filtersOfSearch(search, TODAY, SPAN)).toEqual({ from: "2026-11-16", to: TODAY, origin: "imported", queueId: "q1", flowId: "f1", versionId: "v1", connectionId: "c1", tier: 0 });
    expect(isNarrowed(search)).toBe(true);
    expect(isNarrowed(searchFromParams({ range: "4w", origin: "live", impact: "v1" }))).toBe(false);
  });
});
