import { describe, expect, it } from "vitest";
import { DEFAULT_WORKSPACE_CALENDAR, isTimeZone, ZWorkspaceCalendarSchema } from "./calendar";

const messages = (value: unknown) => {
  const parsed = ZWorkspaceCalendarSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("the workspace calendar schema", () => {
  it("accepts the default week and a day that runs to midnight", () => {
    expect(messages(DEFAULT_WORKSPACE_CALENDAR)).toEqual([]);
    expect(messages({ ...DEFAULT_WORKSPACE_CALENDAR, hours: [{ day: 6, start: "18:00", end: "24:00" }] })).toEqual([]);
  });

  it("says which value is impossible, at its place", () => {
    expect(
      messages({
        timeZone: "Europe/Pariss",
        hours: [
          { day: 1, start: "09:00", end: "08:00" },
          { day: 1, start: "10:00", end: "11:00" },
          { day: 2, start: "24:30", end: "25:00" },
        ],
        holidays: [
          { date: "2026-04-31", name: "Nope" },
          { date: "2026-12-25", name: " " },
        ],
      }),
    ).toEqual([
      "timeZone: Not a time zone we know: use a name such as Europe/Paris or America/New_York",
      "hours.0.end: The day must end after it starts",
      "hours.2.start: Enter a time on the 24-hour clock, such as 09:00 or 17:30",
      "hours.2.end: Enter a time on the 24-hour clock, such as 09:00 or 17:30",
      "hours.1.day: Monday is listed twice",
      "holidays.0.date: That date does not exist",
      "holidays.1.name: Name the holiday",
    ]);
  });

  it("knows IANA zone names and refuses padded or empty ones", () => {
    expect([isTimeZone("Europe/Paris"), isTimeZone("UTC"), isTimeZone("Asia/Kathmandu")]).toEqual([true, true, true]);
    expect([isTimeZone(""), isTimeZone(" Europe/Paris"), isTimeZone("Mars/Olympus")]).toEqual([false, false, false]);
  });
});
