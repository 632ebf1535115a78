"use client";

import { Smile } from "lucide-react";
import { defineEditorKind } from "./define-kind";
import { Summary } from "./NodeShell";

export const detectSentimentKind = defineEditorKind({
  kind: "detect-sentiment",
  icon: Smile,
  accent: "sky",
  group: "Decide",
  defaults: () => ({ label: "" }),
  summary: () => <Summary>Sentiment, score and frustration of the latest message</Summary>,
});
