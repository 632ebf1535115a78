"use client";

import { CircleCheck } from "lucide-react";
import { str } from "../lib/node-summary";
import { defineEditorKind } from "./define-kind";
import { Summary } from "./NodeShell";

export const resolveKind = defineEditorKind({
  kind: "resolve",
  icon: CircleCheck,
  accent: "zinc",
  group: "Finish",
  defaults: () => ({ label: "" }),
  summary: (data) => <Summary>{str(data, "message") ?? "Marks the ticket solved"}</Summary>,
  fields: { message: { control: "multiline" } },
});
