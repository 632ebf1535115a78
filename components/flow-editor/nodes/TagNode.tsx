"use client";

import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { list } from "../lib/node-summary";
import type { EditorNode } from "../lib/types";
import { Line, NodeShell } from "./NodeShell";

export const TagNode = memo(function TagNode({ id, data, selected }: NodeProps<EditorNode>) {
  return (
    <NodeShell id={id} kind="tag" data={data} selected={selected}>
      <Line k="Add">{list(data, "add").join(", ") || "—"}</Line>
      <Line k="Remove">{list(data, "remove").join(", ") || "—"}</Line>
    </NodeShell>
  );
});
