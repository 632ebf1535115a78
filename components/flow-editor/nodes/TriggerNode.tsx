"use client";

import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { str } from "../lib/node-summary";
import type { EditorNode } from "../lib/types";
import { Line, NodeShell } from "./NodeShell";

export const TriggerNode = memo(function TriggerNode({ id, data, selected }: NodeProps<EditorNode>) {
  return (
    <NodeShell id={id} kind="trigger" data={data} selected={selected}>
      <Line k="On">{str(data, "on") ?? "—"}</Line>
    </NodeShell>
  );
});
