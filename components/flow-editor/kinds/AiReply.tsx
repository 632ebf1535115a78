"use client";

import { Bot } from "lucide-react";
import { num, percent, str } from "../lib/node-summary";
import { defineEditorKind } from "./define-kind";
import { THRESHOLDS_BY_INTENT_FIELD } from "./kind-def";
import { Line } from "./NodeShell";

export const aiReplyKind = defineEditorKind({
  kind: "ai-reply",
  icon: Bot,
  accent: "emerald",
  group: "Act",
  defaults: () => ({ label: "", threshold: 0.7, mode: "shadow", maxPassages: 3 }),
  summary: (data) => (
    <>
      <Line k="Threshold">{percent(num(data, "threshold"))}</Line>
      <Line k="Mode">{str(data, "mode") ?? "shadow"}</Line>
    </>
  ),
  fields: {
    threshold: { label: "Confidence threshold (0–1)" },
    thresholdsByIntent: THRESHOLDS_BY_INTENT_FIELD,
    maxPassages: { label: "Knowledge passages" },
  },
});
