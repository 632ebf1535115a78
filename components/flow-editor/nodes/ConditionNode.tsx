"use client";

import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { ruleSummary } from "../lib/node-summary";
import type { EditorNode } from "../lib/types";
import { NodeShell, Summary } from "./NodeShell";

export const ConditionNode = memo(function ConditionNode({ id, data, selected }: NodeProps<EditorNode>) {
  return (
    <NodeShell id={id} kind="condition" data={data} selected={selected}>
      <Summary>{ruleSummary(data.rules)}</Summary>
    </NodeShell>
  );
});
