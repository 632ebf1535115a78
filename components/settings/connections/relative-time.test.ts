import { describe, expect, it } from "vitest";
import { relativeTime } from "./relative-time";

const now = new Date("2026-12-07T12:00:00Z");
const ago = (seconds: number) => relativeTime(new Date(now.getTime() - seconds * 1000), now);

describe("relativeTime", () => {
  it("reads as a person would say it", () => {
    expect(ago(10)).toBe("just now");
    expect(ago(-10)).toBe("just now");
    expect(ago(60)).toBe("1 minute ago");
    expect(ago(5 * 60)).toBe("5 minutes ago");
    expect(ago(3 * 3600)).toBe("3 hours ago");
    expect(ago(2 * 86_400)).toBe("2 days ago");
    expect(ago(15 * 86_400)).toBe("2 weeks ago");
    expect(ago(400 * 86_400)).toBe("1 year ago");
    expect(ago(-120)).toBe("in 2 minutes");
  });
});
