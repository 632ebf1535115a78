import { describe, expect, it } from "vitest";
import { isoWeek, weekDays, weekStart } from "./weeks";

describe("ISO weeks", () => {
  it("starts weeks on Monday", () => {
    expect(weekStart("2026-12-07")).toBe("2026-12-07");
    expect(weekStart("2026-12-13")).toBe("2026-12-07");
    expect(weekStart("2026-12-14")).toBe("2026-12-14");
  });

  it("labels weeks by the year of their Thursday", () => {
    expect(isoWeek("2026-12-07")).toBe("2026-W50");
    expect(isoWeek("2021-01-01")).toBe("2020-W53");
    expect(isoWeek("2024-12-30")).toBe("2025-W01");
  });

  it("turns a label back into its days and refuses what is not a week", () => {
    expect(weekDays("2026-W50")).toEqual({ from: "2026-12-07", to: "2026-12-13" });
    expect(weekDays("2020-W53")).toEqual({ from: "2020-12-28", to: "2021-01-03" });
    expect(weekDays("2026-W53")).toEqual({ from: "2026-12-28", to: "2027-01-03" });
    expect(weekDays("2025-W53")).toBeNull();
    expect(weekDays("shadow")).toBeNull();
  });
});
