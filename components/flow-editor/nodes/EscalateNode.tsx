"use client";

import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { str } from "../lib/node-summary";
import type { EditorNode } from "../lib/types";
import { Line, NodeShell, Summary } from "./NodeShell";

export const EscalateNode = memo(function EscalateNode({ id, data, selected }: NodeProps<EditorNode>) {
  return (
    <NodeShell id={id} kind="escalate" data={data} selected={selected}>
      {str(data, "queue") && <Line k="Queue">{str(data, "queue")}</Line>}
      {str(data, "priority") && <Line k="Priority">{str(data, "priority")}</Line>}
      <Summary>{str(data, "reason") ?? "No reason yet"}</Summary>
    </NodeShell>
  );
});
