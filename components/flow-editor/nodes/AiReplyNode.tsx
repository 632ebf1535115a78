"use client";

import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { num, percent, str } from "../lib/node-summary";
import type { EditorNode } from "../lib/types";
import { Line, NodeShell } from "./NodeShell";

export const AiReplyNode = memo(function AiReplyNode({ id, data, selected }: NodeProps<EditorNode>) {
  return (
    <NodeShell id={id} kind="ai-reply" data={data} selected={selected}>
      <Line k="Threshold">{percent(num(data, "threshold"))}</Line>
      <Line k="Mode">{str(data, "mode") ?? "shadow"}</Line>
    </NodeShell>
  );
});
