import type { Tone } from "@/components/ui/Badge";

// As elsewhere: blue = running, amber = waiting, green = done, red = failed.
export const BACKTEST_STATUS_TONE: Record<string, Tone> = { queued: "amber", running: "blue", completed: "green", failed: "red", cancelled: "neutral" };

export function isRunning(status: string): boolean {
  return status === "queued" || status === "running";
}
