"use client";

import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { list, str } from "../lib/node-summary";
import type { EditorNode } from "../lib/types";
import { Line, NodeShell } from "./NodeShell";

export const SwitchNode = memo(function SwitchNode({ id, data, selected }: NodeProps<EditorNode>) {
  return (
    <NodeShell id={id} kind="switch" data={data} selected={selected}>
      <Line k="Cases">{list(data, "cases").map((c) => (typeof c === "object" && c !== null ? str(c as Record<string, unknown>, "label") : undefined) ?? "?").join(", ") || "none"}</Line>
    </NodeShell>
  );
});
