"use client";

import { Split } from "lucide-react";
import { emptyGroup } from "../rule-builder/rule-ops";
import { list, str } from "../lib/node-summary";
import { defineEditorKind } from "./define-kind";
import { Line } from "./NodeShell";

export const switchKind = defineEditorKind({
  kind: "switch",
  icon: Split,
  accent: "amber",
  group: "Decide",
  defaults: () => ({ label: "", cases: [{ id: "case-1", label: "Case 1", rules: emptyGroup() }] }),
  summary: (data) => (
    <Line k="Cases">{list(data, "cases").map((c) => (typeof c === "object" && c !== null ? str(c as Record<string, unknown>, "label") : undefined) ?? "?").join(", ") || "none"}</Line>
  ),
  fields: { cases: { control: "cases" } },
});
