"use client";

import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import type { EditorNode } from "../lib/types";
import { NodeShell, Summary } from "./NodeShell";

export const DetectSentimentNode = memo(function DetectSentimentNode({ id, data, selected }: NodeProps<EditorNode>) {
  return (
    <NodeShell id={id} kind="detect-sentiment" data={data} selected={selected}>
      <Summary>Sentiment, score and frustration of the latest message</Summary>
    </NodeShell>
  );
});
