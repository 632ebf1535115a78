"use client";

import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { str } from "../lib/node-summary";
import type { EditorNode } from "../lib/types";
import { Line, NodeShell } from "./NodeShell";

export const SlaTimerNode = memo(function SlaTimerNode({ id, data, selected }: NodeProps<EditorNode>) {
  return (
    <NodeShell id={id} kind="sla-timer" data={data} selected={selected}>
      <Line k="Target">{data.target === "resolution" ? "resolution" : "first response"}</Line>
      <Line k="Within">{str(data, "within") ?? "—"}</Line>
    </NodeShell>
  );
});
