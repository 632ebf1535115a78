"use client";

import { Gauge } from "lucide-react";
import { list } from "../lib/node-summary";
import { defineEditorKind } from "./define-kind";
import { Line } from "./NodeShell";

export const scorePriorityKind = defineEditorKind({
  kind: "score-priority",
  icon: Gauge,
  accent: "sky",
  group: "Decide",
  defaults: () => ({ label: "", boosts: [], setTicketPriority: true }),
  summary: (data) => (
    <>
      <Line k="Boosts">{list(data, "boosts").length}</Line>
      <Line k="Sets priority">{data.setTicketPriority === false ? "no" : "yes"}</Line>
    </>
  ),
  fields: { boosts: { control: "boosts" }, setTicketPriority: { label: "Set the ticket's priority" } },
});
