"use client";

import { Zap } from "lucide-react";
import { str } from "../lib/node-summary";
import { defineEditorKind } from "./define-kind";
import { Line } from "./NodeShell";

export const triggerKind = defineEditorKind({
  kind: "trigger",
  icon: Zap,
  accent: "indigo",
  group: "Start",
  defaults: () => ({ label: "New ticket", on: "ticket.created" }),
  summary: (data) => <Line k="On">{str(data, "on") ?? "—"}</Line>,
  fields: { on: { label: "Runs when" } },
});
