"use client";

import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { str } from "../lib/node-summary";
import type { EditorNode } from "../lib/types";
import { NodeShell, Summary } from "./NodeShell";

export const CsatSurveyNode = memo(function CsatSurveyNode({ id, data, selected }: NodeProps<EditorNode>) {
  return (
    <NodeShell id={id} kind="csat-survey" data={data} selected={selected}>
      <Summary>{str(data, "question") ?? "—"}</Summary>
    </NodeShell>
  );
});
