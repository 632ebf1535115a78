import { describe, expect, it } from "vitest";
import { metricsSettingsOf } from "./metrics-settings";

describe("metricsSettingsOf", () => {
  it("reads a stored window, and the default for none or one that no longer parses", () => {
    expect(metricsSettingsOf({ repeatContactDays: 14 })).toEqual({ repeatContactDays: 14 });
    expect(metricsSettingsOf(null)).toEqual({ repeatContactDays: 7 });
    expect(metricsSettingsOf({ repeatContactDays: 0 })).toEqual({ repeatContactDays: 7 });
  });
});
