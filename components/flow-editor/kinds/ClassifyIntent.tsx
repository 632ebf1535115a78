"use client";

import { Brain } from "lucide-react";
import { num, percent } from "../lib/node-summary";
import { defineEditorKind } from "./define-kind";
import { THRESHOLDS_BY_INTENT_FIELD } from "./kind-def";
import { Line } from "./NodeShell";

export const classifyIntentKind = defineEditorKind({
  kind: "classify-intent",
  icon: Brain,
  accent: "sky",
  group: "Decide",
  defaults: () => ({ label: "", minConfidence: 0.5 }),
  summary: (data) => <Line k="Min confidence">{percent(num(data, "minConfidence") ?? 0)}</Line>,
  fields: { minConfidence: { label: "Minimum confidence (0–1)" }, thresholdsByIntent: THRESHOLDS_BY_INTENT_FIELD },
});
