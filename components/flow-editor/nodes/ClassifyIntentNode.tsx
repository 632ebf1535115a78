"use client";

import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { num, percent } from "../lib/node-summary";
import type { EditorNode } from "../lib/types";
import { Line, NodeShell } from "./NodeShell";

export const ClassifyIntentNode = memo(function ClassifyIntentNode({ id, data, selected }: NodeProps<EditorNode>) {
  return (
    <NodeShell id={id} kind="classify-intent" data={data} selected={selected}>
      <Line k="Min confidence">{percent(num(data, "minConfidence") ?? 0)}</Line>
    </NodeShell>
  );
});
