import { kindTitle } from "@/workflows/compile/describe-node";
import type { TLooseFlowGraph, TNodeKind } from "@/workflows/model";
import { Badge } from "@/components/ui/Badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";
import { outlineGraph } from "./graph-outline";
import { NodeOutputs } from "./NodeOutputs";

export function GraphOutline({ graph }: { graph: TLooseFlowGraph }) {
  const nodes = outlineGraph(graph);
  if (nodes.length === 0) return <p className="text-zinc-500">This graph has no nodes.</p>;
  return (
    <Table caption="Nodes and where their outputs go">
      <THead>
        <tr>
          <TH className="w-10">#</TH>
          <TH>Node</TH>
          <TH>Kind</TH>
          <TH>Outputs</TH>
        </tr>
      </THead>
      <TBody>
        {nodes.map((node, i) => (
          <TR key={node.id} id={`node-${node.id}`}>
            <TD className="tabular-nums text-zinc-500">{i + 1}</TD>
            <TD>
              <div className="font-medium">{node.label}</div>
            </TD>
            <TD>
              <Badge tone={node.knownKind ? "neutral" : "red"} title={node.knownKind ? undefined : "Unknown node kind"}>
                {node.knownKind ? kindTitle(node.kind as TNodeKind) : node.kind}
              </Badge>
            </TD>
            <TD>
              <NodeOutputs outputs={node.outputs} href={(id) => `#node-${id}`} />
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
