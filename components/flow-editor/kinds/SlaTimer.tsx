"use client";

import { Timer } from "lucide-react";
import { str } from "../lib/node-summary";
import { defineEditorKind } from "./define-kind";
import { Line } from "./NodeShell";

export const slaTimerKind = defineEditorKind({
  kind: "sla-timer",
  icon: Timer,
  accent: "violet",
  group: "Wait",
  defaults: () => ({ label: "", target: "first-response", within: "1h" }),
  summary: (data) => (
    <>
      <Line k="Target">{data.target === "resolution" ? "resolution" : "first response"}</Line>
      <Line k="Within">
        {str(data, "within") ?? "—"}
        {data.businessHours === true ? " of business hours" : ""}
      </Line>
    </>
  ),
  fields: { within: { label: "Within", control: "duration" }, businessHours: { label: "Count business hours only" } },
});
