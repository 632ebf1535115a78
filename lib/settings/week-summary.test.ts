import { describe, expect, it } from "vitest";
import { weekSummary } from "./week-summary";

const day = (d: number, start = "09:00", end = "17:00") => ({ day: d, start, end });

describe("weekSummary", () => {
  it("joins days in a row with the same hours, Monday first", () => {
    expect(weekSummary([1, 2, 3, 4, 5].map((d) => day(d)))).toBe("Mon–Fri 09:00–17:00");
    expect(weekSummary([day(0, "10:00", "14:00"), ...[1, 2, 3, 4, 5].map((d) => day(d))])).toBe("Mon–Fri 09:00–17:00, Sun 10:00–14:00");
  });

  it("keeps apart days that a closed day or other hours separate", () => {
    expect(weekSummary([day(1), day(3)])).toBe("Mon 09:00–17:00, Wed 09:00–17:00");
    expect(weekSummary([day(1), day(2, "08:00", "16:00")])).toBe("Mon 09:00–17:00, Tue 08:00–16:00");
  });

  it("says so when no day is open", () => {
    expect(weekSummary([])).toBe("Closed every day");
  });
});
