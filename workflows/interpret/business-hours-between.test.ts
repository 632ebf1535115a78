import { describe, expect, it } from "vitest";
import type { TWorkspaceCalendar } from "../model/calendar";
import type { FlowPlan } from "../model/plan";
import { addBusinessTime, businessMsBetween } from "./business-hours";
import { businessCalendarOf } from "./business-hours-calendar";

const HOUR = 3_600_000;
const plan: FlowPlan = { planVersion: 2, entry: {}, nodes: {} };
const weekdays = [1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "17:00" }));
const calendar = (timeZone: string, extra: Partial<TWorkspaceCalendar> = {}) => businessCalendarOf(plan, { timeZone, hours: weekdays, holidays: [], ...extra });
const between = (from: string, to: string, cal = calendar("UTC")) => businessMsBetween(Date.parse(from), Date.parse(to), cal) / HOUR;

// 2026-12-04 is a Friday; 2026-12-07 the Monday after.
describe("businessMsBetween", () => {
  it("counts Friday 16:00 to Monday 10:00 as two business hours", () => {
    expect(between("2026-12-04T16:00:00.000Z", "2026-12-07T10:00:00.000Z")).toBe(2);
  });

  it("counts nothing for a span wholly outside open hours, and nothing for an end before the start", () => {
    expect(between("2026-12-05T10:00:00.000Z", "2026-12-06T15:00:00.000Z")).toBe(0);
    expect(between("2026-12-07T12:00:00.000Z", "2026-12-07T10:00:00.000Z")).toBe(0);
  });

  it("leaves out holidays and counts in the workspace's zone", () => {
    const cal = calendar("Europe/Paris", { holidays: [{ date: "2026-12-07", name: "Closed" }] });
    // Friday 15:00 UTC is 16:00 in Paris: one hour on Friday, Monday closed, Tuesday 09:00 to 10:00 Paris.
    expect(between("2026-12-04T15:00:00.000Z", "2026-12-08T09:00:00.000Z", cal)).toBe(2);
  });

  it("is the inverse of addBusinessTime from an open instant", () => {
    const cal = calendar("America/New_York");
    const start = Date.parse("2026-03-06T15:30:00.000Z");
    for (const hours of [1, 7.5, 20, 41]) {
      const end = addBusinessTime(start, hours * HOUR, cal);
      expect(end).not.toBeNull();
      expect(businessMsBetween(start, end as number, cal)).toBe(hours * HOUR);
    }
  });
});
