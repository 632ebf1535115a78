"use client";

import { Layers } from "lucide-react";
import { num } from "../lib/node-summary";
import { defineEditorKind } from "./define-kind";
import { Line } from "./NodeShell";

export const setTierKind = defineEditorKind({
  kind: "set-tier",
  icon: Layers,
  accent: "sky",
  group: "Decide",
  defaults: () => ({ label: "", byIntent: {}, fallbackTier: 2 }),
  summary: (data) =>
    data.useTierMap === true ? (
      <>
        <Line k="By">the saved tier map</Line>
        <Line k="Without a map">{num(data, "tier") !== undefined ? `tier ${num(data, "tier")}` : `by intent, else tier ${num(data, "fallbackTier") ?? 2}`}</Line>
      </>
    ) : num(data, "tier") !== undefined ? (
      <Line k="Tier">{num(data, "tier")}</Line>
    ) : (
      <>
        <Line k="By intent">{Object.keys((data.byIntent as object | undefined) ?? {}).length} mapped</Line>
        <Line k="Fallback">tier {num(data, "fallbackTier") ?? 2}</Line>
      </>
    ),
  fields: {
    useTierMap: { label: "Use the saved tier map (escalation criteria, then the category's tier)" },
    byIntent: { label: "Tier by intent", control: "tier-map" },
    fallbackTier: { label: "Fallback tier" },
  },
});
