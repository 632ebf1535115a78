"use client";

import { Bell } from "lucide-react";
import { str } from "../lib/node-summary";
import { defineEditorKind } from "./define-kind";
import { Line, Summary } from "./NodeShell";

export const notifyKind = defineEditorKind({
  kind: "notify",
  icon: Bell,
  accent: "rose",
  group: "Act",
  defaults: () => ({ label: "", channel: "#support", message: "" }),
  summary: (data) => (
    <>
      <Line k="Channel">{str(data, "channel") ?? "—"}</Line>
      <Summary>{str(data, "message") ?? "No message yet"}</Summary>
    </>
  ),
  fields: { message: { control: "multiline" } },
});
