"use client";

import { GitBranch } from "lucide-react";
import { emptyGroup } from "../rule-builder/rule-ops";
import { ruleSummary } from "../lib/node-summary";
import { defineEditorKind } from "./define-kind";
import { Summary } from "./NodeShell";

export const conditionKind = defineEditorKind({
  kind: "condition",
  icon: GitBranch,
  accent: "amber",
  group: "Decide",
  defaults: () => ({ label: "", rules: emptyGroup() }),
  summary: (data) => <Summary>{ruleSummary(data.rules)}</Summary>,
  fields: { rules: { control: "rules" } },
});
