"use client";

import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { str } from "../lib/node-summary";
import type { EditorNode } from "../lib/types";
import { Line, NodeShell, Summary } from "./NodeShell";

export const NotifyNode = memo(function NotifyNode({ id, data, selected }: NodeProps<EditorNode>) {
  return (
    <NodeShell id={id} kind="notify" data={data} selected={selected}>
      <Line k="Channel">{str(data, "channel") ?? "—"}</Line>
      <Summary>{str(data, "message") ?? "No message yet"}</Summary>
    </NodeShell>
  );
});
