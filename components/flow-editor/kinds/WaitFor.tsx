"use client";

import { Hourglass } from "lucide-react";
import { str } from "../lib/node-summary";
import { defineEditorKind } from "./define-kind";
import { Line } from "./NodeShell";

export const waitForKind = defineEditorKind({
  kind: "wait-for",
  icon: Hourglass,
  accent: "violet",
  group: "Wait",
  defaults: () => ({ label: "", event: "customer.replied", timeout: "24h" }),
  summary: (data) => (
    <>
      <Line k="For">{data.event === "agent.replied" ? "agent reply" : "customer reply"}</Line>
      <Line k="Timeout">{str(data, "timeout") ?? "—"}</Line>
    </>
  ),
  fields: { timeout: { control: "duration" } },
});
