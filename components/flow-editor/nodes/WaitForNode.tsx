"use client";

import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { str } from "../lib/node-summary";
import type { EditorNode } from "../lib/types";
import { Line, NodeShell } from "./NodeShell";

export const WaitForNode = memo(function WaitForNode({ id, data, selected }: NodeProps<EditorNode>) {
  return (
    <NodeShell id={id} kind="wait-for" data={data} selected={selected}>
      <Line k="For">{data.event === "agent.replied" ? "agent reply" : "customer reply"}</Line>
      <Line k="Timeout">{str(data, "timeout") ?? "—"}</Line>
    </NodeShell>
  );
});
