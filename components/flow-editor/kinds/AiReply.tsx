"use client";

import { Bot } from "lucide-react";
import { num, percent, str } from "../lib/node-summary";
import { defineEditorKind } from "./define-kind";
import { THRESHOLDS_BY_INTENT_FIELD } from "./kind-def";
import type { EditorNodeData } from "../lib/types";
import { Line } from "./NodeShell";

/** "shadow; autonomous for 2 intents": the canvas says when some intents no longer follow the node's mode. */
function modeSummary(data: EditorNodeData): string {
  const mode = str(data, "mode") ?? "shadow";
  const byIntent = data.modesByIntent;
  const overrides = typeof byIntent === "object" && byIntent !== null ? Object.values(byIntent).filter((m) => m !== mode) : [];
  if (overrides.length === 0) return mode;
  const counts = new Map<string, number>();
  for (const m of overrides) counts.set(String(m), (counts.get(String(m)) ?? 0) + 1);
  return `${mode}; ${[...counts].map(([m, c]) => `${m} for ${c} ${c === 1 ? "intent" : "intents"}`).join(", ")}`;
}

export const aiReplyKind = defineEditorKind({
  kind: "ai-reply",
  icon: Bot,
  accent: "emerald",
  group: "Act",
  defaults: () => ({ label: "", threshold: 0.7, mode: "shadow", maxPassages: 3 }),
  summary: (data) => (
    <>
      <Line k="Threshold">{percent(num(data, "threshold"))}</Line>
      <Line k="Mode">{modeSummary(data)}</Line>
    </>
  ),
  fields: {
    threshold: { label: "Confidence threshold (0–1)" },
    thresholdsByIntent: THRESHOLDS_BY_INTENT_FIELD,
    modesByIntent: { label: "Modes by intent (override the mode above)", control: "modes" },
    maxPassages: { label: "Knowledge passages" },
  },
});
