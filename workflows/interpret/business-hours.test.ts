import { describe, expect, it } from "vitest";
import type { TWorkspaceCalendar } from "../model/calendar";
import type { FlowPlan } from "../model/plan";
import { addBusinessTime, instantOf, withinBusinessHours } from "./business-hours";
import { businessCalendarOf, dayNumberOf } from "./business-hours-calendar";
import { zoneNamed } from "./business-hours-zone";
import { localTimeText } from "./business-hours-text";

const HOUR = 3_600_000;
const plan: FlowPlan = { planVersion: 2, entry: {}, nodes: {} };
const weekdays = (start = "09:00", end = "17:00") => [1, 2, 3, 4, 5].map((day) => ({ day, start, end }));

function calendar(timeZone: string, extra: Partial<TWorkspaceCalendar> = {}) {
  return businessCalendarOf(plan, { timeZone, hours: weekdays(), holidays: [], ...extra });
}

function add(from: string, hours: number, cal = calendar("UTC")): string {
  const end = addBusinessTime(Date.parse(from), hours * HOUR, cal);
  return end === null ? "never" : new Date(end).toISOString();
}

// 2026-12-04 is a Friday; 2026-12-07 the Monday after.
describe("addBusinessTime", () => {
  it("carries 4 business hours from Friday 16:00 over the weekend to Monday 12:00", () => {
    expect(add("2026-12-04T16:00:00.000Z", 4)).toBe("2026-12-07T12:00:00.000Z");
  });

  it("counts in the workspace's time zone: Friday 16:00 in Paris is Monday 12:00 in Paris (11:00 UTC in winter)", () => {
    expect(add("2026-12-04T15:00:00.000Z", 4, calendar("Europe/Paris"))).toBe("2026-12-07T11:00:00.000Z");
  });

  it("skips a holiday: with Monday closed the same SLA ends on Tuesday 12:00", () => {
    const cal = calendar("UTC", { holidays: [{ date: "2026-12-07", name: "Company day off" }] });
    expect(add("2026-12-04T16:00:00.000Z", 4, cal)).toBe("2026-12-08T12:00:00.000Z");
  });

  it("starts counting at the next opening when the ticket arrives outside hours", () => {
    expect(add("2026-12-05T10:00:00.000Z", 4)).toBe("2026-12-07T13:00:00.000Z"); // Saturday
    expect(add("2026-12-07T07:00:00.000Z", 1)).toBe("2026-12-07T10:00:00.000Z"); // Monday before opening
    expect(add("2026-12-07T18:00:00.000Z", 1)).toBe("2026-12-08T10:00:00.000Z"); // Monday after closing
  });

  it("ends exactly at closing time rather than on the next morning", () => {
    expect(add("2026-12-07T13:00:00.000Z", 4)).toBe("2026-12-07T17:00:00.000Z");
  });

  it("spans several days: 20 business hours from Monday 09:00 end Wednesday 13:00", () => {
    expect(add("2026-12-07T09:00:00.000Z", 20)).toBe("2026-12-09T13:00:00.000Z");
  });

  it("follows the clock change: opening at 09:00 in Paris is 08:00 UTC before the spring change and 07:00 after", () => {
    // Summer time starts on Sunday 2026-03-29. Friday 16:00 (UTC+1) plus 4 business hours: Monday 12:00 (UTC+2).
    expect(add("2026-03-27T15:00:00.000Z", 4, calendar("Europe/Paris"))).toBe("2026-03-30T10:00:00.000Z");
    // In autumn (2026-10-25) the other way: Friday 16:00 (UTC+2), Monday 12:00 (UTC+1).
    expect(add("2026-10-23T14:00:00.000Z", 4, calendar("Europe/Paris"))).toBe("2026-10-26T11:00:00.000Z");
  });

  it("counts the real length of a day with a clock change when the workspace never closes", () => {
    const always = calendar("Europe/Paris", { hours: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, start: "00:00", end: "24:00" })) });
    // Sunday 29 March 2026 has 23 hours in Paris: 24 business hours from its midnight end at Monday 01:00.
    expect(add("2026-03-28T23:00:00.000Z", 24, always)).toBe("2026-03-29T23:00:00.000Z");
    expect(localTimeText(Date.parse("2026-03-29T23:00:00.000Z"), always)).toBe("Mon 30 Mar 2026, 01:00 (Europe/Paris)");
  });

  it("gives up (null) on a calendar without any open day rather than looping", () => {
    const closed = { ...calendar("UTC"), week: [null, null, null, null, null, null, null], stretches: new Map() };
    expect(addBusinessTime(Date.parse("2026-12-07T09:00:00.000Z"), HOUR, closed)).toBeNull();
  });

  it("returns the start for no time at all", () => {
    expect(add("2026-12-05T10:00:00.000Z", 0)).toBe("2026-12-05T10:00:00.000Z");
  });
});

describe("withinBusinessHours", () => {
  const at = (iso: string, cal = calendar("UTC")) => withinBusinessHours(Date.parse(iso), cal);

  it("is open from the start minute up to, not including, the end", () => {
    expect(at("2026-12-04T08:59:00.000Z")).toBe(false);
    expect(at("2026-12-04T09:00:00.000Z")).toBe(true);
    expect(at("2026-12-04T16:59:00.000Z")).toBe(true);
    expect(at("2026-12-04T17:00:00.000Z")).toBe(false);
    expect(at("2026-12-05T12:00:00.000Z")).toBe(false); // Saturday
  });

  it("reads the hours in the workspace's time zone, DST included", () => {
    const paris = calendar("Europe/Paris");
    expect(at("2026-12-04T08:30:00.000Z", paris)).toBe(true); // 09:30 in Paris (UTC+1)
    expect(at("2026-07-03T07:30:00.000Z", paris)).toBe(true); // 09:30 in Paris (UTC+2)
    expect(at("2026-07-03T15:30:00.000Z", paris)).toBe(false); // 17:30 in Paris
    expect(at("2026-12-04T14:30:00.000Z", calendar("America/New_York"))).toBe(true); // 09:30 in New York
  });

  it("is closed all day on a holiday", () => {
    const cal = calendar("UTC", { holidays: [{ date: "2026-12-25", name: "Christmas" }] });
    expect(at("2026-12-25T10:00:00.000Z", cal)).toBe(false);
    expect(at("2026-12-24T10:00:00.000Z", cal)).toBe(true);
  });
});

describe("the calendar a run uses", () => {
  const workspace: TWorkspaceCalendar = { timeZone: "Europe/Paris", hours: weekdays(), holidays: [{ date: "2026-12-25", name: "Christmas" }] };

  it("is the workspace calendar unless the flow sets its own hours, which keep the workspace's holidays", () => {
    const own = { ...plan, businessHours: { utcOffsetMinutes: -300, days: [1, 2, 3, 4, 5], start: "08:00", end: "12:00" } };
    expect(withinBusinessHours(Date.parse("2026-12-04T14:00:00.000Z"), businessCalendarOf(plan, workspace))).toBe(true); // 15:00 Paris
    expect(withinBusinessHours(Date.parse("2026-12-04T14:00:00.000Z"), businessCalendarOf(own, workspace))).toBe(true); // 09:00 at UTC-5
    expect(withinBusinessHours(Date.parse("2026-12-04T18:00:00.000Z"), businessCalendarOf(own, workspace))).toBe(false); // 13:00 at UTC-5
    expect(withinBusinessHours(Date.parse("2026-12-25T14:00:00.000Z"), businessCalendarOf(own, workspace))).toBe(false);
  });

  it("is Monday to Friday, 09:00 to 17:00 UTC when the run has none", () => {
    expect(withinBusinessHours(Date.parse("2026-12-04T16:30:00.000Z"), businessCalendarOf(plan, null))).toBe(true);
    expect(withinBusinessHours(Date.parse("2026-12-05T10:00:00.000Z"), businessCalendarOf(plan, null))).toBe(false);
  });

  it("is resolved once per calendar object", () => {
    expect(businessCalendarOf(plan, workspace)).toBe(businessCalendarOf(plan, workspace));
  });
});

describe("time zones", () => {
  it("reads offsets from the tz database, quarter-hour zones too", () => {
    const winter = Date.parse("2026-01-15T12:00:00.000Z");
    const summer = Date.parse("2026-07-15T12:00:00.000Z");
    expect([zoneNamed("Europe/Paris").offsetMinutesAt(winter), zoneNamed("Europe/Paris").offsetMinutesAt(summer)]).toEqual([60, 120]);
    expect(zoneNamed("America/New_York").offsetMinutesAt(winter)).toBe(-300);
    expect(zoneNamed("Asia/Kathmandu").offsetMinutesAt(winter)).toBe(345);
  });

  it("turns a local clock time into the instant, across the change of offset", () => {
    const paris = zoneNamed("Europe/Paris");
    expect(new Date(instantOf(dayNumberOf("2026-03-28"), 9 * 60, paris)).toISOString()).toBe("2026-03-28T08:00:00.000Z");
    expect(new Date(instantOf(dayNumberOf("2026-03-30"), 9 * 60, paris)).toISOString()).toBe("2026-03-30T07:00:00.000Z");
  });
});
