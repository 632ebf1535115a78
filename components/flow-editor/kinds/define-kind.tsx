"use client";

import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import type { TNodeKind } from "@/workflows/model";
import type { EditorNode } from "../lib/types";
import type { EditorKindDef, EditorKindSpec } from "./kind-def";
import { NodeShell } from "./NodeShell";

/** Completes a kind's editor module with its canvas node: the shared shell around the kind's summary. */
export function defineEditorKind<K extends TNodeKind>(spec: EditorKindSpec<K>): EditorKindDef<K> {
  const { kind, icon, accent, summary } = spec;
  const Node = memo(function KindNode({ id, data, selected }: NodeProps<EditorNode>) {
    return (
      <NodeShell id={id} kind={kind} icon={icon} accent={accent} data={data} selected={selected}>
        {summary(data)}
      </NodeShell>
    );
  });
  Node.displayName = `KindNode(${kind})`;
  return { ...spec, Node };
}
