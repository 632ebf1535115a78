import type { Tone } from "./Badge";

/** Marker colour of a trace step by its node kind, so hand-offs and replies stand out in a long trace. */
export const STEP_TONE: Readonly<Record<string, Tone>> = {
  trigger: "accent",
  escalate: "amber",
  "ai-reply": "violet",
  resolve: "green",
  end: "green",
  "sla-timer": "amber",
  "wait-for": "blue",
};

/** The timeline marker's colour class per tone (Timeline and the backtest trace share it). */
export const TIMELINE_DOTS: Readonly<Record<Tone, string>> = {
  neutral: "bg-zinc-400",
  accent: "bg-indigo-500",
  green: "bg-emerald-500",
  amber: "bg-amber-500",
  red: "bg-red-500",
  blue: "bg-sky-500",
  violet: "bg-violet-500",
};
