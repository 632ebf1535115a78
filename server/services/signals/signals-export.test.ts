import { describe, expect, it } from "vitest";
import { windowsEndingOn } from "@/workflows/metrics/rising";
import { signalsCsv, signalsMarkdown } from "./signals-export";
import type { TSignalsReport } from "./signal-types";

const windows = windowsEndingOn("2026-12-06", 7, 9);
const at = new Date("2026-12-05T10:00:00.000Z");

function report(overrides: Partial<TSignalsReport> = {}): TSignalsReport {
  return {
    view: { to: "2026-12-06", origin: "all" },
    windows,
    rising: { checked: 0, minObserved: 10, alpha: 0.05, categories: [] },
    friction: { tickets: 0, ticketsWithPage: 0, areas: [] },
    repeats: { tickets: 0, repeatContacts: 0, categories: [] },
    unsure: { ok: true, windowDays: 30, unsure: 0, minSize: 3, topics: [] },
    ...overrides,
  };
}

const rising = {
  key: "=cmd", category: "=cmd", observed: 30, expected: 10, baselineWindows: 8, ratio: 3, p: 1e-6, q: 1e-6,
  enoughVolume: true, rising: true, chance: "very unlikely to be chance", trend: [10, 10, 10, 10, 10, 10, 10, 10, 30],
  examples: [{ ticketId: "t1", subject: 'Says "hi", then, leaves', createdAt: at }],
};

describe("signalsCsv", () => {
  it("quotes cells with commas and quotes, and defuses cells a spreadsheet would run as a formula", () => {
    const csv = signalsCsv(report({ rising: { checked: 1, minObserved: 10, alpha: 0.05, categories: [rising] } }));
    const [, row] = csv.split("\r\n");
    expect(row).toBe(`rising category,'=cmd,30,10,,,,yes,very unlikely to be chance,"Says ""hi"", then, leaves"`);
  });
});

describe("signalsMarkdown", () => {
  it("says what was checked when nothing stands out", () => {
    const md = signalsMarkdown(report({ rising: { checked: 4, minObserved: 10, alpha: 0.05, categories: [] } }));
    expect(md).toContain("# Business signals, 2026-11-30 to 2026-12-06");
    expect(md).toContain("No category rose beyond its usual range (4 checked, at least 10 tickets needed).");
    expect(md).toContain("No ticket in these days says which page it came from.");
    expect(md).toContain("No group of 3 or more unsure tickets says the same thing (0 unsure tickets in the last 30 days).");
  });

  it("leaves examples out of the brief summary", () => {
    const categories = [rising];
    expect(signalsMarkdown(report({ rising: { checked: 1, minObserved: 10, alpha: 0.05, categories } }))).toContain(`For example: "Says 'hi', then, leaves".`);
    expect(signalsMarkdown(report({ rising: { checked: 1, minObserved: 10, alpha: 0.05, categories } }), { brief: true })).not.toContain("For example");
  });

  it("reports a failed grouping of unsure tickets in its own section", () => {
    expect(signalsMarkdown(report({ unsure: { ok: false, message: "encoder missing" } }))).toContain("Could not group unsure tickets: encoder missing");
  });
});
