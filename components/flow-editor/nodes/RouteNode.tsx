"use client";

import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { str } from "../lib/node-summary";
import type { EditorNode } from "../lib/types";
import { Line, NodeShell } from "./NodeShell";

export const RouteNode = memo(function RouteNode({ id, data, selected }: NodeProps<EditorNode>) {
  return (
    <NodeShell id={id} kind="route" data={data} selected={selected}>
      <Line k="Queue">{str(data, "queue") ?? "—"}</Line>
      <Line k="Strategy">{str(data, "strategy") ?? "round-robin"}</Line>
    </NodeShell>
  );
});
