import type { Tone } from "./Badge";

// Colours carry meaning consistently across pages: green = done/live, amber = waiting/attention,
// red = failed/urgent, violet = shadow, neutral = inactive.

export const TICKET_STATUS_TONE: Record<string, Tone> = {
  new: "blue",
  open: "accent",
  pending: "amber",
  solved: "green",
  closed: "neutral",
};

export const PRIORITY_TONE: Record<string, Tone> = {
  low: "neutral",
  normal: "neutral",
  high: "amber",
  urgent: "red",
};

export const VERSION_STATUS_TONE: Record<string, Tone> = {
  draft: "neutral",
  published: "green",
  shadow: "violet",
  retired: "neutral",
};

export const RUN_STATUS_TONE: Record<string, Tone> = {
  running: "blue",
  waiting: "amber",
  completed: "green",
  failed: "red",
};

export function toneOf(map: Record<string, Tone>, value: string): Tone {
  return map[value] ?? "neutral";
}
