"use client";

import { memo } from "react";
import { kindTitle } from "@/workflows/compile/describe-node";
import { useNodeErrors } from "../lib/error-store";
import type { EditorNode, EditorNodeData } from "../lib/types";
import { KindIcon } from "../kinds/KindIcon";
import { SchemaForm } from "./SchemaForm";

interface Props {
  node: EditorNode | undefined;
  selectedCount: number;
  queues: readonly string[];
  onChange: (id: string, data: EditorNodeData, key: string) => void;
}

/** Right-hand panel: the selected node's config, or a hint when nothing (or several things) is selected. */
export const ConfigPanel = memo(function ConfigPanel({ node, selectedCount, queues, onChange }: Props) {
  if (!node || !node.type) {
    return (
      <div className="p-4 text-xs text-zinc-500">
        {selectedCount > 1 ? `${selectedCount} nodes selected. Select one node to edit its settings.` : "Select a node to edit its settings."}
      </div>
    );
  }
  return <NodeConfig node={node as EditorNode & { type: NonNullable<EditorNode["type"]> }} queues={queues} onChange={onChange} />;
});

function NodeConfig({ node, queues, onChange }: { node: EditorNode & { type: NonNullable<EditorNode["type"]> }; queues: readonly string[]; onChange: Props["onChange"] }) {
  const errors = useNodeErrors(node.id);
  // Errors about the node's place in the graph (unconnected output, unreachable) have no input to sit under.
  const general = errors.filter((e) => e.field === undefined);
  return (
    <div className="space-y-3 p-3" data-testid="config-panel">
      <div>
        <div className="flex items-center gap-1.5 text-sm font-semibold text-zinc-900">
          <KindIcon kind={node.type} className="size-4" />
          {kindTitle(node.type)}
        </div>
      </div>
      {general.length > 0 && (
        <ul className="space-y-1 rounded-md bg-red-50 p-2 text-[11px] text-red-700">
          {general.map((e, i) => (
            <li key={i}>{e.message}</li>
          ))}
        </ul>
      )}
      <SchemaForm key={node.id} nodeId={node.id} kind={node.type} data={node.data} errors={errors} queues={queues} onChange={(data, key) => onChange(node.id, data, key)} />
    </div>
  );
}
