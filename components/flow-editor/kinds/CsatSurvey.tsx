"use client";

import { Star } from "lucide-react";
import { str } from "../lib/node-summary";
import { defineEditorKind } from "./define-kind";
import { Summary } from "./NodeShell";

export const csatSurveyKind = defineEditorKind({
  kind: "csat-survey",
  icon: Star,
  accent: "zinc",
  group: "Finish",
  defaults: () => ({ label: "", question: "How would you rate the help you received?" }),
  summary: (data) => <Summary>{str(data, "question") ?? "—"}</Summary>,
  fields: { question: { control: "multiline" } },
});
