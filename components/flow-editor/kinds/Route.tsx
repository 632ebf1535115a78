"use client";

import { Inbox } from "lucide-react";
import { str } from "../lib/node-summary";
import { defineEditorKind } from "./define-kind";
import { Line } from "./NodeShell";

export const routeKind = defineEditorKind({
  kind: "route",
  icon: Inbox,
  accent: "emerald",
  group: "Act",
  defaults: () => ({ label: "", queue: "", strategy: "round-robin", skills: [] }),
  summary: (data) => (
    <>
      <Line k="Queue">{str(data, "queue") ?? "—"}</Line>
      <Line k="Strategy">{str(data, "strategy") ?? "round-robin"}</Line>
    </>
  ),
});
