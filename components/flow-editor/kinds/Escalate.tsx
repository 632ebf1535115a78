"use client";

import { Siren } from "lucide-react";
import { str } from "../lib/node-summary";
import { defineEditorKind } from "./define-kind";
import { Line, Summary } from "./NodeShell";

export const escalateKind = defineEditorKind({
  kind: "escalate",
  icon: Siren,
  accent: "rose",
  group: "Act",
  defaults: () => ({ label: "", reason: "" }),
  summary: (data) => (
    <>
      {str(data, "queue") && <Line k="Queue">{str(data, "queue")}</Line>}
      {str(data, "priority") && <Line k="Priority">{str(data, "priority")}</Line>}
      <Summary>{str(data, "reason") ?? "No reason yet"}</Summary>
    </>
  ),
  fields: { reason: { control: "multiline" }, customerMessage: { label: "Message to the customer", control: "multiline" } },
});
