"use client";

import { CircleStop } from "lucide-react";
import { str } from "../lib/node-summary";
import { defineEditorKind } from "./define-kind";
import { Line } from "./NodeShell";

export const endKind = defineEditorKind({
  kind: "end",
  icon: CircleStop,
  accent: "zinc",
  group: "Finish",
  defaults: () => ({ label: "" }),
  summary: (data) => <Line k="Outcome">{str(data, "outcome") ?? "—"}</Line>,
});
