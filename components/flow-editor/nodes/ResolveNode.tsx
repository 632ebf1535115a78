"use client";

import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { str } from "../lib/node-summary";
import type { EditorNode } from "../lib/types";
import { NodeShell, Summary } from "./NodeShell";

export const ResolveNode = memo(function ResolveNode({ id, data, selected }: NodeProps<EditorNode>) {
  return (
    <NodeShell id={id} kind="resolve" data={data} selected={selected}>
      <Summary>{str(data, "message") ?? "Marks the ticket solved"}</Summary>
    </NodeShell>
  );
});
