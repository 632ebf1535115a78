"use client";

import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { str } from "../lib/node-summary";
import type { EditorNode } from "../lib/types";
import { Line, NodeShell } from "./NodeShell";

export const EndNode = memo(function EndNode({ id, data, selected }: NodeProps<EditorNode>) {
  return (
    <NodeShell id={id} kind="end" data={data} selected={selected}>
      <Line k="Outcome">{str(data, "outcome") ?? "—"}</Line>
    </NodeShell>
  );
});
