"use client";

import { DatabaseSearch } from "lucide-react";
import { str } from "../lib/node-summary";
import { defineEditorKind } from "./define-kind";
import { Line, Summary } from "./NodeShell";

export const lookupKind = defineEditorKind({
  kind: "lookup",
  icon: DatabaseSearch,
  accent: "sky",
  group: "Decide",
  defaults: () => ({ label: "", source: "" }),
  summary: (data) => (
    <>
      <Line k="Source">{str(data, "source") ?? "—"}</Line>
      <Summary>Found, not found or failed</Summary>
    </>
  ),
  fields: { source: { label: "Data source", control: "data-source" } },
});
