import type { ReactNode } from "react";
import { ArrowRight } from "lucide-react";
import { readableChange, type FieldChange } from "@/workflows/diff";
import { kindTitle } from "@/workflows/compile/describe-node";
import { isNodeKind } from "@/workflows/model/nodes";
import type { FlowDiff } from "@/server/services/flows/diff-flow-versions";
import { Badge } from "@/components/ui/Badge";
import { Section } from "@/components/ui/Section";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";

import { diffNodeAnchor } from "./lib/diff-canvas-elements";

/**
 * A read-only, text diff of two flow graphs: nodes added (green), removed (red), changed (amber, with
 * each field before → after), moved, and connections. DiffCanvas draws the same diff on a canvas above it;
 * each node's rows carry the anchor id it jumps to.
 */
export function GraphDiffView({ result }: { result: Pick<FlowDiff, "diff" | "nodeNames" | "graphs"> }) {
  const { diff, nodeNames, graphs } = result;
  const name = (id: string) => nodeNames[id] ?? id;
  const nodeOf = (nodes: FlowDiff["graphs"]["before"]["nodes"], id: string) => nodes.find((n) => n.id === id);
  return (
    <>
      {diff.nodes.changed.length > 0 && (
        <Section title="Changed nodes" aside={`${diff.nodes.changed.length}`}>
          <div className="space-y-3">
            {diff.nodes.changed.map((node) => (
              <div
                key={node.id}
                id={diffNodeAnchor(node.id)}
                className="scroll-mt-24 rounded-lg border border-amber-200 bg-white target:ring-2 target:ring-amber-500 target:ring-offset-2"
              >
                <div className="flex items-baseline gap-2 border-b border-amber-100 bg-amber-50/60 px-3 py-2">
                  <Badge tone="amber">changed</Badge>
                  <span className="font-medium">{name(node.id)}</span>
                  <span className="text-xs text-zinc-500">{isNodeKind(node.type) ? kindTitle(node.type) : node.type}</span>
                </div>
                <FieldChanges changes={node.changes} roots={{ before: nodeOf(graphs.before.nodes, node.id), after: nodeOf(graphs.after.nodes, node.id) }} />
              </div>
            ))}
          </div>
        </Section>
      )}
      {(diff.nodes.added.length > 0 || diff.nodes.removed.length > 0) && (
        <Section title="Added and removed nodes">
          <ul className="space-y-1 text-[13px]">
            {diff.nodes.added.map((id) => (
              <NodeLine key={`+${id}`} tone="green" what="added" name={name(id)} id={id} />
            ))}
            {diff.nodes.removed.map((id) => (
              <NodeLine key={`-${id}`} tone="red" what="removed" name={name(id)} id={id} />
            ))}
          </ul>
        </Section>
      )}
      {(diff.edges.added.length > 0 || diff.edges.removed.length > 0) && (
        <Section title="Connections">
          <ul className="space-y-1 text-[13px]">
            {diff.edges.added.map((e) => (
              <EdgeLine key={`+${e.id}`} tone="green" what="added" from={name(e.source)} handle={e.sourceHandle} handleName={handleName(nodeOf(graphs.after.nodes, e.source), e.sourceHandle)} to={name(e.target)} />
            ))}
            {diff.edges.removed.map((e) => (
              <EdgeLine key={`-${e.id}`} tone="red" what="removed" from={name(e.source)} handle={e.sourceHandle} handleName={handleName(nodeOf(graphs.before.nodes, e.source), e.sourceHandle)} to={name(e.target)} />
            ))}
          </ul>
        </Section>
      )}
      {diff.settings.length > 0 && (
        <Section title="Flow settings">
          <div className="rounded-lg border border-zinc-200 bg-white">
            <FieldChanges changes={diff.settings} roots={{ before: { settings: graphs.before.settings }, after: { settings: graphs.after.settings } }} />
          </div>
        </Section>
      )}
      {diff.nodes.moved.length > 0 && (
        <Section title="Moved on the canvas" aside="layout only">
          <p className="text-[13px] text-zinc-600">{diff.nodes.moved.map(name).join(", ")}</p>
        </Section>
      )}
    </>
  );
}

/** Each change in the editor's words: "Case 'Cards': rule 1 value", card_issue → card_arrival. */
function FieldChanges({ changes, roots }: { changes: FieldChange[]; roots: { before: unknown; after: unknown } }) {
  return (
    <Table caption="Field changes" className="border-0">
      <THead>
        <tr>
          <TH>Setting</TH>
          <TH>Before</TH>
          <TH>After</TH>
        </tr>
      </THead>
      <TBody>
        {changes.map((c) => {
          const words = readableChange(c, roots);
          return (
            <TR key={`${c.path}-${c.kind}`}>
              <TD className="text-[13px]">
                {words.where}
                {c.kind !== "changed" && <span className="ml-2 text-[11px] text-zinc-500">{KIND_WORDS[c.kind]}</span>}
              </TD>
              <TD className="text-[13px] text-red-700">
                <Value text={words.before} strike={c.kind !== "reordered"} />
              </TD>
              <TD className="text-[13px] text-emerald-700">
                <Value text={words.after} />
              </TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}

const KIND_WORDS: Record<Exclude<FieldChange["kind"], "changed">, string> = { added: "added", removed: "removed", reordered: "new order" };

const MAX_VALUE = 160;

function Value({ text, strike = false }: { text: string | undefined; strike?: boolean }) {
  if (text === undefined) return <span className="text-zinc-400">—</span>;
  const shown = text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
  return (
    <span className={strike ? "line-through decoration-red-300" : undefined} title={shown === text ? undefined : text}>
      {shown}
    </span>
  );
}

function NodeLine({ tone, what, name, id }: { tone: "green" | "red"; what: string; name: string; id: string }) {
  return (
    <li id={diffNodeAnchor(id)} className="flex items-baseline gap-2 rounded target:bg-amber-50 target:ring-2 target:ring-amber-400">
      <Badge tone={tone}>{what}</Badge>
      <span className={tone === "red" ? "line-through" : undefined}>{name}</span>
    </li>
  );
}

/** A switch's output is one of its cases: named by the case's label, not its id. */
function handleName(node: { data?: unknown } | undefined, handle: string | null): string {
  const cases = (node?.data as { cases?: Array<{ id?: unknown; label?: unknown }> } | undefined)?.cases;
  const match = Array.isArray(cases) ? cases.find((c) => c.id === handle) : undefined;
  return typeof match?.label === "string" && match.label !== "" ? match.label : (handle ?? "");
}

function EdgeLine(props: { tone: "green" | "red"; what: string; from: string; handle: string | null; handleName: string; to: string }): ReactNode {
  return (
    <li className="flex items-center gap-2">
      <Badge tone={props.tone}>{props.what}</Badge>
      <span>{props.from}</span>
      {props.handle !== null && props.handle !== "next" && <span className="text-zinc-500">({props.handleName})</span>}
      <ArrowRight className="size-3 text-zinc-400" aria-label="goes to" />
      <span>{props.to}</span>
    </li>
  );
}
