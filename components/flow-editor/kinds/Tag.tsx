"use client";

import { Tag } from "lucide-react";
import { list } from "../lib/node-summary";
import { defineEditorKind } from "./define-kind";
import { Line } from "./NodeShell";

export const tagKind = defineEditorKind({
  kind: "tag",
  icon: Tag,
  accent: "emerald",
  group: "Act",
  defaults: () => ({ label: "", add: [], remove: [] }),
  summary: (data) => (
    <>
      <Line k="Add">{list(data, "add").join(", ") || "—"}</Line>
      <Line k="Remove">{list(data, "remove").join(", ") || "—"}</Line>
    </>
  ),
  fields: { add: { label: "Tags to add" }, remove: { label: "Tags to remove" } },
});
