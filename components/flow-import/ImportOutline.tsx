import { kindTitle } from "@/workflows/compile/describe-node";
import type { TLooseFlowGraph, TNodeKind } from "@/workflows/model";
import { outlineGraph } from "@/components/flows/graph-outline";
import { NodeOutputs } from "@/components/flows/NodeOutputs";
import { Badge } from "@/components/ui/Badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";
import { nodeDetail } from "./lib/node-detail";

/**
 * The converted flow as a list in run order: each node's kind, label, what it does and where each of its
 * outputs goes. Like components/flows/GraphOutline, with anchors prefixed per rule, since one import can
 * show several flows whose node ids repeat.
 */
export function ImportOutline({ graph, anchorPrefix }: { graph: TLooseFlowGraph; anchorPrefix: string }) {
  const nodes = outlineGraph(graph);
  const dataOf = new Map(graph.nodes.map((n) => [n.id, n.data]));
  const anchor = (id: string) => `${anchorPrefix}-node-${id}`;
  if (nodes.length === 0) return <p className="text-[13px] text-zinc-500">The converted flow has no nodes.</p>;
  return (
    <Table caption="Nodes of the converted flow and where their outputs go">
      <THead>
        <tr>
          <TH className="w-8">#</TH>
          <TH>Node</TH>
          <TH>Kind</TH>
          <TH>Outputs</TH>
        </tr>
      </THead>
      <TBody>
        {nodes.map((node, i) => {
          const detail = nodeDetail(node.kind, dataOf.get(node.id));
          return (
            <TR key={node.id} id={anchor(node.id)}>
              <TD className="tabular-nums text-zinc-500">{i + 1}</TD>
              <TD className="max-w-md">
                <div className="font-medium">{node.label}</div>
                {detail && <div className="mt-0.5 text-xs text-zinc-500">{detail}</div>}
              </TD>
              <TD>
                <Badge tone={node.knownKind ? "neutral" : "red"}>{node.knownKind ? kindTitle(node.kind as TNodeKind) : node.kind}</Badge>
              </TD>
              <TD>
                <NodeOutputs outputs={node.outputs} href={(id) => `#${anchor(id)}`} />
              </TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
