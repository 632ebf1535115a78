import { expect, it } from "vitest";
import { backtestFigureLines, warningsHeading } from "./release-summary-text";

it("leads with the warning count", () => {
  expect(warningsHeading(1)).toBe("1 warning");
  expect(warningsHeading(8)).toBe("8 warnings");
});

it("gives the backtest's headline figures, small shares with a decimal", () => {
  expect(backtestFigureLines({ tickets: 3000, automationRate: 0.342, routingAccuracy: 0.095, escalations: 120, slaBreaches: 0 })).toEqual([
    { label: "Automation", value: "34%" },
    { label: "Routing accuracy", value: "9.5%" },
    { label: "Escalations", value: "120 (4.0%)" },
    { label: "SLA breaches", value: "0 (0%)" },
  ]);
  expect(backtestFigureLines({ tickets: 0, automationRate: null, routingAccuracy: null, escalations: 0, slaBreaches: 0 })[1]).toEqual({ label: "Routing accuracy", value: "not measured" });
});
