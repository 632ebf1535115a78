"use client";

import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { str } from "../lib/node-summary";
import type { EditorNode } from "../lib/types";
import { Line, NodeShell } from "./NodeShell";

export const SetFieldsNode = memo(function SetFieldsNode({ id, data, selected }: NodeProps<EditorNode>) {
  return (
    <NodeShell id={id} kind="set-fields" data={data} selected={selected}>
      {str(data, "priority") && <Line k="Priority">{str(data, "priority")}</Line>}
      {str(data, "status") && <Line k="Status">{str(data, "status")}</Line>}
      <Line k="Custom fields">{Object.keys((data.fields as object | undefined) ?? {}).length}</Line>
    </NodeShell>
  );
});
