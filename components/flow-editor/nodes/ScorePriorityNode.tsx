"use client";

import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { list } from "../lib/node-summary";
import type { EditorNode } from "../lib/types";
import { Line, NodeShell } from "./NodeShell";

export const ScorePriorityNode = memo(function ScorePriorityNode({ id, data, selected }: NodeProps<EditorNode>) {
  return (
    <NodeShell id={id} kind="score-priority" data={data} selected={selected}>
      <Line k="Boosts">{list(data, "boosts").length}</Line>
      <Line k="Sets priority">{data.setTicketPriority === false ? "no" : "yes"}</Line>
    </NodeShell>
  );
});
