"use client";

import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { num } from "../lib/node-summary";
import type { EditorNode } from "../lib/types";
import { Line, NodeShell } from "./NodeShell";

export const SetTierNode = memo(function SetTierNode({ id, data, selected }: NodeProps<EditorNode>) {
  return (
    <NodeShell id={id} kind="set-tier" data={data} selected={selected}>
      {data.useTierMap === true ? (
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
      )}
    </NodeShell>
  );
});
