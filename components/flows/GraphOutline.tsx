import { ArrowRight } from "lucide-react";
import { kindTitle } from "@/workflows/compile/describe-node";
import type { TLooseFlowGraph, TNodeKind } from "@/workflows/model";
import { Badge } from "@/components/ui/Badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";
import { outlineGraph } from "./graph-outline";

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
              {node.outputs.length === 0 ? (
                <span className="text-zinc-500">ends the run</span>
              ) : (
                <ul className="space-y-0.5">
                  {node.outputs.map((o, j) => (
                    <li key={`${o.handle}-${j}`} className="flex items-center gap-1.5">
                      <span className={o.unknownHandle ? "text-red-700" : "text-zinc-500"}>{o.label}</span>
                      <ArrowRight className="size-3 text-zinc-500" aria-label="goes to" />
                      {o.target ? (
                        <a href={`#node-${o.target.id}`} className="text-indigo-700 hover:underline">
                          {o.target.label}
                        </a>
                      ) : (
                        <span className="text-zinc-500">not connected (run ends)</span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
